// The server terminating TLS itself: HTTPS and WSS on one port with a certificate
// from a test authority, and every mistake in the files stopping it at start.

#include "testcerts.h"
#include "testserver.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

using namespace jobdesk::test;

class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void httpsWithTheAuthorityTrusted();
    void refusedWithoutTheAuthority();
    void plainHttpGetsNoAnswer();
    void realtimeOverWss();
    void badFilesStopTheServer_data();
    void badFilesStopTheServer();

private:
    QNetworkReply *get(QNetworkAccessManager &nam, const QString &path, bool trust);

    QTemporaryDir m_dir;
    TestCertificates m_certs;
    std::unique_ptr<TestServer> m_server;
    QSslConfiguration m_ssl;
};

void TestTls::initTestCase()
{
    m_certs = TestCertificates::make(m_dir.path());
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error));
    m_server =
        std::make_unique<TestServer>(QStringList{QStringLiteral("--tls-cert"), m_certs.certFile,
                                                 QStringLiteral("--tls-key"), m_certs.keyFile});
    QVERIFY(m_server->start());
    QVERIFY(m_server->output().contains("(TLS)"));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(m_certs.caFile);
}

QNetworkReply *TestTls::get(QNetworkAccessManager &nam, const QString &path, bool trust)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
    if (trust)
        request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    return reply;
}

void TestTls::httpsWithTheAuthorityTrusted()
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(get(nam, QStringLiteral("/api/v1/healthz"), true));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->sslConfiguration().sessionProtocol() >= QSsl::TlsV1_2);
}

void TestTls::refusedWithoutTheAuthority()
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(get(nam, QStringLiteral("/api/v1/healthz"), false));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
}

void TestTls::plainHttpGetsNoAnswer()
{
    const QByteArray answer = rawExchange(
        m_server->port(), "GET /api/v1/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n", 3000);
    QVERIFY2(!answer.startsWith("HTTP/"), answer.constData());
}

void TestTls::realtimeOverWss()
{
    const QString password = QStringLiteral("tls admin password");
    QVERIFY(m_server->createUser(QStringLiteral("tls@example.test"), QStringLiteral("admin"),
                                 password) > 0);
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/auth/login").arg(m_server->port())));
    request.setSslConfiguration(m_ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> login(nam.post(
        request,
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("tls@example.test")},
                                  {QStringLiteral("password"), password}})
            .toJson()));
    QSignalSpy done(login.get(), &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    const QString token = QJsonDocument::fromJson(login->readAll())
                              .object()
                              .value(QStringLiteral("accessToken"))
                              .toString();
    QVERIFY(!token.isEmpty());

    QWebSocket ws;
    ws.setSslConfiguration(m_ssl);
    QStringList frames;
    connect(&ws, &QWebSocket::textMessageReceived, this,
            [&](const QString &text) { frames << text; });
    QSignalSpy connected(&ws, &QWebSocket::connected);
    ws.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/api/v1/ws").arg(m_server->port())));
    QVERIFY(connected.wait(10000));
    ws.sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"accessToken\":\"%1\"}").arg(token));
    QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty() && frames.first().contains(QLatin1String("ready")),
                             10000);
}

void TestTls::badFilesStopTheServer_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("message");
    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    // The authority's certificate with the server's key: a pair that does not match.
    QTest::newRow("key of another certificate")
        << m_certs.caFile << m_certs.keyFile << QByteArray("does not belong to the certificate");
    QTest::newRow("missing certificate")
        << missing << m_certs.keyFile << QByteArray("cannot read the TLS certificate");
    QTest::newRow("key is not a key")
        << m_certs.certFile << m_certs.certFile << QByteArray("no unencrypted PEM private key");
    QTest::newRow("certificate without key")
        << m_certs.certFile << QString() << QByteArray("give both or neither");
}

void TestTls::badFilesStopTheServer()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QByteArray, message);
    QTemporaryDir data;
    QStringList args{QStringLiteral("serve"),
                     QStringLiteral("--data-dir"),
                     data.path(),
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--tls-cert"),
                     cert};
    if (!key.isEmpty())
        args << QStringLiteral("--tls-key") << key;
    QByteArray out, err;
    QCOMPARE(TestServer::run(args, {}, &out, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(!out.contains("listening"));
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
