// Every route against every role: anonymous, worker, admin. The table must name
// every route the server has, so a new route cannot skip its access check.
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace jobdesk::test;

namespace {

enum Access
{
    Public,
    AnyUser,
    AdminOnly
};

struct RouteCase
{
    const char *method;
    const char *pattern;
    Access access;
};

// Keep in step with the server: routesAreAllListed fails otherwise.
const RouteCase Routes[] = {
    {"GET", "/api/v1/healthz", Public},
    {"POST", "/api/v1/auth/login", Public},
    {"POST", "/api/v1/auth/refresh", Public},
    {"POST", "/api/v1/auth/logout", Public},
    {"POST", "/api/v1/auth/register", Public},
    {"GET", "/api/v1/me", AnyUser},
    {"GET", "/api/v1/users", AdminOnly},
    {"POST", "/api/v1/users", AdminOnly},
    {"GET", "/api/v1/users/{id}", AnyUser}, // self only, tested below
    {"PATCH", "/api/v1/users/{id}", AdminOnly},
    {"POST", "/api/v1/users/{id}/approve", AdminOnly},
    {"POST", "/api/v1/users/{id}/disable", AdminOnly},
    {"POST", "/api/v1/users/{id}/enable", AdminOnly},
    {"GET", "/api/v1/skills", AnyUser},
    {"PUT", "/api/v1/skills/{key}", AdminOnly},
    {"GET", "/api/v1/jobs", AnyUser},
    {"POST", "/api/v1/jobs", AdminOnly},
    {"GET", "/api/v1/jobs/{id}", AnyUser},
    {"PATCH", "/api/v1/jobs/{id}", AdminOnly},
    {"POST", "/api/v1/jobs/{id}/transitions", AnyUser},
    {"POST", "/api/v1/jobs/{id}/assign", AdminOnly},
    {"POST", "/api/v1/jobs/{id}/cancel", AdminOnly},
    {"POST", "/api/v1/time-entries/sync", AnyUser},
    {"GET", "/api/v1/time-entries", AnyUser},
    {"GET", "/api/v1/events", AnyUser},
    {"GET", "/api/v1/audit", AdminOnly},
    {"POST", "/api/v1/jobs/{id}/offers", AdminOnly},
    {"GET", "/api/v1/offers", AnyUser},
    {"POST", "/api/v1/offers/{id}/accept", AnyUser},
    {"POST", "/api/v1/offers/{id}/decline", AnyUser},
    {"POST", "/api/v1/uploads", AnyUser},
    {"HEAD", "/api/v1/uploads/{id}", AnyUser},           // owner or admin, tested in tst_uploads
    {"PATCH", "/api/v1/uploads/{id}", AnyUser},          // owner only, tested in tst_uploads
    {"DELETE", "/api/v1/uploads/{id}", AnyUser},         // owner only, tested in tst_uploads
    {"POST", "/api/v1/jobs/{id}/deliverables", AnyUser}, // the job's worker
    {"GET", "/api/v1/jobs/{id}/deliverables", AnyUser},  // admins and the job's worker
    {"POST", "/api/v1/jobs/{id}/attachments", AdminOnly},
    {"GET", "/api/v1/files/{id}", AnyUser}, // see tst_deliverables

    // Chat and notifications: access details in tst_messages.
    {"GET", "/api/v1/jobs/{id}/messages", AnyUser},       // admins and the job's worker
    {"POST", "/api/v1/jobs/{id}/messages", AnyUser},      // admins and the job's worker
    {"POST", "/api/v1/jobs/{id}/messages/read", AnyUser}, // admins and the job's worker
    {"GET", "/api/v1/messages/unread", AnyUser},          // the caller's own chats
    {"GET", "/api/v1/notifications", AnyUser},            // the caller's own
    {"POST", "/api/v1/notifications/{id}/read", AnyUser}, // own only, else 404
    {"POST", "/api/v1/notifications/read-all", AnyUser},

    // Analytics: figures in tst_analytics.
    {"GET", "/api/v1/analytics/jobs", AdminOnly},
    {"GET", "/api/v1/analytics/time", AdminOnly},

    // Dispatch: details in tst_dispatch and tst_dispatchadmin.
    {"GET", "/api/v1/jobs/{id}/candidates", AdminOnly},
    {"POST", "/api/v1/jobs/{id}/dispatch", AdminOnly},
    {"POST", "/api/v1/dispatch/run", AdminOnly},
    {"GET", "/api/v1/dispatch/settings", AdminOnly},
    {"PUT", "/api/v1/dispatch/settings", AdminOnly},
    {"GET", "/api/v1/workers/stats", AdminOnly},

    // Timesheet approval: details in tst_timesheets.
    {"GET", "/api/v1/timesheets", AdminOnly},
    {"GET", "/api/v1/timesheets/export", AdminOnly},
    {"POST", "/api/v1/timesheets/{workerId}/{weekStart}/approve", AdminOnly},
    {"POST", "/api/v1/timesheets/{workerId}/{weekStart}/reopen", AdminOnly},
};

} // namespace

class TestRbac : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routesAreAllListed();
    void anonymousIsRefused_data() { table(); }
    void anonymousIsRefused();
    void workerIsRefusedAdminRoutes_data() { table(); }
    void workerIsRefusedAdminRoutes();
    void workerSeesOnlyTheirJobs();
    void workerSeesOnlyThemself();
    void workerTimeIsTheirOwn();

private:
    void table();
    QString concrete(QString pattern) const
    {
        return pattern.replace(QStringLiteral("{id}"), QString::number(m_jobId))
            .replace(QStringLiteral("{key}"), QStringLiteral("some-skill"));
    }
    Reply call(const QString &method, const QString &path, const QString &token)
    {
        QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            h.append({"Authorization", bearer(token)});
        return m.http->send(method.toLatin1(), path,
                            method == QLatin1String("GET") ? QByteArray() : "{}", h);
    }
    World m;
    qint64 m_jobId = 0;
};

void TestRbac::initTestCase()
{
    QVERIFY(m.setUp());
    const QJsonObject job = m.assignedJob(QStringLiteral("Sokha's job"), m.worker1Id);
    QVERIFY(!job.isEmpty());
    m_jobId = job.value(QStringLiteral("id")).toInteger();
}

void TestRbac::table()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("access");
    for (const RouteCase &r : Routes)
        QTest::addRow("%s %s", r.method, r.pattern)
            << QString::fromLatin1(r.method) << QString::fromLatin1(r.pattern) << int(r.access);
}

void TestRbac::routesAreAllListed()
{
    QByteArray out;
    QCOMPARE(TestServer::run({QStringLiteral("routes")}, {}, &out), 0);
    QSet<QString> listed;
    for (const RouteCase &r : Routes)
        listed.insert(QLatin1String(r.method) + QLatin1Char(' ') + QLatin1String(r.pattern));
    int count = 0;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 2)
            continue;
        ++count;
        const QString route = QString::fromLatin1(parts.at(0) + ' ' + parts.at(1));
        QVERIFY2(listed.contains(route), qPrintable(route + QStringLiteral(" has no access case")));
    }
    QCOMPARE(count, int(std::size(Routes)));
}

void TestRbac::anonymousIsRefused()
{
    QFETCH(QString, method);
    QFETCH(QString, pattern);
    QFETCH(int, access);
    if (access == Public)
        QSKIP("public route");
    const Reply r = call(method, concrete(pattern), {});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestRbac::workerIsRefusedAdminRoutes()
{
    QFETCH(QString, method);
    QFETCH(QString, pattern);
    QFETCH(int, access);
    const Reply r = call(method, concrete(pattern), m.worker1);
    if (access == AdminOnly) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:forbidden"));
    } else {
        QVERIFY2(
            r.status != 401 && r.status != 403 && r.status < 500,
            qPrintable(QString::number(r.status) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
    }
}

void TestRbac::workerSeesOnlyTheirJobs()
{
    const QJsonObject other = m.assignedJob(QStringLiteral("Dara's job"), m.worker2Id);
    const QJsonObject open = m.createJob(QStringLiteral("Unassigned job"));
    const qint64 otherId = other.value(QStringLiteral("id")).toInteger();

    const QJsonArray mine = m.http->get(QStringLiteral("/api/v1/jobs"), m.worker1).items();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_jobId);
    // Filters cannot widen the view.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?workerId=%1").arg(m.worker2Id), m.worker1)
                 .items()
                 .size(),
             0);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs?status=pending"), m.worker1).items().size(),
             0);
    // Another worker's job does not exist as far as this worker can tell.
    const Reply peek = m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(otherId), m.worker1);
    QCOMPARE(peek.status, 404);
    QCOMPARE(
        m.http
            ->get(
                QStringLiteral("/api/v1/jobs/%1").arg(open.value(QStringLiteral("id")).toInteger()),
                m.worker1)
            .status,
        404);
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(otherId),
                        {{QStringLiteral("to"), QStringLiteral("in_progress")}}, m.worker1)
                 .status,
             404);
    // The admin sees all three.
    QVERIFY(m.http->get(QStringLiteral("/api/v1/jobs"), m.admin).items().size() >= 3);
}

void TestRbac::workerSeesOnlyThemself()
{
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users/%1").arg(m.worker1Id), m.worker1).status,
             200);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users/%1").arg(m.worker2Id), m.worker1).status,
             404);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users/%1").arg(m.worker2Id), m.admin).status, 200);
}

void TestRbac::workerTimeIsTheirOwn()
{
    const QJsonObject entry{
        {QStringLiteral("id"), QStringLiteral("4b1f8d8e-2d7c-4c55-9d7e-0c6c1a2b3c4d")},
        {QStringLiteral("jobId"), m_jobId},
        {QStringLiteral("startedAt"), QStringLiteral("2026-11-01T01:00:00Z")},
        {QStringLiteral("endedAt"), QStringLiteral("2026-11-01T02:00:00Z")}};
    // Dara cannot book time on Sokha's job.
    const Reply theirs = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                      {{QStringLiteral("entries"), QJsonArray{entry}}}, m.worker2);
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.json()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("rejected"));
    const Reply mine = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                    {{QStringLiteral("entries"), QJsonArray{entry}}}, m.worker1);
    QCOMPARE(mine.json()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("applied"));
    // ...and cannot overwrite it by reusing the id, nor list it.
    const Reply hijack = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                      {{QStringLiteral("entries"), QJsonArray{entry}}}, m.worker2);
    QCOMPARE(hijack.json()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("outcome"))
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(
        m.http->get(QStringLiteral("/api/v1/time-entries?workerId=%1").arg(m.worker1Id), m.worker2)
            .items()
            .size(),
        0);
    QCOMPARE(
        m.http->get(QStringLiteral("/api/v1/time-entries?workerId=%1").arg(m.worker1Id), m.admin)
            .items()
            .size(),
        1);
}

QTEST_GUILESS_MAIN(TestRbac)
#include "tst_rbac.moc"
