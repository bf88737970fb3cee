// The realtime socket against the real binary: authenticated delivery of the event
// log as it grows, per-user visibility, catch-up after a reconnect without losing
// or repeating an event, token expiry and renewal, and hostile frames.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace jobdesk::test;

namespace {

// A test client that records every frame.
struct Socket
{
    QWebSocket ws;
    QList<QJsonObject> frames;
    int closeCode = -1;
    explicit Socket(quint16 port)
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [this](const QString &t) {
            frames << QJsonDocument::fromJson(t.toUtf8()).object();
        });
        QObject::connect(&ws, &QWebSocket::disconnected, &ws,
                         [this] { closeCode = int(ws.closeCode()); });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)));
    }
    bool connected()
    {
        if (ws.state() != QAbstractSocket::ConnectedState) {
            QSignalSpy up(&ws, &QWebSocket::connected);
            if (!up.wait(5000))
                return false;
        }
        return true;
    }
    void auth(const QString &token, std::optional<qint64> after = std::nullopt)
    {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("auth")},
                      {QStringLiteral("accessToken"), token}};
        if (after)
            m.insert(QStringLiteral("after"), *after);
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }
    bool hasType(const QString &type) const
    {
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QJsonObject &f) {
            return f.value(QStringLiteral("type")).toString() == type;
        });
    }
    QList<qint64> eventIds() const
    {
        QList<qint64> ids;
        for (const QJsonObject &f : frames) {
            if (f.contains(QStringLiteral("id")))
                ids << f.value(QStringLiteral("id")).toInteger();
        }
        return ids;
    }
    qint64 readyLastId() const
    {
        for (const QJsonObject &f : frames) {
            if (f.value(QStringLiteral("type")).toString() == QLatin1String("ready"))
                return f.value(QStringLiteral("lastId")).toInteger();
        }
        return -1;
    }
};

} // namespace

class TestRealtime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m.setUp()); }
    void deliversLiveEventsToWhoMaySeeThem();
    void reconnectCatchesUpWithoutLossOrRepeats();
    void refusesBadTokensAndMessages();
    void oversizedMessagesCloseTheSocket();
    void expiredTokenClosesUnlessRenewed();

private:
    World m;
};

void TestRealtime::deliversLiveEventsToWhoMaySeeThem()
{
    Socket admin(m.server.port()), w1(m.server.port()), w2(m.server.port());
    QVERIFY(admin.connected() && w1.connected() && w2.connected());
    admin.auth(m.admin);
    w1.auth(m.worker1);
    w2.auth(m.worker2);
    QTRY_VERIFY(admin.hasType(QStringLiteral("ready")) && w1.hasType(QStringLiteral("ready")) &&
                w2.hasType(QStringLiteral("ready")));
    const QJsonObject job = m.assignedJob(QStringLiteral("Live job"), m.worker1Id);
    QVERIFY(!job.isEmpty());
    // The admin sees the creation and the assignment, the worker the assignment.
    QTRY_VERIFY_WITH_TIMEOUT(admin.hasType(QStringLiteral("job.assigned")), 5000);
    QVERIFY(admin.hasType(QStringLiteral("job.created")));
    QTRY_VERIFY_WITH_TIMEOUT(w1.hasType(QStringLiteral("job.assigned")), 5000);
    const QJsonObject pushed = w1.frames.last()
                                   .value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("job"))
                                   .toObject();
    QCOMPARE(pushed.value(QStringLiteral("id")).toInteger(),
             job.value(QStringLiteral("id")).toInteger());
    // The other worker saw none of it (a later event of their own proves the socket works).
    QVERIFY(!w2.hasType(QStringLiteral("job.assigned")));
    m.assignedJob(QStringLiteral("Dara's live job"), m.worker2Id);
    QTRY_VERIFY_WITH_TIMEOUT(w2.hasType(QStringLiteral("job.assigned")), 5000);
    for (const QJsonObject &f : std::as_const(w2.frames)) {
        if (f.contains(QStringLiteral("id")))
            QCOMPARE(f.value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("job"))
                         .toObject()
                         .value(QStringLiteral("workerId"))
                         .toInteger(),
                     m.worker2Id);
    }
    // Ids arrive strictly increasing.
    const QList<qint64> ids = admin.eventIds();
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestRealtime::reconnectCatchesUpWithoutLossOrRepeats()
{
    qint64 last = 0;
    {
        Socket s(m.server.port());
        QVERIFY(s.connected());
        s.auth(m.admin);
        QTRY_VERIFY(s.hasType(QStringLiteral("ready")));
        last = s.readyLastId();
        QVERIFY(last > 0);
        s.ws.abort(); // the network drops
    }
    // Changes happen while the client is away.
    QList<qint64> jobIds;
    for (int i = 0; i < 3; ++i)
        jobIds << m.createJob(QStringLiteral("While away %1").arg(i))
                      .value(QStringLiteral("id"))
                      .toInteger();
    const Reply truth = m.http->get(QStringLiteral("/api/v1/events?after=%1").arg(last), m.admin);
    QList<qint64> expected;
    for (const QJsonValue &v : truth.items())
        expected << v.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(expected.size(), 3);
    // Reconnecting with the last id seen replays exactly the missed events, then goes live.
    Socket again(m.server.port());
    QVERIFY(again.connected());
    again.auth(m.admin, last);
    QTRY_VERIFY(again.hasType(QStringLiteral("ready")));
    QCOMPARE(again.eventIds(), expected);
    m.createJob(QStringLiteral("After reconnect"));
    QTRY_COMPARE_WITH_TIMEOUT(again.eventIds().size(), 4, 5000);
    QVERIFY(again.eventIds().last() > expected.last());
}

void TestRealtime::refusesBadTokensAndMessages()
{
    Socket forged(m.server.port());
    QVERIFY(forged.connected());
    forged.auth(QStringLiteral("not.a.token"));
    QTRY_COMPARE_WITH_TIMEOUT(forged.closeCode, 4001, 5000);
    QVERIFY(forged.hasType(QStringLiteral("error")));

    Socket garbage(m.server.port());
    QVERIFY(garbage.connected());
    garbage.ws.sendTextMessage(QStringLiteral("{oops"));
    QTRY_COMPARE_WITH_TIMEOUT(garbage.closeCode, 4400, 5000);

    Socket binary(m.server.port());
    QVERIFY(binary.connected());
    binary.ws.sendBinaryMessage(QByteArray(10, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(binary.closeCode, 4400, 5000);
    // The server still answers.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/healthz")).status, 200);
}

void TestRealtime::oversizedMessagesCloseTheSocket()
{
    Socket big(m.server.port());
    QVERIFY(big.connected());
    big.ws.sendTextMessage(QString(300 * 1024, QLatin1Char('a'))); // over the 256 KiB message limit
    QTRY_VERIFY_WITH_TIMEOUT(big.closeCode != -1, 5000);
    QVERIFY(big.closeCode != 4001);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/healthz")).status, 200);
}

void TestRealtime::expiredTokenClosesUnlessRenewed()
{
    // A second server whose access tokens live three seconds.
    qputenv("JOBDESK_ACCESS_TOKEN_TTL", "3");
    World shortLived;
    QVERIFY(shortLived.setUp());
    qunsetenv("JOBDESK_ACCESS_TOKEN_TTL");
    Socket lapsed(shortLived.server.port());
    QVERIFY(lapsed.connected());
    lapsed.auth(shortLived.admin);
    QTRY_VERIFY(lapsed.hasType(QStringLiteral("ready")) || lapsed.closeCode == 4001);
    QTRY_COMPARE_WITH_TIMEOUT(lapsed.closeCode, 4001, 8000);

    // Renewing keeps the socket open past the first token's expiry: token B is made
    // a second later than A, so it expires later.
    const QString a = shortLived.http->login(QStringLiteral("admin@example.test"),
                                             QStringLiteral("admin password 1"));
    const qint64 aSecond = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > aSecond, 3000);
    const QString b = shortLived.http->login(QStringLiteral("admin@example.test"),
                                             QStringLiteral("admin password 1"));
    Socket renewed(shortLived.server.port());
    QVERIFY(renewed.connected());
    renewed.auth(a);
    QTRY_VERIFY(renewed.hasType(QStringLiteral("ready")) || renewed.closeCode != -1);
    renewed.auth(b);
    QTRY_VERIFY_WITH_TIMEOUT(shortLived.http->get(QStringLiteral("/api/v1/me"), a).status == 401,
                             8000);
    // A is dead; an event still reaches the socket, so it is open and authenticated.
    Http admin(shortLived.server);
    const QString fresh =
        admin.login(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"));
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/jobs"),
                       {{QStringLiteral("title"), QStringLiteral("ping")}}, fresh)
                 .status,
             201);
    QTRY_VERIFY_WITH_TIMEOUT(renewed.hasType(QStringLiteral("job.created")), 5000);
    QCOMPARE(renewed.closeCode, -1);
    // ...until B expires too.
    QTRY_COMPARE_WITH_TIMEOUT(renewed.closeCode, 4001, 5000);
}

QTEST_GUILESS_MAIN(TestRealtime)
#include "tst_realtime.moc"
