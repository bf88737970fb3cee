// The app's realtime client against the real server: events arrive live, and
// across a server restart (the socket dies, changes happen, it comes back) every
// event is handed over exactly once, in order.
#include "apiclient.h"
#include "memorycredentialstore.h"
#include "realtimeclient.h"
#include "session.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;

namespace {

// The app's network stack, signed in as the fixture's admin.
struct AdminApp
{
    QNetworkAccessManager nam;
    net::ApiClient api{&nam};
    net::MemoryCredentialStore store;
    net::Session session{&api, &store};
    explicit AdminApp(const test::TestServer &server) { api.setBaseUrl(server.url(QString())); }
    bool signIn()
    {
        QSignalSpy in(&session, &net::Session::signedIn);
        session.signIn(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"),
                       false);
        return in.wait(10000);
    }
};

} // namespace

class TestRealtimeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void survivesAServerRestartWithoutLosingEvents();
    void startingFromNowReplaysNothingOld();

private:
    test::World m;
};

void TestRealtimeClient::initTestCase()
{
    QVERIFY(m.setUp());
}

void TestRealtimeClient::survivesAServerRestartWithoutLosingEvents()
{
    AdminApp app(m.server);
    QVERIFY(app.signIn());
    net::Session &session = app.session;

    net::RealtimeClient client(&session);
    QList<qint64> ids;
    QStringList types;
    connect(&client, &net::RealtimeClient::event, this,
            [&](qint64 id, const QString &type, const QJsonObject &) {
                ids << id;
                types << type;
            });
    const qint64 start = m.http->get(QStringLiteral("/api/v1/events?limit=1000"), m.admin)
                             .json()
                             .value(QStringLiteral("lastId"))
                             .toInteger();
    client.start(m.server.url(QString()), start);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), net::RealtimeClient::State::Live, 10000);

    QVERIFY(!m.createJob(QStringLiteral("Before the restart")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 1, 5000);
    QCOMPARE(types.first(), QStringLiteral("job.created"));

    m.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(client.state() != net::RealtimeClient::State::Live, 5000);
    QVERIFY(m.server.start()); // same port, same data
    m.http = std::make_unique<test::Http>(m.server);
    m.admin =
        m.http->login(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"));
    // Changes land while the client is still backing off or just reconnecting.
    for (int i = 0; i < 3; ++i)
        QVERIFY(!m.createJob(QStringLiteral("After the restart %1").arg(i)).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), net::RealtimeClient::State::Live, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 4, 10000);

    QList<qint64> truth;
    for (const QJsonValue &v :
         m.http->get(QStringLiteral("/api/v1/events?after=%1").arg(start), m.admin).items())
        truth << v.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(ids, truth);
    QCOMPARE(client.lastEventId(), truth.last());
    client.stop();
    QCOMPARE(client.state(), net::RealtimeClient::State::Disconnected);
}

void TestRealtimeClient::startingFromNowReplaysNothingOld()
{
    QVERIFY(!m.createJob(QStringLiteral("Old news")).isEmpty());
    AdminApp app(m.server);
    QVERIFY(app.signIn());
    net::Session &session = app.session;
    net::RealtimeClient client(&session);
    QStringList titles;
    connect(&client, &net::RealtimeClient::event, this,
            [&](qint64, const QString &, const QJsonObject &data) {
                titles << data.value(QStringLiteral("job"))
                              .toObject()
                              .value(QStringLiteral("title"))
                              .toString();
            });
    client.start(m.server.url(QString()), -1);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), net::RealtimeClient::State::Live, 10000);
    const qint64 tip = m.http->get(QStringLiteral("/api/v1/events?limit=1000"), m.admin)
                           .json()
                           .value(QStringLiteral("lastId"))
                           .toInteger();
    QCOMPARE(client.lastEventId(), tip); // resumes after the server's tip from here on
    QVERIFY(!m.createJob(QStringLiteral("Fresh news")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(titles, QStringList{QStringLiteral("Fresh news")}, 5000);
}

QTEST_GUILESS_MAIN(TestRealtimeClient)
#include "tst_realtimeclient.moc"
