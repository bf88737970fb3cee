// Hostile input against the real binary: every case gets a problem+json answer
// (or a closed connection where HTTP allows no answer) and the server keeps serving.
#include "testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace jobdesk::test;

class TestHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m.setUp()); }
    void hugeBodyIsRefusedWithoutGrowingMemory();
    void oversizedHeadersAre431();
    void brokenBodies_data();
    void brokenBodies();
    void unknownRoutesAndMethods();
    void hugeNumbersAndDeepNesting();
    void pathTricks();
    void init() {}
    void cleanup() { QCOMPARE(m.http->get(QStringLiteral("/api/v1/healthz")).status, 200); }

private:
    World m;
};

void TestHostile::hugeBodyIsRefusedWithoutGrowingMemory()
{
    const qint64 before = m.server.residentKiB();
    QVERIFY(before > 0);
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m.server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Authorization: " +
                 bearer(m.admin) + "\r\nContent-Length: 800000000\r\n\r\n");
    // Push up to 200 MB of the declared 800 MB, as fast as the server takes it.
    const QByteArray chunk(1 << 20, 'x');
    QByteArray answer;
    qint64 sent = 0;
    while (sent < 200LL * 1024 * 1024 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.write(chunk);
        sent += chunk.size();
        socket.waitForBytesWritten(2000);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    if (!answer.contains("\r\n\r\n") && socket.state() == QAbstractSocket::ConnectedState)
        socket.waitForReadyRead(5000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("application/problem+json"));
    QVERIFY(answer.contains("urn:jobdesk:problem:payload-too-large"));
    const qint64 after = m.server.residentKiB();
    qInfo("server RSS %lld KiB -> %lld KiB after %lld MB pushed", before, after, sent >> 20);
    QVERIFY2(after - before < 50 * 1024, "the server buffered the refused body");
}

void TestHostile::oversizedHeadersAre431()
{
    const QByteArray big =
        "GET /api/v1/healthz HTTP/1.1\r\nHost: x\r\nX-Fill: " + QByteArray(64 * 1024, 'a') +
        "\r\n\r\n";
    const QByteArray answer = rawExchange(m.server.port(), big);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(120).constData());
    QVERIFY(answer.contains("application/problem+json"));
    QVERIFY(answer.contains("X-Content-Type-Options: nosniff"));
}

void TestHostile::brokenBodies_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem");
    QTest::newRow("truncated") << QByteArray("application/json") << QByteArray(R"({"title": "half)")
                               << 400 << QStringLiteral("malformed-json");
    QTest::newRow("not json") << QByteArray("application/json") << QByteArray("title=x") << 400
                              << QStringLiteral("malformed-json");
    QTest::newRow("array") << QByteArray("application/json") << QByteArray("[1,2]") << 400
                           << QStringLiteral("malformed-json");
    QTest::newRow("empty") << QByteArray("application/json") << QByteArray() << 400
                           << QStringLiteral("malformed-json");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray("title=x") << 415
                          << QStringLiteral("unsupported-media-type");
    QTest::newRow("wrong types") << QByteArray("application/json")
                                 << QByteArray(
                                        R"({"title": 5, "urgency": [], "estimateMinutes": "10"})")
                                 << 422 << QStringLiteral("validation-failed");
    QTest::newRow("nul in text") << QByteArray("application/json")
                                 << QByteArray(R"({"title": "a\u0000b"})") << 422
                                 << QStringLiteral("validation-failed");
    QTest::newRow("invalid utf8") << QByteArray("application/json")
                                  << QByteArray("{\"title\": \"\xff\xfe\"}") << 400
                                  << QStringLiteral("malformed-json");
}

void TestHostile::brokenBodies()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, problem);
    const Reply r =
        m.http->send("POST", QStringLiteral("/api/v1/jobs"), body,
                     {{"Content-Type", contentType}, {"Authorization", bearer(m.admin)}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:") + problem);
    QVERIFY(!r.json().value(QStringLiteral("title")).toString().isEmpty());
}

void TestHostile::unknownRoutesAndMethods()
{
    const Reply missing = m.http->get(QStringLiteral("/api/v1/nothing/here"), m.admin);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.problemType(), QStringLiteral("urn:jobdesk:problem:not-found"));
    const Reply wrong = m.http->send("DELETE", QStringLiteral("/api/v1/jobs"), {},
                                     {{"Authorization", bearer(m.admin)}});
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.problemType(), QStringLiteral("urn:jobdesk:problem:method-not-allowed"));
    QVERIFY(wrong.header("Allow").contains("GET"));
    QVERIFY(wrong.header("Allow").contains("POST"));
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/abc"), m.admin).status, 404);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/99999999999999999999999"), m.admin).status,
             404);
    QCOMPARE(m.http->get(QStringLiteral("/"), {}).status, 404);
}

void TestHostile::hugeNumbersAndDeepNesting()
{
    const Reply huge = m.http->send(
        "POST", QStringLiteral("/api/v1/jobs"), R"({"title": "n", "estimateMinutes": 1e308})",
        {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}});
    QCOMPARE(huge.status, 422);
    QVERIFY(huge.json()
                .value(QStringLiteral("errors"))
                .toObject()
                .contains(QStringLiteral("estimateMinutes")));
    const Reply big =
        m.http->send("POST", QStringLiteral("/api/v1/jobs/1/assign"),
                     R"({"workerId": 123456789012345678901234567890})",
                     {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}});
    QVERIFY(big.status == 422 || big.status == 404);
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const Reply nested =
        m.http->send("POST", QStringLiteral("/api/v1/jobs"), deep,
                     {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}});
    QCOMPARE(nested.status, 400);
}

void TestHostile::pathTricks()
{
    QCOMPARE(
        rawExchange(m.server.port(), "GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n")
            .left(12),
        QByteArray("HTTP/1.1 404"));
    const QByteArray garbage = rawExchange(m.server.port(), "HELLO\r\n\r\n");
    QVERIFY2(garbage.isEmpty() || garbage.startsWith("HTTP/1.1 400"), garbage.left(80).constData());
    const QByteArray smuggle = rawExchange(
        m.server.port(), "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QVERIFY2(smuggle.startsWith("HTTP/1.1 4") || smuggle.startsWith("HTTP/1.1 501"),
             smuggle.left(80).constData());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
