#include "jobqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using jobdesk::ui::JobQueueModel;
using Group = JobQueueModel::Group;

namespace {

constexpr qint64 Me = 7;
const QDateTime Now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

QString wire(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs);
}

QJsonObject job(qint64 id, const QString &status, qint64 worker = Me, int dueHours = 0)
{
    QJsonObject j{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), QStringLiteral("Job %1").arg(id)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("updatedAt"), wire(Now.addSecs(id))}};
    j.insert(QStringLiteral("workerId"), worker ? QJsonValue(worker) : QJsonValue());
    if (dueHours)
        j.insert(QStringLiteral("dueAt"), wire(Now.addSecs(dueHours * 3600)));
    return j;
}

QJsonObject offer(qint64 id, qint64 jobId, int minutesLeft)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("jobId"), jobId},
            {QStringLiteral("workerId"), Me},
            {QStringLiteral("status"), QStringLiteral("pending")},
            {QStringLiteral("expiresAt"), wire(Now.addSecs(minutesLeft * 60))}};
}

QList<qint64> ids(const JobQueueModel &m, Group g)
{
    QList<qint64> out;
    const QModelIndex parent = m.groupIndex(g);
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data(JobQueueModel::JobIdRole).toLongLong();
    return out;
}

} // namespace

class TestJobQueueModel final : public QObject
{
    Q_OBJECT

private:
    void fill(JobQueueModel &m)
    {
        m.setWorkerId(Me);
        m.setNow([] { return Now; });
        const QJsonArray jobs{job(1, QStringLiteral("assigned"), Me, 48),
                              job(2, QStringLiteral("in_progress"), Me, 72),
                              job(3, QStringLiteral("assigned"), Me, 5),
                              job(4, QStringLiteral("review")),
                              job(5, QStringLiteral("completed")),
                              job(6, QStringLiteral("matching"), 0),
                              job(8, QStringLiteral("matching"), 0),
                              job(9, QStringLiteral("revision")),
                              job(10, QStringLiteral("matching"), 0)}; // no offer: hidden
        m.reset(jobs, QJsonArray{offer(60, 6, 10), offer(80, 8, 3)});
    }

private Q_SLOTS:
    void groupsAndOrder()
    {
        JobQueueModel m;
        QAbstractItemModelTester tester(&m);
        fill(m);
        QCOMPARE(m.rowCount(), JobQueueModel::GroupCount);
        QCOMPARE(m.groupIndex(Group::Offers).data().toString(), QStringLiteral("Offers"));
        QCOMPARE(ids(m, Group::Offers), (QList<qint64>{8, 6}));    // soonest expiry first
        QCOMPARE(ids(m, Group::Active), (QList<qint64>{2, 3, 1})); // in progress, then due
        QCOMPARE(ids(m, Group::Review), QList<qint64>{4});
        QCOMPARE(ids(m, Group::Revision), QList<qint64>{9});
        QCOMPARE(ids(m, Group::Completed), QList<qint64>{5});
        const QModelIndex o = m.indexOfJob(8);
        QCOMPARE(o.data(JobQueueModel::OfferIdRole).toLongLong(), 80);
        QCOMPARE(o.data(JobQueueModel::SecondsLeftRole).toLongLong(), 180);
        QCOMPARE(m.groupIndex(Group::Active).data(JobQueueModel::CountRole).toInt(), 3);
        QCOMPARE(m.heldJobs().size(), 5); // active 3 + revision + review
    }

    void offerLifecycleEvents()
    {
        JobQueueModel m;
        QAbstractItemModelTester tester(&m);
        fill(m);
        // A new offer with the shortest window goes to the top.
        QVERIFY(m.applyEvent(QStringLiteral("offer.created"),
                             {{QStringLiteral("offer"), offer(110, 11, 1)},
                              {QStringLiteral("job"), job(11, QStringLiteral("matching"), 0)}}));
        QCOMPARE(ids(m, Group::Offers), (QList<qint64>{11, 8, 6}));
        // Someone else's offer is not ours.
        QJsonObject other = offer(120, 12, 5);
        other.insert(QStringLiteral("workerId"), 99);
        QVERIFY(!m.applyEvent(QStringLiteral("offer.created"),
                              {{QStringLiteral("offer"), other},
                               {QStringLiteral("job"), job(12, QStringLiteral("matching"), 0)}}));
        // Expiry removes it.
        QVERIFY(m.applyEvent(QStringLiteral("offer.expired"),
                             {{QStringLiteral("offer"), offer(110, 11, 1)},
                              {QStringLiteral("job"), job(11, QStringLiteral("pending"), 0)}}));
        QCOMPARE(ids(m, Group::Offers), (QList<qint64>{8, 6}));
        // Accepting moves the row (a persistent index follows it) into Active.
        QPersistentModelIndex kept(m.indexOfJob(6));
        QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
        QVERIFY(m.applyEvent(QStringLiteral("job.assigned"),
                             {{QStringLiteral("job"), job(6, QStringLiteral("assigned"), Me, 1)}}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(ids(m, Group::Offers), QList<qint64>{8});
        QCOMPARE(ids(m, Group::Active), (QList<qint64>{2, 6, 3, 1}));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(JobQueueModel::JobIdRole).toLongLong(), 6);
        QCOMPARE(kept.data(JobQueueModel::OfferIdRole).toLongLong(), 0);
        // The job went to another worker: the offer row leaves.
        QVERIFY(m.applyEvent(QStringLiteral("job.assigned"),
                             {{QStringLiteral("job"), job(8, QStringLiteral("assigned"), 99)}}));
        QVERIFY(ids(m, Group::Offers).isEmpty());
    }

    void jobEvents()
    {
        JobQueueModel m;
        QAbstractItemModelTester tester(&m);
        fill(m);
        QVERIFY(
            m.applyEvent(QStringLiteral("job.transitioned"),
                         {{QStringLiteral("job"), job(3, QStringLiteral("in_progress"), Me, 5)}}));
        QCOMPARE(ids(m, Group::Active), (QList<qint64>{3, 2, 1})); // both in progress: due first
        QVERIFY(m.applyEvent(QStringLiteral("job.transitioned"),
                             {{QStringLiteral("job"), job(2, QStringLiteral("review"))}}));
        QCOMPARE(ids(m, Group::Review), (QList<qint64>{2, 4}));
        QVERIFY(m.applyEvent(QStringLiteral("job.transitioned"),
                             {{QStringLiteral("job"), job(4, QStringLiteral("revision"))}}));
        QCOMPARE(ids(m, Group::Revision), (QList<qint64>{4, 9}));
        // Same place, new data: no move, just a change.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QJsonObject renamed = job(1, QStringLiteral("assigned"), Me, 48);
        renamed.insert(QStringLiteral("title"), QStringLiteral("Renamed"));
        QVERIFY(m.applyEvent(QStringLiteral("job.updated"), {{QStringLiteral("job"), renamed}}));
        QCOMPARE(m.indexOfJob(1).data().toString(), QStringLiteral("Renamed"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(m.applyEvent(QStringLiteral("job.unassigned"), {{QStringLiteral("jobId"), 1}}));
        QVERIFY(!m.indexOfJob(1).isValid());
        QVERIFY(m.applyEvent(QStringLiteral("job.cancelled"),
                             {{QStringLiteral("job"), job(9, QStringLiteral("cancelled"))}}));
        QVERIFY(!m.indexOfJob(9).isValid());
        // A brand new assignment appears.
        QVERIFY(m.applyEvent(QStringLiteral("job.assigned"),
                             {{QStringLiteral("job"), job(20, QStringLiteral("assigned"))}}));
        QVERIFY(m.indexOfJob(20).isValid());
        QVERIFY(!m.applyEvent(QStringLiteral("time_entries.synced"), {}));
    }
};

QTEST_MAIN(TestJobQueueModel)
#include "tst_jobqueuemodel.moc"
