// Offline time sync: client ids, per-entry answers, replays that change nothing,
// conflicts by revision, and one bad entry never blocking the rest.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace jobdesk::test;

class TestTimeSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchAppliesOnceAndReplaysUnchanged();
    void lostResponseRetryDoesNotDuplicate();
    void newerRevisionWinsOlderConflicts();
    void badEntriesDoNotBlockGoodOnes();
    void listsByJobWorkerAndRange();
    void refusesAdminsAndHugeBatches();

private:
    QJsonObject entry(const QUuid &id, const QString &start, const QString &end, int revision = 1,
                      const QString &note = {})
    {
        return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("jobId"), m_jobId},
                {QStringLiteral("startedAt"), start},
                {QStringLiteral("endedAt"), end},
                {QStringLiteral("note"), note},
                {QStringLiteral("revision"), revision}};
    }
    QJsonArray sync(const QJsonArray &entries, int expectStatus = 200)
    {
        const Reply r = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                     {{QStringLiteral("entries"), entries}}, m.worker1);
        if (r.status != expectStatus)
            qWarning("sync answered %d: %s", r.status, r.body.constData());
        return r.json().value(QStringLiteral("results")).toArray();
    }
    static QString outcome(const QJsonArray &results, int i)
    {
        return results.at(i).toObject().value(QStringLiteral("outcome")).toString();
    }
    int storedCount()
    {
        return int(
            m.http
                ->get(QStringLiteral("/api/v1/time-entries?jobId=%1&limit=1000").arg(m_jobId),
                      m.worker1)
                .items()
                .size());
    }
    World m;
    qint64 m_jobId = 0;
};

void TestTimeSync::initTestCase()
{
    QVERIFY(m.setUp());
    m_jobId = m.assignedJob(QStringLiteral("Tracked job"), m.worker1Id)
                  .value(QStringLiteral("id"))
                  .toInteger();
    QVERIFY(m_jobId > 0);
}

void TestTimeSync::batchAppliesOnceAndReplaysUnchanged()
{
    QJsonArray batch;
    for (int i = 0; i < 5; ++i)
        batch.append(entry(QUuid::createUuid(), QStringLiteral("2026-10-0%1T01:00:00Z").arg(i + 1),
                           QStringLiteral("2026-10-0%1T03:30:00Z").arg(i + 1)));
    const QJsonArray first = sync(batch);
    QCOMPARE(first.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(outcome(first, i), QStringLiteral("applied"));
        QCOMPARE(first.at(i)
                     .toObject()
                     .value(QStringLiteral("entry"))
                     .toObject()
                     .value(QStringLiteral("seconds"))
                     .toInt(),
                 9000);
    }
    QCOMPARE(storedCount(), 5);
    const QJsonArray replay = sync(batch);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(outcome(replay, i), QStringLiteral("unchanged"));
    QCOMPARE(storedCount(), 5);
}

void TestTimeSync::lostResponseRetryDoesNotDuplicate()
{
    const int before = storedCount();
    const QJsonArray batch{entry(QUuid::createUuid(), QStringLiteral("2026-10-10T01:00:00Z"),
                                 QStringLiteral("2026-10-10T02:00:00Z"))};
    // The client sends, the answer is lost, it sends again: raw socket, no reading.
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("entries"), batch}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray request = "POST /api/v1/time-entries/sync HTTP/1.1\r\nHost: x\r\n"
                               "Content-Type: application/json\r\nAuthorization: " +
                               bearer(m.worker1) +
                               "\r\nContent-Length: " + QByteArray::number(body.size()) +
                               "\r\n"
                               "Connection: close\r\n\r\n" +
                               body;
    QVERIFY(rawExchange(m.server.port(), request).startsWith("HTTP/1.1 200"));
    QCOMPARE(outcome(sync(batch), 0), QStringLiteral("unchanged"));
    QCOMPARE(outcome(sync(batch), 0), QStringLiteral("unchanged"));
    QCOMPARE(storedCount(), before + 1);
}

void TestTimeSync::newerRevisionWinsOlderConflicts()
{
    const QUuid id = QUuid::createUuid();
    QCOMPARE(
        outcome(sync({entry(id, QStringLiteral("2026-10-11T01:00:00Z"),
                            QStringLiteral("2026-10-11T02:00:00Z"), 1, QStringLiteral("first"))}),
                0),
        QStringLiteral("applied"));
    // Edited on the laptop: revision 2.
    const QJsonArray edited =
        sync({entry(id, QStringLiteral("2026-10-11T01:00:00Z"),
                    QStringLiteral("2026-10-11T02:45:00Z"), 2, QStringLiteral("edited"))});
    QCOMPARE(outcome(edited, 0), QStringLiteral("applied"));
    // A stale copy of revision 1 with other content arrives late.
    const QJsonArray stale =
        sync({entry(id, QStringLiteral("2026-10-11T01:00:00Z"),
                    QStringLiteral("2026-10-11T01:10:00Z"), 1, QStringLiteral("stale"))});
    QCOMPARE(outcome(stale, 0), QStringLiteral("conflict"));
    const QJsonObject server = stale.at(0).toObject().value(QStringLiteral("entry")).toObject();
    QCOMPARE(server.value(QStringLiteral("note")).toString(), QStringLiteral("edited"));
    QCOMPARE(server.value(QStringLiteral("revision")).toInt(), 2);
    QVERIFY(!stale.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    // Deleting is an edit like any other (revision 3), and the entry leaves the lists.
    QJsonObject del = entry(id, QStringLiteral("2026-10-11T01:00:00Z"),
                            QStringLiteral("2026-10-11T02:45:00Z"), 3, QStringLiteral("edited"));
    del.insert(QStringLiteral("deleted"), true);
    const int before = storedCount();
    QCOMPARE(outcome(sync({del}), 0), QStringLiteral("applied"));
    QCOMPARE(storedCount(), before - 1);
}

void TestTimeSync::badEntriesDoNotBlockGoodOnes()
{
    const QUuid good1 = QUuid::createUuid();
    const QUuid good2 = QUuid::createUuid();
    QJsonObject otherJob = entry(QUuid::createUuid(), QStringLiteral("2026-10-12T01:00:00Z"),
                                 QStringLiteral("2026-10-12T02:00:00Z"));
    otherJob.insert(QStringLiteral("jobId"), 999999);
    QJsonObject wrongType = entry(QUuid::createUuid(), QStringLiteral("2026-10-12T01:00:00Z"),
                                  QStringLiteral("2026-10-12T02:00:00Z"));
    wrongType.insert(QStringLiteral("revision"), QStringLiteral("two"));
    const QJsonArray results = sync({
        entry(good1, QStringLiteral("2026-10-12T01:00:00Z"),
              QStringLiteral("2026-10-12T02:00:00Z")),
        entry(QUuid::createUuid(), QStringLiteral("2026-10-12T05:00:00Z"),
              QStringLiteral("2026-10-12T04:00:00Z")),
        entry(QUuid::createUuid(), QStringLiteral("2026-10-12T00:00:00Z"),
              QStringLiteral("2026-10-14T00:00:00Z")),
        entry(QUuid::createUuid(), QStringLiteral("2099-01-01T00:00:00Z"),
              QStringLiteral("2099-01-01T01:00:00Z")),
        otherJob,
        wrongType,
        QStringLiteral("not an object"),
        entry(good1, QStringLiteral("2026-10-12T01:00:00Z"),
              QStringLiteral("2026-10-12T02:00:00Z")),
        entry(good2, QStringLiteral("2026-10-12T03:00:00Z"),
              QStringLiteral("2026-10-12T04:00:00Z")),
    });
    QCOMPARE(results.size(), 9);
    const QStringList expected{
        QStringLiteral("applied"),  QStringLiteral("rejected"), QStringLiteral("rejected"),
        QStringLiteral("rejected"), QStringLiteral("rejected"), QStringLiteral("rejected"),
        QStringLiteral("rejected"), QStringLiteral("rejected"), QStringLiteral("applied")};
    for (int i = 0; i < results.size(); ++i) {
        QCOMPARE(outcome(results, i), expected.at(i));
        if (expected.at(i) == QLatin1String("rejected"))
            QVERIFY2(!results.at(i).toObject().value(QStringLiteral("reason")).toString().isEmpty(),
                     "a rejection must say why");
    }
    QVERIFY(results.at(1)
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("endedAt")));
    QVERIFY(results.at(4)
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("999999")));
    // A rejected entry, fixed and resent, goes through.
    const QJsonArray fixed =
        sync({entry(QUuid::createUuid(), QStringLiteral("2026-10-12T04:00:00Z"),
                    QStringLiteral("2026-10-12T05:00:00Z"))});
    QCOMPARE(outcome(fixed, 0), QStringLiteral("applied"));
}

void TestTimeSync::listsByJobWorkerAndRange()
{
    const Reply range = m.http->get(
        QStringLiteral("/api/v1/time-entries?from=2026-10-01T00:00:00Z&to=2026-10-06T00:00:00Z"),
        m.worker1);
    QCOMPARE(range.status, 200);
    QCOMPARE(range.items().size(), 5);
    QString previous;
    for (const QJsonValue &v : range.items()) {
        const QString start = v.toObject().value(QStringLiteral("startedAt")).toString();
        QVERIFY(start >= previous);
        previous = start;
    }
    // Paging through with a small limit returns the same entries.
    int total = 0;
    QString cursor;
    do {
        QString path = QStringLiteral("/api/v1/time-entries?limit=2&jobId=%1").arg(m_jobId);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const Reply page = m.http->get(path, m.admin);
        total += int(page.items().size());
        cursor = page.json().value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(total, storedCount());
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/time-entries?from=yesterday"), m.worker1).status,
             422);
}

void TestTimeSync::refusesAdminsAndHugeBatches()
{
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/time-entries/sync"),
                        {{QStringLiteral("entries"), QJsonArray{}}}, m.admin)
                 .status,
             403);
    QJsonArray many;
    for (int i = 0; i < 1001; ++i)
        many.append(QJsonObject{});
    const Reply r = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                 {{QStringLiteral("entries"), many}}, m.worker1);
    QCOMPARE(r.status, 422);
    QVERIFY(
        r.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("entries")));
}

QTEST_GUILESS_MAIN(TestTimeSync)
#include "tst_timesync.moc"
