// Jobs over real HTTP: create, idempotent retries, optimistic concurrency, lists
// with filters and cursors, the lifecycle per role, and the event and audit logs.
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace jobdesk::test;

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m.setUp()); }
    void createValidatesEveryField();
    void createKeepsTextVerbatim();
    void idempotencyKeyNeverDuplicates();
    void patchNeedsFreshIfMatch();
    void listFiltersAndPagesStably();
    void listSortsByDueDate();
    void lifecycleFollowsTheRoles();
    void illegalMovesExplainThemselves();
    void cancelledJobsAreClosed();
    void eventLogRecordsChangesInOrder();
    void auditLogHasBeforeAndAfter();
    void listsNeverServeStaleAnswers();

private:
    qint64 id(const QJsonObject &o) { return o.value(QStringLiteral("id")).toInteger(); }
    Reply move(qint64 jobId, const QString &to, const QString &token)
    {
        return m.http->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(jobId),
                            {{QStringLiteral("to"), to}}, token);
    }
    World m;
};

void TestJobs::createValidatesEveryField()
{
    const Reply r = m.http->post(
        QStringLiteral("/api/v1/jobs"),
        {{QStringLiteral("title"), QString()},
         {QStringLiteral("urgency"), QStringLiteral("yesterday")},
         {QStringLiteral("estimateMinutes"), 1e300},
         {QStringLiteral("dueAt"), QStringLiteral("next tuesday")},
         {QStringLiteral("requiredSkills"),
          QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("Logo Design!")},
                                 {QStringLiteral("minLevel"), 9}}}},
         {QStringLiteral("status"), QStringLiteral("completed")}},
        m.admin);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:validation-failed"));
    const QJsonObject errors = r.json().value(QStringLiteral("errors")).toObject();
    for (const char *field : {"title", "urgency", "estimateMinutes", "dueAt",
                              "requiredSkills[0].skill", "requiredSkills[0].minLevel", "status"})
        QVERIFY2(errors.contains(QLatin1String(field)), field);
    // Nothing was created.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs"), m.admin).items().size(), 0);
}

void TestJobs::createKeepsTextVerbatim()
{
    const QString evil = QStringLiteral("'; DROP TABLE jobs;-- <script>alert(1)</script> ញ៉ាំ 🚀");
    const QJsonObject job =
        m.createJob(evil, {{QStringLiteral("description"), evil},
                           {QStringLiteral("clientRef"), QStringLiteral("%_\\")}});
    QVERIFY(!job.isEmpty());
    const Reply back = m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id(job)), m.admin);
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json().value(QStringLiteral("title")).toString(), evil);
    QCOMPARE(back.json().value(QStringLiteral("description")).toString(), evil);
    // LIKE wildcards in a search are literal.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), QStringLiteral("%_\\"));
    const Reply found =
        m.http->get(QStringLiteral("/api/v1/jobs?") + q.toString(QUrl::FullyEncoded), m.admin);
    QCOMPARE(found.items().size(), 1);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?q=%25%25%25nothing"), m.admin).items().size(),
             0);
}

void TestJobs::idempotencyKeyNeverDuplicates()
{
    const QJsonObject body{{QStringLiteral("title"), QStringLiteral("Retry me")}};
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "create-retry-1"}};
    const Reply first = m.http->post(QStringLiteral("/api/v1/jobs"), body, m.admin, key);
    const Reply second = m.http->post(QStringLiteral("/api/v1/jobs"), body, m.admin, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(id(second.json()), id(first.json()));
    QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), QStringLiteral("Retry me"));
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?") + q.toString(), m.admin).items().size(),
             1);
    // The same key with another body is a client bug, not a retry.
    const Reply other =
        m.http->post(QStringLiteral("/api/v1/jobs"),
                     {{QStringLiteral("title"), QStringLiteral("Different")}}, m.admin, key);
    QCOMPARE(other.status, 422);
}

void TestJobs::patchNeedsFreshIfMatch()
{
    const QJsonObject job = m.createJob(QStringLiteral("Concurrent edit"));
    const QString path = QStringLiteral("/api/v1/jobs/%1").arg(id(job));
    const Reply get = m.http->get(path, m.admin);
    const QByteArray tag = get.header("ETag");
    QCOMPARE(tag, QByteArray("\"1\""));

    const Reply missing =
        m.http->patch(path, {{QStringLiteral("title"), QStringLiteral("x")}}, m.admin, {});
    QCOMPARE(missing.status, 428);

    const Reply first = m.http->patch(
        path, {{QStringLiteral("title"), QStringLiteral("Edited once")}}, m.admin, tag);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(first.json().value(QStringLiteral("version")).toInt(), 2);

    // A second admin still holding version 1 is told, and shown the current record.
    const Reply stale = m.http->patch(
        path, {{QStringLiteral("title"), QStringLiteral("Lost update")}}, m.admin, tag);
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json()
                 .value(QStringLiteral("current"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Edited once"));
    QCOMPARE(m.http->get(path, m.admin).json().value(QStringLiteral("title")).toString(),
             QStringLiteral("Edited once"));

    // Workers may not edit jobs at all.
    QCOMPARE(
        m.http->patch(path, {{QStringLiteral("title"), QStringLiteral("mine")}}, m.worker1, "\"2\"")
            .status,
        403);
}

void TestJobs::listFiltersAndPagesStably()
{
    QSet<qint64> created;
    for (int i = 0; i < 23; ++i) {
        const QJsonObject j =
            m.createJob(QStringLiteral("Batch job %1").arg(i),
                        {{QStringLiteral("category"), QStringLiteral("batch")},
                         {QStringLiteral("requiredSkills"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("skill"),
                               i % 2 ? QStringLiteral("odd-skill") : QStringLiteral("even-skill")},
                              {QStringLiteral("minLevel"), 2}}}}});
        QVERIFY(!j.isEmpty());
        created.insert(id(j));
    }
    QSet<qint64> seen;
    QString cursor;
    int pages = 0;
    qint64 previousCreated = std::numeric_limits<qint64>::max();
    do {
        QString path = QStringLiteral("/api/v1/jobs?q=Batch%20job&limit=10");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const Reply page = m.http->get(path, m.admin);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &v : page.items()) {
            QVERIFY2(!seen.contains(id(v.toObject())), "a job appeared on two pages");
            seen.insert(id(v.toObject()));
            const qint64 createdAt =
                QDateTime::fromString(v.toObject().value(QStringLiteral("createdAt")).toString(),
                                      Qt::ISODateWithMs)
                    .toMSecsSinceEpoch();
            QVERIFY(createdAt <= previousCreated); // newest first
            previousCreated = createdAt;
        }
        cursor = page.json().value(QStringLiteral("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created);

    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?skill=odd-skill&limit=200"), m.admin)
                 .items()
                 .size(),
             11);
    QCOMPARE(
        m.http
            ->get(QStringLiteral("/api/v1/jobs?skill=even-skill&status=pending&limit=200"), m.admin)
            .items()
            .size(),
        12);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?status=completed"), m.admin).items().size(),
             0);
    // Bad parameters are named.
    const Reply bad =
        m.http->get(QStringLiteral("/api/v1/jobs?status=finished&limit=0&sort=price"), m.admin);
    QCOMPARE(bad.status, 422);
    const QJsonObject errors = bad.json().value(QStringLiteral("errors")).toObject();
    QVERIFY(errors.contains(QStringLiteral("limit")) || errors.contains(QStringLiteral("status")));
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?cursor=not-a-cursor"), m.admin).status, 422);
}

void TestJobs::listSortsByDueDate()
{
    const QJsonObject late =
        m.createJob(QStringLiteral("Due late"),
                    {{QStringLiteral("dueAt"), QStringLiteral("2031-01-02T00:00:00Z")},
                     {QStringLiteral("category"), QStringLiteral("due")}});
    const QJsonObject soon =
        m.createJob(QStringLiteral("Due soon"),
                    {{QStringLiteral("dueAt"), QStringLiteral("2030-01-01T07:00:00+07:00")},
                     {QStringLiteral("category"), QStringLiteral("due")}});
    QCOMPARE(soon.value(QStringLiteral("dueAt")).toString(),
             QStringLiteral("2030-01-01T00:00:00.000Z"));
    const QJsonArray items =
        m.http->get(QStringLiteral("/api/v1/jobs?q=Due%20&sort=dueAt"), m.admin).items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(id(items.at(0).toObject()), id(soon));
    QCOMPARE(id(items.at(1).toObject()), id(late));
}

void TestJobs::lifecycleFollowsTheRoles()
{
    const QJsonObject job = m.assignedJob(QStringLiteral("Lifecycle"), m.worker1Id);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(job.value(QStringLiteral("workerId")).toInteger(), m.worker1Id);
    const qint64 j = id(job);

    // Another worker cannot even see it; the admin cannot start it for the worker.
    QCOMPARE(move(j, QStringLiteral("in_progress"), m.worker2).status, 404);
    QCOMPARE(move(j, QStringLiteral("in_progress"), m.admin).status, 403);
    QCOMPARE(move(j, QStringLiteral("in_progress"), m.worker1).status, 200);
    // The worker cannot approve their own work.
    QCOMPARE(move(j, QStringLiteral("review"), m.worker1).status, 200);
    const Reply selfApprove = move(j, QStringLiteral("completed"), m.worker1);
    QCOMPARE(selfApprove.status, 403);
    QCOMPARE(selfApprove.problemType(), QStringLiteral("urn:jobdesk:problem:transition-forbidden"));
    // Revision round.
    const Reply revision =
        m.http->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(j),
                     {{QStringLiteral("to"), QStringLiteral("revision")},
                      {QStringLiteral("note"), QStringLiteral("Tighter kerning")}},
                     m.admin);
    QCOMPARE(revision.status, 200);
    QCOMPARE(revision.json().value(QStringLiteral("revisionCount")).toInt(), 1);
    QCOMPARE(move(j, QStringLiteral("in_progress"), m.worker1).status, 200);
    QCOMPARE(move(j, QStringLiteral("review"), m.worker1).status, 200);
    const Reply done = move(j, QStringLiteral("completed"), m.admin);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.json().value(QStringLiteral("revisionCount")).toInt(), 1);
    // The worker still sees the job they completed.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(j), m.worker1).status, 200);
}

void TestJobs::illegalMovesExplainThemselves()
{
    const QJsonObject job = m.createJob(QStringLiteral("Illegal"));
    const Reply r = move(id(job), QStringLiteral("completed"), m.admin);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:illegal-transition"));
    QCOMPARE(r.json().value(QStringLiteral("from")).toString(), QStringLiteral("pending"));
    const QJsonArray allowed = r.json().value(QStringLiteral("allowed")).toArray();
    QVERIFY(allowed.contains(QStringLiteral("matching")));
    QVERIFY(allowed.contains(QStringLiteral("cancelled")));
    QVERIFY(!allowed.contains(QStringLiteral("completed")));
    // Assigning needs a worker, so the generic endpoint points at /assign.
    QCOMPARE(move(id(job), QStringLiteral("assigned"), m.admin).status, 409);
    QCOMPARE(move(id(job), QStringLiteral("flying"), m.admin).status, 422);
    // Assigning to an admin or a missing account is refused.
    const QString assign = QStringLiteral("/api/v1/jobs/%1/assign").arg(id(job));
    QCOMPARE(m.http->post(assign, {{QStringLiteral("workerId"), m.adminId}}, m.admin).status, 422);
    QCOMPARE(m.http->post(assign, {{QStringLiteral("workerId"), 987654}}, m.admin).status, 422);
    QCOMPARE(m.http->post(assign, {{QStringLiteral("workerId"), m.worker2Id}}, m.worker2).status,
             403);
}

void TestJobs::cancelledJobsAreClosed()
{
    const QJsonObject job = m.assignedJob(QStringLiteral("To cancel"), m.worker2Id);
    const QString path = QStringLiteral("/api/v1/jobs/%1").arg(id(job));
    const Reply cancelled =
        m.http->post(path + QStringLiteral("/cancel"),
                     {{QStringLiteral("reason"), QStringLiteral("client withdrew")}}, m.admin);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(m.http->post(path + QStringLiteral("/cancel"), {}, m.admin).status, 409);
    const QByteArray tag = m.http->get(path, m.admin).header("ETag");
    QCOMPARE(
        m.http->patch(path, {{QStringLiteral("title"), QStringLiteral("revive")}}, m.admin, tag)
            .status,
        409);
}

void TestJobs::eventLogRecordsChangesInOrder()
{
    const Reply before = m.http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), m.admin);
    const qint64 start = before.json().value(QStringLiteral("lastId")).toInteger();
    const QJsonObject job = m.assignedJob(QStringLiteral("Evented"), m.worker1Id);
    QCOMPARE(move(id(job), QStringLiteral("in_progress"), m.worker1).status, 200);

    const Reply adminView =
        m.http->get(QStringLiteral("/api/v1/events?after=%1").arg(start), m.admin);
    QCOMPARE(adminView.status, 200);
    QStringList types;
    qint64 last = start;
    for (const QJsonValue &v : adminView.items()) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.value(QStringLiteral("id")).toInteger() > last);
        last = e.value(QStringLiteral("id")).toInteger();
        types << e.value(QStringLiteral("type")).toString();
    }
    QCOMPARE(types, (QStringList{QStringLiteral("job.created"), QStringLiteral("job.assigned"),
                                 QStringLiteral("job.transitioned")}));
    const QJsonObject moved =
        adminView.items().last().toObject().value(QStringLiteral("data")).toObject();
    QCOMPARE(moved.value(QStringLiteral("from")).toString(), QStringLiteral("assigned"));
    QCOMPARE(moved.value(QStringLiteral("to")).toString(), QStringLiteral("in_progress"));

    // The worker sees the events of their job; the other worker sees none of them.
    const Reply mine = m.http->get(QStringLiteral("/api/v1/events?after=%1").arg(start), m.worker1);
    QCOMPARE(mine.items().size(), 2);
    const Reply theirs =
        m.http->get(QStringLiteral("/api/v1/events?after=%1").arg(start), m.worker2);
    QCOMPARE(theirs.items().size(), 0);
    // Catching up from the last id returns nothing new.
    QCOMPARE(
        m.http->get(QStringLiteral("/api/v1/events?after=%1").arg(last), m.admin).items().size(),
        0);
}

void TestJobs::auditLogHasBeforeAndAfter()
{
    const QJsonObject job = m.createJob(QStringLiteral("Audited"));
    const QString path = QStringLiteral("/api/v1/jobs/%1").arg(id(job));
    QCOMPARE(m.http
                 ->patch(path, {{QStringLiteral("urgency"), QStringLiteral("critical")}}, m.admin,
                         "\"1\"")
                 .status,
             200);
    const Reply audit =
        m.http->get(QStringLiteral("/api/v1/audit?entity=job&entityId=%1").arg(id(job)), m.admin);
    QCOMPARE(audit.status, 200);
    const QJsonArray rows = audit.items();
    QCOMPARE(rows.size(), 2);
    const QJsonObject update = rows.at(0).toObject(); // newest first
    QCOMPARE(update.value(QStringLiteral("action")).toString(), QStringLiteral("job.update"));
    QCOMPARE(update.value(QStringLiteral("actorId")).toInteger(), m.adminId);
    QCOMPARE(update.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("urgency"))
                 .toString(),
             QStringLiteral("normal"));
    QCOMPARE(update.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("urgency"))
                 .toString(),
             QStringLiteral("critical"));
    QCOMPARE(update.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("job.create"));
    QVERIFY(rows.at(1).toObject().value(QStringLiteral("before")).isNull());
    // Workers cannot read the audit log.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/audit"), m.worker1).status, 403);
}

void TestJobs::listsNeverServeStaleAnswers()
{
    // Lists are cached per server thread until the event log moves. Warm every
    // thread's cache (each request on a new connection), change the job through
    // one of them, and every read after that must show the change.
    const QJsonObject job = m.createJob(QStringLiteral("Cache probe v1"));
    const QString list = QStringLiteral("/api/v1/jobs?q=Cache%20probe");
    const auto titleSeen = [&]() {
        Http fresh(m.server); // a new connection: the kernel may pick either thread
        const QJsonArray items = fresh.get(list, m.admin).items();
        return items.isEmpty() ? QString()
                               : items.at(0).toObject().value(QStringLiteral("title")).toString();
    };
    for (int i = 0; i < 8; ++i)
        QCOMPARE(titleSeen(), QStringLiteral("Cache probe v1"));
    QCOMPARE(m.http->patch(QStringLiteral("/api/v1/jobs/%1").arg(id(job)),
                           {{QStringLiteral("title"), QStringLiteral("Cache probe v2")}}, m.admin, "\"1\"").status,
             200);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(titleSeen(), QStringLiteral("Cache probe v2"));
    // A worker's cached view changes the moment a job is assigned to them.
    const QString mine = QStringLiteral("/api/v1/jobs?q=Cache%20probe");
    QCOMPARE(m.http->get(mine, m.worker2).items().size(), 0);
    QCOMPARE(m.http->post(QStringLiteral("/api/v1/jobs/%1/assign").arg(id(job)),
                          {{QStringLiteral("workerId"), m.worker2Id}}, m.admin).status,
             200);
    QCOMPARE(m.http->get(mine, m.worker2).items().size(), 1);
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
