// The shipped nginx example (packaging/nginx/jobdesk.conf) in front of two
// instances on one PostgreSQL database: TLS, REST, the WebSocket, uploads, body
// limits, the client's address for throttling, and an instance going down.

#include "testcerts.h"
#include "testserver.h"
#include "uploadkit.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

#include <unistd.h>

using namespace jobdesk::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestLoadBalancer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tlsWithTheCertificateAuthorityOnly();
    void plainHttpRedirectsToHttps();
    void realtimeAndWritesAcrossBothInstances();
    void uploadInChunksAcrossInstances();
    void oversizedBodyGetsAProblem();
    void throttlingCountsTheForwardedAddress();
    void anInstanceGoingDownIsNotNoticed();

private:
    bool startNginx();
    QString login(const QString &email, const QString &password);

    World m;
    std::unique_ptr<TestServer> m_b;
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    quint16 m_https = 0, m_http = 0;
    QProcess m_nginx;
    std::unique_ptr<Http> m_client; // to nginx, trusting the test's authority
};

void TestLoadBalancer::initTestCase()
{
    QVERIFY2(!m.server.databaseUrl().isEmpty(), "runs on PostgreSQL (JOBDESK_TEST_ENGINE)");
    // nginx is the only client the instances see; it names the real one.
    qputenv("JOBDESK_TRUSTED_PROXIES", "127.0.0.1, ::1");
    qputenv("JOBDESK_LOGIN_ADDRESS_LIMIT", "3");
    QVERIFY(m.setUp());
    m_b = TestServer::sibling(m.server);
    QVERIFY(m_b->start());
    m_certs = TestCertificates::make(m_dir.path());
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error));
    QVERIFY(startNginx());
    m_client = std::make_unique<Http>(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_https)),
                                      m_certs.caFile);
}

bool TestLoadBalancer::startNginx()
{
    QFile shipped(QStringLiteral(JOBDESK_SOURCE_DIR "/packaging/nginx/jobdesk.conf"));
    if (!shipped.open(QIODevice::ReadOnly))
        return false;
    QString site = QString::fromUtf8(shipped.readAll());
    // Only addresses, ports and file names change; every directive stays as shipped.
    const QList<QPair<QString, QString>> edits = {
        {QStringLiteral("server 127.0.0.1:8081 "),
         QStringLiteral("server 127.0.0.1:%1 ").arg(m.server.port())},
        {QStringLiteral("server 127.0.0.1:8082 "),
         QStringLiteral("server 127.0.0.1:%1 ").arg(m_b->port())},
        {QStringLiteral("listen 443 ssl http2;"),
         QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_https = freePort())},
        {QStringLiteral("listen [::]:443 ssl http2;"), QString()},
        {QStringLiteral("listen 80;"),
         QStringLiteral("listen 127.0.0.1:%1;").arg(m_http = freePort())},
        {QStringLiteral("listen [::]:80;"), QString()},
        {QStringLiteral("/etc/ssl/jobdesk/fullchain.pem"), m_certs.certFile},
        {QStringLiteral("/etc/ssl/jobdesk/privkey.pem"), m_certs.keyFile},
    };
    for (const auto &e : edits) {
        if (site.count(e.first) != 1) {
            qWarning() << "the shipped nginx config no longer has" << e.first;
            return false;
        }
        site.replace(e.first, e.second);
    }
    const QString dir = m_dir.path();
    QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ExeOther | QFile::ReadOther);
    QFile siteFile(dir + QStringLiteral("/jobdesk.conf"));
    QFile main(dir + QStringLiteral("/nginx.conf"));
    if (!siteFile.open(QIODevice::WriteOnly) || !main.open(QIODevice::WriteOnly))
        return false;
    siteFile.write(site.toUtf8());
    siteFile.close();
    main.write(QStringLiteral("%1worker_processes 1;\n"
                              "pid %2/nginx.pid;\n"
                              "error_log %2/error.log;\n"
                              "events { worker_connections 256; }\n"
                              "http {\n"
                              "  log_format upstream '$upstream_addr $status';\n"
                              "  access_log %2/access.log upstream;\n"
                              "  client_body_temp_path %2/body;\n"
                              "  proxy_temp_path %2/proxy;\n"
                              "  include %2/jobdesk.conf;\n"
                              "}\n")
                   .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir)
                   .toUtf8());
    main.close();
    const QStringList args{QStringLiteral("-p"), dir,
                           QStringLiteral("-c"), dir + QStringLiteral("/nginx.conf"),
                           QStringLiteral("-e"), dir + QStringLiteral("/error.log")};
    QProcess check;
    check.start(QStringLiteral("nginx"), args + QStringList{QStringLiteral("-t")});
    if (!check.waitForFinished(20000) || check.exitCode() != 0) {
        qWarning() << "nginx -t:" << check.readAllStandardError();
        return false;
    }
    m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_nginx.start(QStringLiteral("nginx"),
                  args + QStringList{QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_nginx.waitForStarted(10000))
        return false;
    return QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_https);
            return probe.waitForConnected(200);
        },
        10000);
}

void TestLoadBalancer::cleanupTestCase()
{
    m_nginx.terminate();
    if (!m_nginx.waitForFinished(10000))
        m_nginx.kill();
}

QString TestLoadBalancer::login(const QString &email, const QString &password)
{
    const Reply r =
        m_client->post(QStringLiteral("/api/v1/auth/login"),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    return r.json().value(QStringLiteral("accessToken")).toString();
}

void TestLoadBalancer::tlsWithTheCertificateAuthorityOnly()
{
    const Reply ok = m_client->send("GET", QStringLiteral("/api/v1/healthz"));
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.header("Strict-Transport-Security").startsWith("max-age="));
    // A fresh manager (no pooled connection): the system's authorities alone do
    // not know the test's.
    QNetworkAccessManager plain;
    QNetworkReply *refused = plain.get(
        QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/healthz").arg(m_https))));
    QSignalSpy errors(refused, &QNetworkReply::sslErrors);
    QSignalSpy finished(refused, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
    delete refused;
}

void TestLoadBalancer::plainHttpRedirectsToHttps()
{
    const QByteArray answer =
        rawExchange(m_http, "GET /api/v1/healthz HTTP/1.1\r\nHost: jobdesk.example.org\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 301"), answer.constData());
    QVERIFY(answer.contains("Location: https://jobdesk.example.org/api/v1/healthz"));
}

void TestLoadBalancer::realtimeAndWritesAcrossBothInstances()
{
    const QString admin =
        login(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"));
    QVERIFY(!admin.isEmpty());
    QWebSocket ws;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_certs.caFile);
    ws.setSslConfiguration(ssl);
    QList<QJsonObject> frames;
    connect(&ws, &QWebSocket::textMessageReceived, this,
            [&](const QString &t) { frames << QJsonDocument::fromJson(t.toUtf8()).object(); });
    ws.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/api/v1/ws").arg(m_https)));
    QSignalSpy up(&ws, &QWebSocket::connected);
    QVERIFY(up.wait(10000));
    ws.sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"accessToken\":\"%1\"}").arg(admin));
    const auto count = [&](const QString &type) {
        return std::count_if(frames.cbegin(), frames.cend(), [&](const QJsonObject &f) {
            return f.value(QStringLiteral("type")).toString() == type;
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("ready")), 1, 10000);
    constexpr int Jobs = 8;
    for (int i = 0; i < Jobs; ++i) {
        const Reply r = m_client->post(
            QStringLiteral("/api/v1/jobs"),
            {{QStringLiteral("title"), QStringLiteral("Balanced %1").arg(i)}}, admin);
        QCOMPARE(r.status, 201);
    }
    QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("job.created")), Jobs, 10000);
    // Both instances served some of it.
    QFile log(m_dir.path() + QStringLiteral("/access.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    QVERIFY2(lines.contains(QByteArray("127.0.0.1:" + QByteArray::number(m.server.port()))),
             lines.constData());
    QVERIFY2(lines.contains(QByteArray("127.0.0.1:" + QByteArray::number(m_b->port()))),
             lines.constData());
}

void TestLoadBalancer::uploadInChunksAcrossInstances()
{
    UploadKit kit(m);
    const qint64 job = kit.workingJob(QStringLiteral("Menu design"));
    QVERIFY(job);
    const QString worker =
        login(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1"));
    const QByteArray content = UploadKit::bytes(5 * 1024 * 1024 + 3, 11);
    const Reply created =
        m_client->post(QStringLiteral("/api/v1/uploads"),
                       {{QStringLiteral("jobId"), job},
                        {QStringLiteral("purpose"), QStringLiteral("deliverable")},
                        {QStringLiteral("filename"), QStringLiteral("menu.pdf")},
                        {QStringLiteral("size"), qint64(content.size())},
                        {QStringLiteral("sha256"), UploadKit::sha256Hex(content)}},
                       worker, {{"Tus-Resumable", "1.0.0"}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    // 1 MiB chunks, each to whichever instance nginx picks.
    qint64 offset = 0;
    Reply last;
    while (offset < content.size()) {
        const QByteArray chunk = content.mid(offset, 1 << 20);
        last = m_client->send("PATCH", QStringLiteral("/api/v1/uploads/") + id, chunk,
                              {{"Authorization", bearer(worker)},
                               {"Tus-Resumable", "1.0.0"},
                               {"Content-Type", "application/offset+octet-stream"},
                               {"Upload-Offset", QByteArray::number(offset)}});
        QCOMPARE(last.status, 204);
        offset = last.header("Upload-Offset").toLongLong();
    }
    QCOMPARE(offset, qint64(content.size()));
    QVERIFY(!kit.storedCopyOf(content).isEmpty());
}

void TestLoadBalancer::oversizedBodyGetsAProblem()
{
    const Reply r =
        m_client->send("POST", QStringLiteral("/api/v1/jobs"), QByteArray(3 * 1024 * 1024, ' '),
                       {{"Content-Type", "application/json"}, {"Authorization", bearer(m.admin)}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:payload-too-large"));
}

void TestLoadBalancer::throttlingCountsTheForwardedAddress()
{
    // The test's own requests come from loopback, which is trusted here, so the
    // address it claims stands for a client beyond nginx.
    const auto attempt = [&](const QByteArray &from, const QString &email) {
        return m_client
            ->post(QStringLiteral("/api/v1/auth/login"),
                   {{QStringLiteral("email"), email},
                    {QStringLiteral("password"), QStringLiteral("wrong password")}},
                   {}, {{"X-Forwarded-For", from}})
            .status;
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempt("192.0.2.10", QStringLiteral("nobody%1@example.test").arg(i)), 401);
    QCOMPARE(attempt("192.0.2.10", QStringLiteral("nobody9@example.test")), 429);
    QCOMPARE(attempt("192.0.2.11", QStringLiteral("nobody9@example.test")), 401);
}

void TestLoadBalancer::anInstanceGoingDownIsNotNoticed()
{
    m_b->kill();
    for (int i = 0; i < 6; ++i)
        QCOMPARE(m_client
                     ->send("GET", QStringLiteral("/api/v1/jobs?limit=5"), {},
                            {{"Authorization", bearer(m.admin)}})
                     .status,
                 200);
    QVERIFY(m_b->start());
}

QTEST_MAIN(TestLoadBalancer)
#include "tst_loadbalancer.moc"
