// jobdesk-server's command line is a contract for scripts and packaging.
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk::test;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void migrateIsIdempotent();
    void configFileEnvironmentAndOptions();
    void createUserRefusesDuplicates();
    void seedDemoPrintsLoginsOnce();
    void servingOnABusyPortFails();
    void terminatesCleanly();
};

void TestCli::versionAndHelp()
{
    QByteArray out;
    QCOMPARE(TestServer::run({QStringLiteral("--version")}, {}, &out), 0);
    QVERIFY(out.startsWith("jobdesk-server " JOBDESK_VERSION));
    QCOMPARE(TestServer::run({QStringLiteral("--help")}, {}, &out), 0);
    for (const char *command : {"serve", "migrate", "create-user", "seed-demo"})
        QVERIFY2(out.contains(command), command);
    QCOMPARE(TestServer::run({QStringLiteral("serve"), QStringLiteral("--help")}, {}, &out), 0);
    QVERIFY(out.contains("--listen"));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTemporaryDir dir;
    const QString d = QStringLiteral("/tmp/jobdesk-cli-test-unused");
    QTest::newRow("nothing") << QStringList{} << QByteArray();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")} << QByteArray();
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("migrate"), QStringLiteral("--frobnicate")} << QByteArray();
    QTest::newRow("no data dir") << QStringList{QStringLiteral("migrate")} << QByteArray();
    QTest::newRow("bad listen") << QStringList{QStringLiteral("serve"),
                                               QStringLiteral("--data-dir"), d,
                                               QStringLiteral("--listen"),
                                               QStringLiteral("nowhere")}
                                << QByteArray();
    QTest::newRow("bad threads") << QStringList{QStringLiteral("serve"),
                                                QStringLiteral("--data-dir"), d,
                                                QStringLiteral("--threads"), QStringLiteral("many")}
                                 << QByteArray();
    QTest::newRow("bad role") << QStringList{QStringLiteral("create-user"),
                                             QStringLiteral("--data-dir"),
                                             d,
                                             QStringLiteral("--email"),
                                             QStringLiteral("a@b.c"),
                                             QStringLiteral("--role"),
                                             QStringLiteral("boss"),
                                             QStringLiteral("--password-stdin")}
                              << QByteArray("long enough password\n");
    QTest::newRow("short password") << QStringList{QStringLiteral("create-user"),
                                                   QStringLiteral("--data-dir"),
                                                   d,
                                                   QStringLiteral("--email"),
                                                   QStringLiteral("a@b.c"),
                                                   QStringLiteral("--role"),
                                                   QStringLiteral("admin"),
                                                   QStringLiteral("--password-stdin")}
                                    << QByteArray("short\n");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QByteArray err;
    QCOMPARE(TestServer::run(args, input, nullptr, &err), 2);
    QVERIFY2(!err.trimmed().isEmpty(), "a usage error must say what is wrong");
}

void TestCli::migrateIsIdempotent()
{
    QTemporaryDir dir;
    QByteArray out;
    QCOMPARE(TestServer::run({QStringLiteral("migrate"), QStringLiteral("--data-dir"), dir.path()},
                             {}, &out),
             0);
    // Whatever the latest version is, the first run reaches it and the second stays.
    QVERIFY(out.startsWith("schema at version ") && out.contains(" (sqlite)"));
    const QByteArray first = out;
    QCOMPARE(TestServer::run({QStringLiteral("migrate"), QStringLiteral("--data-dir"), dir.path()},
                             {}, &out),
             0);
    QCOMPARE(out, first);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("jobdesk.db"))));
}

void TestCli::configFileEnvironmentAndOptions()
{
    QTemporaryDir dir;
    const QString fromFile = dir.filePath(QStringLiteral("from-file"));
    const QString fromEnv = dir.filePath(QStringLiteral("from-env"));
    const QString fromOption = dir.filePath(QStringLiteral("from-option"));
    const QString ini = dir.filePath(QStringLiteral("server.ini"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[server]\ndata_dir=" + fromFile.toUtf8() + "\nthreads=3\n");
    file.close();
    const auto runWith = [&](const QStringList &args, const QByteArray &envDir) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("JOBDESK_DATA_DIR"));
        if (!envDir.isEmpty())
            env.insert(QStringLiteral("JOBDESK_DATA_DIR"), QString::fromUtf8(envDir));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(JOBDESK_SERVER_BINARY), args);
        p.waitForFinished(30000);
        return p.exitCode();
    };
    QCOMPARE(runWith({QStringLiteral("migrate"), QStringLiteral("--config"), ini}, {}), 0);
    QVERIFY(QFile::exists(fromFile + QStringLiteral("/jobdesk.db")));
    QCOMPARE(
        runWith({QStringLiteral("migrate"), QStringLiteral("--config"), ini}, fromEnv.toUtf8()), 0);
    QVERIFY(QFile::exists(fromEnv + QStringLiteral("/jobdesk.db")));
    QCOMPARE(runWith({QStringLiteral("migrate"), QStringLiteral("--config"), ini,
                      QStringLiteral("--data-dir"), fromOption},
                     fromEnv.toUtf8()),
             0);
    QVERIFY(QFile::exists(fromOption + QStringLiteral("/jobdesk.db")));
    QCOMPARE(runWith({QStringLiteral("migrate"), QStringLiteral("--config"),
                      dir.filePath(QStringLiteral("missing.ini"))},
                     {}),
             2);
    QVERIFY(!(QFile::permissions(fromOption) & (QFile::ReadOther | QFile::ReadGroup)));

    // A misspelt key stops the server instead of being ignored.
    const QString typo = dir.filePath(QStringLiteral("typo.ini"));
    QFile typoFile(typo);
    QVERIFY(typoFile.open(QIODevice::WriteOnly));
    typoFile.write("[server]\nmax-upload-bytes=1000\n");
    typoFile.close();
    QCOMPARE(runWith({QStringLiteral("migrate"), QStringLiteral("--config"), typo,
                      QStringLiteral("--data-dir"), fromOption},
                     {}),
             2);

    // The packaged default configuration is valid as shipped.
    QCOMPARE(runWith({QStringLiteral("migrate"), QStringLiteral("--config"),
                      QStringLiteral(JOBDESK_SOURCE_DIR "/packaging/etc/server.conf"),
                      QStringLiteral("--data-dir"), fromOption},
                     {}),
             0);
}

void TestCli::createUserRefusesDuplicates()
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("create-user"),
                           QStringLiteral("--data-dir"),
                           dir.path(),
                           QStringLiteral("--email"),
                           QStringLiteral("Boss@Example.test"),
                           QStringLiteral("--role"),
                           QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")};
    QByteArray out;
    QCOMPARE(TestServer::run(args, "first admin password\n", &out), 0);
    QVERIFY(out.contains("created admin boss@example.test"));
    QByteArray err;
    QCOMPARE(TestServer::run(args, "first admin password\n", nullptr, &err), 1);
    QVERIFY(err.contains("already"));
}

void TestCli::seedDemoPrintsLoginsOnce()
{
    TestServer server;
    QByteArray out;
    QCOMPARE(server.command(
                 {QStringLiteral("seed-demo"), QStringLiteral("--data-dir"), server.dataDir()}, {},
                 &out),
             0);
    QVERIFY(out.contains("admin@demo.jobdesk"));
    QVERIFY(out.contains("password:"));
    QByteArray err;
    QCOMPARE(server.command(
                 {QStringLiteral("seed-demo"), QStringLiteral("--data-dir"), server.dataDir()}, {},
                 nullptr, &err),
             1);
    // The seeded service works: the admin signs in and finds jobs in every state.
    QVERIFY(server.start());
    Http http(server);
    const QString admin =
        http.login(QStringLiteral("admin@demo.jobdesk"), QStringLiteral("admin-demo-pass"));
    QVERIFY(!admin.isEmpty());
    for (const char *state : {"pending", "matching", "assigned", "in_progress", "review",
                              "revision", "completed", "cancelled"}) {
        const Reply r =
            http.get(QStringLiteral("/api/v1/jobs?status=") + QLatin1String(state), admin);
        QVERIFY2(!r.items().isEmpty(), state);
    }
    const QString worker =
        http.login(QStringLiteral("sokha@demo.jobdesk"), QStringLiteral("worker-demo-pass"));
    QVERIFY(!worker.isEmpty());
    QVERIFY(!http.get(QStringLiteral("/api/v1/time-entries"), worker).items().isEmpty());
}

void TestCli::servingOnABusyPortFails()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QByteArray err;
    const int code = TestServer::run({QStringLiteral("serve"), QStringLiteral("--data-dir"),
                                      dir.path(), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort())},
                                     {}, nullptr, &err);
    QCOMPARE(code, 1);
    QVERIFY(err.contains("cannot listen"));
}

void TestCli::terminatesCleanly()
{
    TestServer server;
    QVERIFY(server.start());
    QVERIFY(server.isRunning());
    server.stop();
    QVERIFY(!server.isRunning());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
