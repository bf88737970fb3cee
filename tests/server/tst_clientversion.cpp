// The server names its version and the oldest app it serves; an older app gets
// 426 client-too-old everywhere but /healthz.
#include "testserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QPair<QByteArray, QByteArray> Json{QByteArrayLiteral("Content-Type"),
                                         QByteArrayLiteral("application/json")};

Headers client(const QByteArray &version)
{
    return {{QByteArrayLiteral("X-Jobdesk-Client"), version}, Json};
}

// Each caller its own account: five failures lock an account for a while.
QByteArray loginBody(const QByteArray &who = "nobody")
{
    return R"({"email":")" + who + R"(@example.com","password":"wrong-password"})";
}

} // namespace

class TestClientVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthReportsVersionsByDefault();
    void olderClientGets426Everywhere();
    void healthAnswersAnOldClient();
    void currentNewerAndUnnamedClientsPass_data();
    void currentNewerAndUnnamedClientsPass();
    void configFileSetsMinimumAndDownloadUrl();
    void badSettingsStopTheServer_data();
    void badSettingsStopTheServer();

private:
    TestServer *strict()
    {
        if (!m_strict) {
            m_strict = std::make_unique<TestServer>(
                QStringList{QStringLiteral("--min-client-version"), QStringLiteral("2.1")});
            if (!m_strict->start())
                m_strict.reset();
        }
        return m_strict.get();
    }
    std::unique_ptr<TestServer> m_strict;
};

void TestClientVersion::healthReportsVersionsByDefault()
{
    TestServer server;
    QVERIFY(server.start());
    Http http(server);
    const Reply health = http.get(QStringLiteral("/api/v1/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("version")).toString(),
             QStringLiteral(JOBDESK_VERSION));
    // By default the server serves apps of its own version and newer.
    QCOMPARE(health.json().value(QStringLiteral("minClientVersion")).toString(),
             QStringLiteral(JOBDESK_VERSION));
    QCOMPARE(health.header("X-Jobdesk-Version"), QByteArray(JOBDESK_VERSION));
    // Every answer carries the header, errors of routing included.
    const Reply missing = http.get(QStringLiteral("/api/v1/no-such-thing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("X-Jobdesk-Version"), QByteArray(JOBDESK_VERSION));
    // An app of the server's own version is served.
    const Reply login = http.send("POST", QStringLiteral("/api/v1/auth/login"), loginBody(),
                                  client(JOBDESK_VERSION));
    QCOMPARE(login.status, 401);
    QCOMPARE(login.header("X-Jobdesk-Version"), QByteArray(JOBDESK_VERSION));
}

void TestClientVersion::olderClientGets426Everywhere()
{
    TestServer *server = strict();
    QVERIFY(server);
    Http http(*server);
    struct Case
    {
        QByteArray method;
        QString path;
        QByteArray body;
    };
    const Case cases[] = {
        {"POST", QStringLiteral("/api/v1/auth/login"), loginBody()},
        {"POST", QStringLiteral("/api/v1/auth/refresh"), R"({"refreshToken":"x"})"},
        {"GET", QStringLiteral("/api/v1/jobs"), {}},
        {"GET", QStringLiteral("/api/v1/events?after=0"), {}},
        {"GET", QStringLiteral("/api/v1/analytics/jobs"), {}},
    };
    for (const Case &c : cases) {
        const Reply r = http.send(c.method, c.path, c.body, client("2.0.9"));
        QVERIFY2(r.status == 426, qPrintable(c.path + QStringLiteral(": %1").arg(r.status)));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:client-too-old"));
        QCOMPARE(r.json().value(QStringLiteral("minClientVersion")).toString(),
                 QStringLiteral("2.1"));
        QCOMPARE(r.json().value(QStringLiteral("serverVersion")).toString(),
                 QStringLiteral(JOBDESK_VERSION));
        QVERIFY(!r.json().contains(QStringLiteral("downloadUrl")));
        QVERIFY(r.json().value(QStringLiteral("detail")).toString().contains(u"2.0.9"));
        QCOMPARE(r.header("X-Jobdesk-Version"), QByteArray(JOBDESK_VERSION));
    }
    // The refusal comes before the route runs: a failed login is not even counted,
    // so the account is not locked by an old app retrying.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(http.send("POST", QStringLiteral("/api/v1/auth/login"), loginBody(), client("1.0"))
                     .status,
                 426);
    QCOMPARE(http.send("POST", QStringLiteral("/api/v1/auth/login"), loginBody(), client("2.1"))
                 .problemType(),
             QStringLiteral("urn:jobdesk:problem:invalid-credentials"));
}

void TestClientVersion::healthAnswersAnOldClient()
{
    TestServer *server = strict();
    QVERIFY(server);
    Http http(*server);
    const Reply r = http.send("GET", QStringLiteral("/api/v1/healthz"), {}, client("0.0.1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("minClientVersion")).toString(), QStringLiteral("2.1"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestClientVersion::currentNewerAndUnnamedClientsPass_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("send");
    QTest::newRow("equal") << QByteArray("2.1") << true;
    QTest::newRow("equal, longer") << QByteArray("2.1.0") << true;
    QTest::newRow("newer patch") << QByteArray("2.1.3") << true;
    QTest::newRow("newer major") << QByteArray("10.0.0") << true;
    QTest::newRow("pre-release of a newer") << QByteArray("2.2.0-beta1") << true;
    QTest::newRow("no header") << QByteArray() << false;
    QTest::newRow("not a version") << QByteArray("curl-ish") << true;
}

void TestClientVersion::currentNewerAndUnnamedClientsPass()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, send);
    TestServer *server = strict();
    QVERIFY(server);
    Http http(*server);
    const Reply r = http.send(
        "POST", QStringLiteral("/api/v1/auth/login"),
        loginBody(QByteArray(QTest::currentDataTag()).replace(' ', '-').replace(',', '-')),
        send ? client(header) : Headers{Json});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:invalid-credentials"));
}

void TestClientVersion::configFileSetsMinimumAndDownloadUrl()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("server.conf"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[server]\nmin_client_version = 3.0.0\n"
            "client_download_url = https://downloads.example.com/jobdesk\n");
    f.close();
    TestServer server({QStringLiteral("--config"), ini});
    QVERIFY(server.start());
    Http http(server);
    QCOMPARE(http.get(QStringLiteral("/api/v1/healthz"))
                 .json()
                 .value(QStringLiteral("minClientVersion"))
                 .toString(),
             QStringLiteral("3.0.0"));
    const Reply r = http.send("GET", QStringLiteral("/api/v1/jobs"), {}, client("2.9.9"));
    QCOMPARE(r.status, 426);
    QCOMPARE(r.json().value(QStringLiteral("downloadUrl")).toString(),
             QStringLiteral("https://downloads.example.com/jobdesk"));
}

void TestClientVersion::badSettingsStopTheServer_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("letters") << QStringLiteral("--min-client-version") << QStringLiteral("new")
                             << QByteArray("min-client-version must be a version");
    QTest::newRow("suffix") << QStringLiteral("--min-client-version") << QStringLiteral("1.0-beta")
                            << QByteArray("min-client-version");
    QTest::newRow("empty") << QStringLiteral("--min-client-version") << QString()
                           << QByteArray("min-client-version");
}

void TestClientVersion::badSettingsStopTheServer()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(
        TestServer::run({QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), option, value},
                        {}, nullptr, &err),
        2);
    QVERIFY2(err.contains(message), err.constData());
}

QTEST_GUILESS_MAIN(TestClientVersion)
#include "tst_clientversion.moc"
