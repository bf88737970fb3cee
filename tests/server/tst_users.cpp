// Worker management by admins: create, list with filters, profile edits with
// optimistic concurrency, approval and disabling, and the skills catalogue.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace jobdesk::test;

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m.setUp()); }
    void createValidates();
    void createWithProfile();
    void listFiltersAndPages();
    void patchProfileNeedsIfMatch();
    void patchRejectsBadProfile();
    void skillsCatalogue();

private:
    QJsonObject profile()
    {
        return {{QStringLiteral("skills"),
                 QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("data-entry")},
                                        {QStringLiteral("level"), 4}},
                            QJsonObject{{QStringLiteral("skill"), QStringLiteral("research")},
                                        {QStringLiteral("level"), 2}}}},
                {QStringLiteral("hourlyRateCents"), 750},
                {QStringLiteral("capacity"), 3},
                {QStringLiteral("timeZone"), QStringLiteral("Asia/Phnom_Penh")},
                {QStringLiteral("availability"),
                 QJsonArray{QJsonObject{{QStringLiteral("weekday"), 1},
                                        {QStringLiteral("startMinute"), 480},
                                        {QStringLiteral("endMinute"), 1020}}}}};
    }
    World m;
    qint64 m_created = 0;
};

void TestUsers::createValidates()
{
    const Reply r = m.http->post(QStringLiteral("/api/v1/users"),
                                 {{QStringLiteral("email"), QStringLiteral("nope")},
                                  {QStringLiteral("name"), QString()},
                                  {QStringLiteral("role"), QStringLiteral("owner")},
                                  {QStringLiteral("password"), QStringLiteral("123")}},
                                 m.admin);
    QCOMPARE(r.status, 422);
    const QJsonObject errors = r.json().value(QStringLiteral("errors")).toObject();
    for (const char *f : {"email", "name", "role", "password"})
        QVERIFY2(errors.contains(QLatin1String(f)), f);
    const Reply dup =
        m.http->post(QStringLiteral("/api/v1/users"),
                     {{QStringLiteral("email"), QStringLiteral("SOKHA@example.test")},
                      {QStringLiteral("name"), QStringLiteral("Copy")},
                      {QStringLiteral("role"), QStringLiteral("worker")},
                      {QStringLiteral("password"), QStringLiteral("long enough password")}},
                     m.admin);
    QCOMPARE(dup.status, 409);
    QCOMPARE(dup.problemType(), QStringLiteral("urn:jobdesk:problem:email-taken"));
}

void TestUsers::createWithProfile()
{
    const Reply r = m.http->post(QStringLiteral("/api/v1/users"),
                                 {{QStringLiteral("email"), QStringLiteral("bopha@example.test")},
                                  {QStringLiteral("name"), QStringLiteral("Bopha Chea")},
                                  {QStringLiteral("role"), QStringLiteral("worker")},
                                  {QStringLiteral("password"), QStringLiteral("bopha's password")},
                                  {QStringLiteral("profile"), profile()}},
                                 m.admin);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
    const QJsonObject user = r.json();
    m_created = user.value(QStringLiteral("id")).toInteger();
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject p = user.value(QStringLiteral("profile")).toObject();
    QCOMPARE(p.value(QStringLiteral("hourlyRateCents")).toInt(), 750);
    QCOMPARE(p.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Phnom_Penh"));
    QCOMPARE(p.value(QStringLiteral("skills")).toArray().size(), 2);
    QCOMPARE(p.value(QStringLiteral("availability")).toArray().size(), 1);
    QVERIFY(!m.http->login(QStringLiteral("bopha@example.test"), QStringLiteral("bopha's password"))
                 .isEmpty());
    const Reply audit = m.http->get(
        QStringLiteral("/api/v1/audit?action=user.create&actorId=%1").arg(m.adminId), m.admin);
    QCOMPARE(audit.items().size(), 1);
}

void TestUsers::listFiltersAndPages()
{
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users?role=admin"), m.admin).items().size(), 1);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users?role=worker"), m.admin).items().size(), 3);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users?skill=data-entry"), m.admin).items().size(),
             1);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users?q=CHEA"), m.admin).items().size(), 1);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users?status=pending"), m.admin).items().size(),
             0);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/users?role=boss"), m.admin).status, 422);
    // Two per page over four users.
    int seen = 0;
    QString cursor;
    int pages = 0;
    do {
        const Reply page =
            m.http->get(QStringLiteral("/api/v1/users?limit=2") +
                            (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                        m.admin);
        seen += int(page.items().size());
        cursor = page.json().value(QStringLiteral("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 5);
    QCOMPARE(seen, 4);
    QCOMPARE(pages, 2);
}

void TestUsers::patchProfileNeedsIfMatch()
{
    const QString path = QStringLiteral("/api/v1/users/%1").arg(m_created);
    const QJsonObject raise{
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("hourlyRateCents"), 900}, {QStringLiteral("capacity"), 5}}}};
    QCOMPARE(m.http->patch(path, raise, m.admin, {}).status, 428);
    const Reply ok = m.http->patch(path, raise, m.admin, "\"1\"");
    QCOMPARE(ok.status, 200);
    const QJsonObject p = ok.json().value(QStringLiteral("profile")).toObject();
    QCOMPARE(p.value(QStringLiteral("hourlyRateCents")).toInt(), 900);
    QCOMPARE(p.value(QStringLiteral("capacity")).toInt(), 5);
    // Members not sent are kept.
    QCOMPARE(p.value(QStringLiteral("skills")).toArray().size(), 2);
    QCOMPARE(p.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Phnom_Penh"));
    QCOMPARE(ok.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(m.http->patch(path, raise, m.admin, "\"1\"").status, 412);
    // The change is audited with before and after.
    const Reply audit = m.http->get(
        QStringLiteral("/api/v1/audit?action=user.update&entityId=%1").arg(m_created), m.admin);
    const QJsonObject row = audit.items().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("profile"))
                 .toObject()
                 .value(QStringLiteral("hourlyRateCents"))
                 .toInt(),
             750);
    QCOMPARE(row.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("profile"))
                 .toObject()
                 .value(QStringLiteral("hourlyRateCents"))
                 .toInt(),
             900);
    // The worker is told about their own change through the event log.
    const QString worker =
        m.http->login(QStringLiteral("bopha@example.test"), QStringLiteral("bopha's password"));
    const QJsonArray events = m.http->get(QStringLiteral("/api/v1/events"), worker).items();
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("user.updated"));
}

void TestUsers::patchRejectsBadProfile()
{
    const QString path = QStringLiteral("/api/v1/users/%1").arg(m_created);
    const Reply r = m.http->patch(
        path,
        {{QStringLiteral("profile"),
          QJsonObject{{QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus")},
                      {QStringLiteral("capacity"), 0},
                      {QStringLiteral("skills"),
                       QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("x")},
                                              {QStringLiteral("level"), 6}}}}}},
         {QStringLiteral("email"), QStringLiteral("sneaky@example.test")}},
        m.admin, "*");
    QCOMPARE(r.status, 422);
    const QJsonObject errors = r.json().value(QStringLiteral("errors")).toObject();
    QVERIFY(errors.contains(QStringLiteral("profile.timeZone")));
    QVERIFY(errors.contains(QStringLiteral("profile.capacity")));
    QVERIFY(errors.contains(QStringLiteral("profile.skills[0].level")));
    QVERIFY(errors.contains(QStringLiteral("email")));
    // An admin cannot demote themself out of the console.
    QCOMPARE(m.http
                 ->patch(QStringLiteral("/api/v1/users/%1").arg(m.adminId),
                         {{QStringLiteral("role"), QStringLiteral("worker")}}, m.admin, "*")
                 .status,
             422);
}

void TestUsers::skillsCatalogue()
{
    QCOMPARE(m.http
                 ->send("PUT", QStringLiteral("/api/v1/skills/data-entry"),
                        R"({"name":"Data entry"})",
                        {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}})
                 .status,
             201);
    QCOMPARE(m.http
                 ->send("PUT", QStringLiteral("/api/v1/skills/data-entry"),
                        R"({"name":"Data entry & typing"})",
                        {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}})
                 .status,
             200);
    QCOMPARE(m.http
                 ->send("PUT", QStringLiteral("/api/v1/skills/Bad%20Key"), R"({"name":"x"})",
                        {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}})
                 .status,
             422);
    const QJsonArray skills = m.http->get(QStringLiteral("/api/v1/skills"), m.worker1).items();
    QCOMPARE(skills.size(), 1);
    QCOMPARE(skills.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Data entry & typing"));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
