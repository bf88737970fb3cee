// The guards in front of QHttpServer still hold when the server terminates TLS
// itself: oversized heads and bodies get their answer inside the TLS stream, a
// client that never finishes its handshake is dropped like any slow client, and
// the connection cap refuses TLS clients too.
#include "testcerts.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace jobdesk::test;

namespace {

// One request over TLS; what the server answered before it closed (or `timeoutMs`).
QByteArray tlsExchange(quint16 port, const QSslConfiguration &ssl, const QByteArray &request,
                       int timeoutMs = 10000)
{
    QSslSocket socket;
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(timeoutMs))
        return "handshake failed: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
    }
    return answer + socket.readAll();
}

} // namespace

class TestTlsGuards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oversizedHeadIsAnsweredOverTls();
    void oversizedBodyIsAnsweredOverTls();
    void httpsThroughTheTestClient();
    void stalledHandshakeIsDropped();
    void connectionCapHoldsForTls();

private:
    std::unique_ptr<TestServer> startServer();

    QTemporaryDir m_dir;
    TestCertificates m_certs;
    std::unique_ptr<TestServer> m_server;
    QSslConfiguration m_ssl;
};

std::unique_ptr<TestServer> TestTlsGuards::startServer()
{
    auto server =
        std::make_unique<TestServer>(QStringList{QStringLiteral("--tls-cert"), m_certs.certFile,
                                                 QStringLiteral("--tls-key"), m_certs.keyFile});
    server->setHttps(m_certs.caFile);
    return server->start() ? std::move(server) : nullptr;
}

void TestTlsGuards::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certs = TestCertificates::make(m_dir.path());
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error));
    m_server = startServer();
    QVERIFY(m_server);
    m_ssl = QSslConfiguration::defaultConfiguration();
    QVERIFY(m_ssl.addCaCertificates(m_certs.caFile));
}

void TestTlsGuards::oversizedHeadIsAnsweredOverTls()
{
    const QByteArray request =
        "GET /api/v1/healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(20 * 1024, 'a') +
        "\r\n\r\n";
    const QByteArray answer = tlsExchange(m_server->port(), m_ssl, request);
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    QVERIFY(answer.contains("header-too-large"));
}

void TestTlsGuards::oversizedBodyIsAnsweredOverTls()
{
    // The body is announced, never sent: the answer must come before it is read.
    const QByteArray request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
                               "Content-Type: application/json\r\n"
                               "Content-Length: 100000000\r\n\r\n";
    const QByteArray answer = tlsExchange(m_server->port(), m_ssl, request);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("payload-too-large"));
}

void TestTlsGuards::httpsThroughTheTestClient()
{
    QCOMPARE(m_server->url(QStringLiteral("/x")).scheme(), QStringLiteral("https"));
    Http http(*m_server);
    const Reply health = http.get(QStringLiteral("/api/v1/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    // Problems come back as problem+json over TLS as well.
    QCOMPARE(http.get(QStringLiteral("/api/v1/me")).status, 401);
}

void TestTlsGuards::stalledHandshakeIsDropped()
{
    // Half a ClientHello, then silence: the header timeout (10 s) ends it.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7));
    QVERIFY(socket.waitForBytesWritten(5000));
    QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
    QVERIFY(closed.wait(20000));
    // The server is fine afterwards.
    QCOMPARE(Http(*m_server).get(QStringLiteral("/api/v1/healthz")).status, 200);
}

void TestTlsGuards::connectionCapHoldsForTls()
{
    qputenv("JOBDESK_MAX_CONNECTIONS", "2");
    qputenv("JOBDESK_THREADS", "1"); // the cap counts per HTTP thread
    std::unique_ptr<TestServer> capped = startServer();
    qunsetenv("JOBDESK_MAX_CONNECTIONS");
    qunsetenv("JOBDESK_THREADS");
    QVERIFY(capped);
    std::vector<std::unique_ptr<QSslSocket>> open;
    for (int i = 0; i < 2; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(m_ssl);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), capped->port());
        QVERIFY2(socket->waitForEncrypted(10000), qPrintable(socket->errorString()));
        open.push_back(std::move(socket));
    }
    QSslSocket third;
    third.setSslConfiguration(m_ssl);
    third.connectToHostEncrypted(QStringLiteral("127.0.0.1"), capped->port());
    QVERIFY(!third.waitForEncrypted(10000));
    QVERIFY(!third.isEncrypted());
    // The connections within the cap are served as before.
    open.front()->write("GET /api/v1/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += open.front()->readAll()).contains("\"status\":\"ok\""),
                             10000);
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
}

QTEST_GUILESS_MAIN(TestTlsGuards)
#include "tst_tlsguards.moc"
