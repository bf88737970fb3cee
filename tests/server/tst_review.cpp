// Reviewing delivered work: approval with a rating, revision with a required
// note, and the job's milestones (assignedAt, completedAt) set by the server.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace jobdesk::test;

class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newJobHasNoMilestones();
    void assignedAtIsTheFirstAssignment();
    void acceptingAnOfferAssigns();
    void revisionNeedsANoteAndTakesNoRating();
    void ratingIsStoredAndShown();
    void approvalWithoutRating();
    void clientsCannotSetMilestones();

private:
    Reply move(qint64 job, const QJsonObject &body, const QString &token)
    {
        return m.http->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(job), body, token);
    }
    Reply move(qint64 job, const QString &to, const QString &token)
    {
        return move(job, {{QStringLiteral("to"), to}}, token);
    }
    // A job of worker 1 waiting for review.
    qint64 inReview(const QString &title)
    {
        const qint64 id = m.assignedJob(title, m.worker1Id).value(QStringLiteral("id")).toInteger();
        if (move(id, QStringLiteral("in_progress"), m.worker1).status != 200 ||
            move(id, QStringLiteral("review"), m.worker1).status != 200)
            return 0;
        return id;
    }
    QJsonObject job(qint64 id)
    {
        return m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id), m.admin).json();
    }
    static QDateTime time(const QJsonObject &job, const char *key)
    {
        return QDateTime::fromString(job.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    }
    static QStringList errorFields(const Reply &r)
    {
        return r.json().value(QStringLiteral("errors")).toObject().keys();
    }
    World m;
};

void TestReview::initTestCase()
{
    QVERIFY(m.setUp());
}

void TestReview::newJobHasNoMilestones()
{
    const QJsonObject j = m.createJob(QStringLiteral("Fresh"));
    for (const char *key : {"rating", "assignedAt", "completedAt"}) {
        QVERIFY2(j.contains(QLatin1String(key)), key);
        QVERIFY2(j.value(QLatin1String(key)).isNull(), key);
    }
}

void TestReview::assignedAtIsTheFirstAssignment()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QJsonObject assigned = m.assignedJob(QStringLiteral("Reassigned"), m.worker1Id);
    const qint64 id = assigned.value(QStringLiteral("id")).toInteger();
    const QDateTime first = time(assigned, "assignedAt");
    QVERIFY(first.isValid());
    QVERIFY(first >= before && first <= QDateTime::currentDateTimeUtc());
    QVERIFY(assigned.value(QStringLiteral("completedAt")).isNull());

    // Back to pending and to another worker: still the first time.
    QCOMPARE(move(id, QStringLiteral("pending"), m.admin).status, 200);
    QCOMPARE(time(job(id), "assignedAt"), first);
    const Reply again = m.http->post(QStringLiteral("/api/v1/jobs/%1/assign").arg(id),
                                     {{QStringLiteral("workerId"), m.worker2Id}}, m.admin);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("workerId")).toInteger(), m.worker2Id);
    QCOMPARE(time(again.json(), "assignedAt"), first);
}

void TestReview::acceptingAnOfferAssigns()
{
    const qint64 id =
        m.createJob(QStringLiteral("Offered")).value(QStringLiteral("id")).toInteger();
    const Reply offer = m.http->post(QStringLiteral("/api/v1/jobs/%1/offers").arg(id),
                                     {{QStringLiteral("workerId"), m.worker1Id}}, m.admin);
    QCOMPARE(offer.status, 201);
    QVERIFY(job(id).value(QStringLiteral("assignedAt")).isNull());
    const Reply accepted =
        m.http->post(QStringLiteral("/api/v1/offers/%1/accept")
                         .arg(offer.json().value(QStringLiteral("id")).toInteger()),
                     {}, m.worker1);
    QCOMPARE(accepted.status, 200);
    const QJsonObject j = job(id);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QVERIFY(time(j, "assignedAt").isValid());
}

void TestReview::revisionNeedsANoteAndTakesNoRating()
{
    const qint64 id = inReview(QStringLiteral("Needs work"));
    QVERIFY(id > 0);
    const int version = job(id).value(QStringLiteral("version")).toInt();

    const Reply bare = move(id, QStringLiteral("revision"), m.admin);
    QCOMPARE(bare.status, 422);
    QCOMPARE(errorFields(bare), QStringList{QStringLiteral("note")});
    const Reply blank = move(id,
                             {{QStringLiteral("to"), QStringLiteral("revision")},
                              {QStringLiteral("note"), QStringLiteral("  ")}},
                             m.admin);
    QCOMPARE(blank.status, 422);
    const Reply rated = move(id,
                             {{QStringLiteral("to"), QStringLiteral("revision")},
                              {QStringLiteral("note"), QStringLiteral("Darker blue")},
                              {QStringLiteral("rating"), 2}},
                             m.admin);
    QCOMPARE(rated.status, 422);
    QCOMPARE(errorFields(rated), QStringList{QStringLiteral("rating")});
    // Refused requests changed nothing.
    QCOMPARE(job(id).value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(job(id).value(QStringLiteral("status")).toString(), QStringLiteral("review"));

    const Reply ok = move(id,
                          {{QStringLiteral("to"), QStringLiteral("revision")},
                           {QStringLiteral("note"), QStringLiteral("Darker blue")}},
                          m.admin);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(QStringLiteral("revisionCount")).toInt(), 1);
    QVERIFY(ok.json().value(QStringLiteral("rating")).isNull());
    QVERIFY(ok.json().value(QStringLiteral("completedAt")).isNull());
    // A rating with any other move is refused as well.
    const Reply cancelRated = move(
        id, {{QStringLiteral("to"), QStringLiteral("cancelled")}, {QStringLiteral("rating"), 5}},
        m.admin);
    QCOMPARE(cancelRated.status, 422);
    QCOMPARE(errorFields(cancelRated), QStringList{QStringLiteral("rating")});
}

void TestReview::ratingIsStoredAndShown()
{
    const qint64 id = inReview(QStringLiteral("Well done"));
    QVERIFY(id > 0);
    const QJsonValue bad[] = {0, 6, 4.5, QStringLiteral("5"), true};
    for (const QJsonValue &rating : bad) {
        const Reply r = move(id,
                             {{QStringLiteral("to"), QStringLiteral("completed")},
                              {QStringLiteral("rating"), rating}},
                             m.admin);
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), QStringList{QStringLiteral("rating")});
    }
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Reply done = move(id,
                            {{QStringLiteral("to"), QStringLiteral("completed")},
                             {QStringLiteral("note"), QStringLiteral("Lovely")},
                             {QStringLiteral("rating"), 5}},
                            m.admin);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(QStringLiteral("rating")).toInt(), 5);
    const QDateTime completed = time(done.json(), "completedAt");
    QVERIFY(completed >= before && completed <= QDateTime::currentDateTimeUtc());
    QVERIFY(time(done.json(), "assignedAt") <= completed);

    // Shown to the admin and to the worker, and carried by the audit row and the event.
    QCOMPARE(job(id).value(QStringLiteral("rating")).toInt(), 5);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id), m.worker1)
                 .json()
                 .value(QStringLiteral("rating"))
                 .toInt(),
             5);
    const QJsonArray audit =
        m.http->get(QStringLiteral("/api/v1/audit?entity=job&entityId=%1&limit=1").arg(id), m.admin)
            .items();
    QCOMPARE(audit.size(), 1);
    const QJsonObject row = audit.at(0).toObject();
    QVERIFY(
        row.value(QStringLiteral("before")).toObject().value(QStringLiteral("rating")).isNull());
    QCOMPARE(row.value(QStringLiteral("after")).toObject().value(QStringLiteral("rating")).toInt(),
             5);
    const QJsonArray events =
        m.http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), m.worker1).items();
    QVERIFY(std::any_of(events.begin(), events.end(), [id](const QJsonValue &v) {
        const QJsonObject data = v.toObject().value(QStringLiteral("data")).toObject();
        const QJsonObject j = data.value(QStringLiteral("job")).toObject();
        return j.value(QStringLiteral("id")).toInteger() == id &&
               j.value(QStringLiteral("rating")).toInt() == 5 &&
               data.value(QStringLiteral("to")).toString() == QLatin1String("completed");
    }));
}

void TestReview::approvalWithoutRating()
{
    const qint64 id = inReview(QStringLiteral("Unrated"));
    QVERIFY(id > 0);
    const Reply done = move(id,
                            {{QStringLiteral("to"), QStringLiteral("completed")},
                             {QStringLiteral("rating"), QJsonValue::Null}},
                            m.admin);
    QCOMPARE(done.status, 200);
    QVERIFY(done.json().value(QStringLiteral("rating")).isNull());
    QVERIFY(time(done.json(), "completedAt").isValid());
}

void TestReview::clientsCannotSetMilestones()
{
    const Reply created =
        m.http->post(QStringLiteral("/api/v1/jobs"),
                     {{QStringLiteral("title"), QStringLiteral("Sneaky")},
                      {QStringLiteral("rating"), 5},
                      {QStringLiteral("completedAt"), QStringLiteral("2026-01-01T00:00:00Z")}},
                     m.admin);
    QCOMPARE(created.status, 422);
    QCOMPARE(errorFields(created),
             (QStringList{QStringLiteral("completedAt"), QStringLiteral("rating")}));

    const QJsonObject j = m.createJob(QStringLiteral("Patched"));
    const Reply patched = m.http->patch(
        QStringLiteral("/api/v1/jobs/%1").arg(j.value(QStringLiteral("id")).toInteger()),
        {{QStringLiteral("assignedAt"), QStringLiteral("2026-01-01T00:00:00Z")}}, m.admin,
        "\"" + QByteArray::number(j.value(QStringLiteral("version")).toInt()) + "\"");
    QCOMPARE(patched.status, 422);
    QCOMPARE(errorFields(patched), QStringList{QStringLiteral("assignedAt")});
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
