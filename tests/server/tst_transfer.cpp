// jobdesk-server export / import: an installation moves between SQLite and
// PostgreSQL without losing a row, and a bad dump or a used database changes nothing.
#include "pgscratch.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace jobdesk::test;

namespace {

const QString Sqlite = QStringLiteral("sqlite");
const QString AdminEmail = QStringLiteral("admin@demo.jobdesk");
const QString AdminPassword = QStringLiteral("admin-demo-pass");

// Values the dump must carry exactly: beyond a double's 53 bits, and text in every plane.
constexpr qint64 BigRate = 9007199254740993LL; // 2^53 + 1
const QString Unicode = QStringLiteral(u"Zoë «ünïcødé» 日本語 \U0001F600 e\u0301 \"q\" \\ \t\nend");

// A connection of the test's own: SQLite in `dataDir`, or the PostgreSQL `url`.
QSqlDatabase connect(const QString &name, const QString &dataDir, const QString &url)
{
    QSqlDatabase db;
    if (url.isEmpty()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/jobdesk.db"));
    } else {
        const QUrl u(url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
    }
    if (!db.open())
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(db.lastError().text()));
    return db;
}

// Closes and removes a connection when the test leaves its scope.
struct Connection
{
    Connection(const QString &connectionName, const QString &dataDir, const QString &url)
        : name(connectionName)
        , db(connect(connectionName, dataDir, url))
    {}
    ~Connection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QString name;
    QSqlDatabase db;
};

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// The schema's tables from the catalogue (not a list of ours, so a table added by a
// future migration is checked too), without bookkeeping.
QStringList tables(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(isSqlite(db) ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                         "substr(name, 1, 7) <> 'sqlite_' ORDER BY name")
                        : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                         "table_schema = 'public' ORDER BY table_name"));
    QStringList names;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("schema_migrations"))
            names << q.value(0).toString();
    }
    return names;
}

QStringList columns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    names.sort(); // the same set on both engines; the order of SELECT is ours
    return names;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 totalRows(const QSqlDatabase &db)
{
    qint64 n = 0;
    for (const QString &t : tables(db))
        n += count(db, t);
    return n;
}

// One value in a form that only differs when the data does: the engines spell the
// same integer as int or qlonglong, which is representation, not content.
QString normalised(const QSqlQuery &q, int i)
{
    if (q.isNull(i))
        return QStringLiteral("<NULL>");
    const QVariant v = q.value(i);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("d:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return QStringLiteral("s:") + v.toString();
    }
}

// Every row of `table`, in the order of its columns' sorted names, each row one string.
QStringList rows(const QSqlDatabase &db, const QString &table, const QStringList &cols)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), table)))
        return {QStringLiteral("query failed: ") + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < cols.size(); ++i)
            values << normalised(q, i);
        out << values.join(QStringLiteral(" | "));
    }
    // Sorted here, not by the engines, whose collations of text may differ.
    out.sort();
    return out;
}

// Both databases hold the same tables with the same rows, value by value.
void compareDatabases(const QSqlDatabase &a, const QSqlDatabase &b)
{
    const QStringList names = tables(a);
    QVERIFY(!names.isEmpty());
    QCOMPARE(tables(b), names);
    for (const QString &t : names) {
        const QStringList cols = columns(a, t);
        QCOMPARE(columns(b, t), cols);
        const QStringList left = rows(a, t, cols);
        const QStringList right = rows(b, t, cols);
        QVERIFY2(left.size() == right.size(), qPrintable(t));
        for (int i = 0; i < left.size(); ++i)
            QVERIFY2(left.at(i) == right.at(i),
                     qPrintable(t + QStringLiteral(":\n  ") + left.at(i) + QStringLiteral("\n  ") +
                                right.at(i)));
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Runs jobdesk-server on one database named explicitly: `url` empty is SQLite.
int server(const QString &command, const QString &dataDir, const QString &url,
           const QStringList &more = {}, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QByteArray o, e;
    const int rc =
        TestServer::run(QStringList{command, QStringLiteral("--data-dir"), dataDir,
                                    QStringLiteral("--database"), url.isEmpty() ? Sqlite : url} +
                            more,
                        {}, &o, &e);
    if (out)
        *out = o;
    if (err)
        *err = e;
    if (rc != 0 && !err)
        qWarning("jobdesk-server %s: %s", qPrintable(command), e.constData());
    return rc;
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sqliteToPostgresKeepsEveryRow();
    void importRefusesADatabaseWithRows();
    void malformedDumpWritesNothing_data();
    void malformedDumpWritesNothing();
    void postgresToSqlite();

private:
    // Demo data and some REST activity in a SQLite data dir, a row in every table.
    void makeBusyInstallation(TestServer &source);
    // The seeded SQLite installation's export, made once.
    QString seededDump();
    // Signs in on a server started on `url` (empty: SQLite) and creates a job whose id
    // must be above every imported one.
    void serveAndCreateJob(const QString &dataDir, const QString &url, qint64 maxJobId);

    QTemporaryDir m_work;
    QString m_seededDump;
};

void TestTransfer::initTestCase()
{
    if (PgScratch::clusterUrl().isEmpty())
        QFAIL("the PostgreSQL fixture is missing: JOBDESK_TEST_PG_URL is not set (run this test "
              "through ctest, whose pgcluster fixture starts a throwaway cluster, or set it to a "
              "maintenance URL such as postgresql://postgres@127.0.0.1:25432/postgres)");
    QVERIFY(m_work.isValid());
}

void TestTransfer::makeBusyInstallation(TestServer &source)
{
    QCOMPARE(server(QStringLiteral("seed-demo"), source.dataDir(), {}), 0);
    QVERIFY(source.start());
    Http http(source);
    const QString admin = http.login(AdminEmail, AdminPassword); // refresh_tokens
    // A failure after it (a success clears its account's failures): login_attempts.
    QVERIFY(http.login(QStringLiteral("sokha@demo.jobdesk"), QStringLiteral("wrong password"))
                .isEmpty());
    QVERIFY(!admin.isEmpty());
    // A job created with an idempotency key: jobs, events, audit_log, idempotency_keys.
    const Reply created =
        http.post(QStringLiteral("/api/v1/jobs"),
                  {{QStringLiteral("title"), Unicode}, {QStringLiteral("description"), QString()}},
                  admin, {{"Idempotency-Key", "transfer-test-1"}});
    QCOMPARE(created.status, 201);
    const qint64 newJob = created.json().value(QStringLiteral("id")).toInteger();
    // An offer cascade (dispatch_runs) and a runtime setting (settings).
    const Reply dispatched =
        http.post(QStringLiteral("/api/v1/jobs/%1/dispatch").arg(newJob), {}, admin);
    QVERIFY2(dispatched.status / 100 == 2, dispatched.body.constData());
    QList<QPair<QByteArray, QByteArray>> put{{"Content-Type", "application/json"},
                                             {"Authorization", bearer(admin)}};
    const Reply setting =
        http.send("PUT", QStringLiteral("/api/v1/dispatch/settings"),
                  QJsonDocument(QJsonObject{{QStringLiteral("autoDispatch"), true}}).toJson(), put);
    QVERIFY2(setting.status == 200, setting.body.constData());
    // Chat on a job that has a worker: messages, notifications, message_reads.
    const QJsonArray busy =
        http.get(QStringLiteral("/api/v1/jobs?status=in_progress"), admin).items();
    QVERIFY(!busy.isEmpty());
    const qint64 chatJob = busy.first().toObject().value(QStringLiteral("id")).toInteger();
    const Reply message = http.post(QStringLiteral("/api/v1/jobs/%1/messages").arg(chatJob),
                                    {{QStringLiteral("body"), Unicode}}, admin);
    QCOMPARE(message.status, 201);
    const Reply read = http.post(
        QStringLiteral("/api/v1/jobs/%1/messages/read").arg(chatJob),
        {{QStringLiteral("upTo"), message.json().value(QStringLiteral("id")).toInteger()}}, admin);
    QVERIFY2(read.status / 100 == 2, read.body.constData());
    source.stop();

    // What the API only makes through a whole upload, and values at the edges.
    Connection c(QStringLiteral("busy"), source.dataDir(), {});
    QSqlQuery q(c.db);
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO job_attachments (id, job_id, name, size, sha256, "
                              "created_at) SELECT 'att-1', MIN(id), 'brief ") +
               QStringLiteral(u"\u00e9t\u00e9") +
               QStringLiteral(".pdf', 9223372036854775807, '', -9223372036854775807 FROM jobs")),
        qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("UPDATE users SET hourly_rate_cents = ?, name = ? WHERE id = "
                             "(SELECT MAX(id) FROM users)"));
    q.addBindValue(BigRate);
    q.addBindValue(Unicode);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    // NULL and the empty text are different values and stay so.
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET before_json = NULL, after_json = '' "
                                  "WHERE id = (SELECT MIN(id) FROM audit_log)")));
    for (const QString &t : tables(c.db))
        QVERIFY2(count(c.db, t) > 0, qPrintable(t + QStringLiteral(" has no rows to carry")));
}

QString TestTransfer::seededDump()
{
    if (m_seededDump.isEmpty()) {
        const QString dir = m_work.filePath(QStringLiteral("seeded"));
        const QString dump = m_work.filePath(QStringLiteral("seeded.jsonl"));
        if (server(QStringLiteral("seed-demo"), dir, {}) == 0 &&
            server(QStringLiteral("export"), dir, {}, {QStringLiteral("--output"), dump}) == 0)
            m_seededDump = dump;
    }
    return m_seededDump;
}

void TestTransfer::serveAndCreateJob(const QString &dataDir, const QString &url, qint64 maxJobId)
{
    // A TestServer of its own data dir, pointed at the imported database.
    TestServer target({QStringLiteral("--database"), url.isEmpty() ? Sqlite : url});
    if (url.isEmpty())
        QVERIFY(QFile::copy(dataDir + QStringLiteral("/jobdesk.db"),
                            target.dataDir() + QStringLiteral("/jobdesk.db")));
    QVERIFY(target.start());
    Http http(target);
    const QString admin = http.login(AdminEmail, AdminPassword);
    QVERIFY2(!admin.isEmpty(), "a demo admin signs in on the imported database");
    QVERIFY(!http.login(QStringLiteral("sokha@demo.jobdesk"), QStringLiteral("worker-demo-pass"))
                 .isEmpty());
    const Reply created =
        http.post(QStringLiteral("/api/v1/jobs"),
                  {{QStringLiteral("title"), QStringLiteral("after the move")}}, admin);
    QVERIFY2(created.status == 201, created.body.constData());
    QVERIFY(created.json().value(QStringLiteral("id")).toInteger() > maxJobId);
}

void TestTransfer::sqliteToPostgresKeepsEveryRow()
{
    TestServer source({QStringLiteral("--database"), Sqlite});
    makeBusyInstallation(source);
    if (QTest::currentTestFailed())
        return;
    const QString first = m_work.filePath(QStringLiteral("first.jsonl"));
    QCOMPARE(
        server(QStringLiteral("export"), source.dataDir(), {}, {QStringLiteral("--output"), first}),
        0);
    const QList<QByteArray> lines = readAll(first).split('\n');
    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(header.value(QStringLiteral("format")).toString(), QStringLiteral("jobdesk-dump"));
    QCOMPARE(header.value(QStringLiteral("engine")).toString(), Sqlite);
    QVERIFY(header.value(QStringLiteral("schemaVersion")).toInt() >= 5);
    QVERIFY(readAll(first).contains(QByteArray::number(BigRate))); // not via a double

    PgScratch pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString pgDir = m_work.filePath(QStringLiteral("pg-data"));
    QByteArray out;
    QCOMPARE(
        server(QStringLiteral("import"), pgDir, pg.url(), {QStringLiteral("--input"), first}, &out),
        0);
    qint64 sourceRows = 0, maxJobId = 0;
    {
        Connection s(QStringLiteral("source"), source.dataDir(), {});
        Connection p(QStringLiteral("target"), {}, pg.url());
        compareDatabases(s.db, p.db);
        if (QTest::currentTestFailed())
            return;
        sourceRows = totalRows(s.db);
        QVERIFY(out.contains(QStringLiteral("imported %1 rows in %2 tables")
                                 .arg(sourceRows)
                                 .arg(tables(s.db).size())
                                 .toUtf8()));
        QSqlQuery q(p.db);
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM jobs")) && q.next());
        maxJobId = q.value(0).toLongLong();
    }
    // Exported again from PostgreSQL, the rows are the same, line for line.
    const QString second = m_work.filePath(QStringLiteral("second.jsonl"));
    QCOMPARE(
        server(QStringLiteral("export"), pgDir, pg.url(), {QStringLiteral("--output"), second}), 0);
    QList<QByteArray> again = readAll(second).split('\n');
    QCOMPARE(QJsonDocument::fromJson(again.first()).object().value(QStringLiteral("engine")),
             QJsonValue(QStringLiteral("postgresql")));
    QCOMPARE(again.mid(1), lines.mid(1));

    // A second import into the now full database is refused and changes nothing.
    QByteArray err;
    QCOMPARE(server(QStringLiteral("import"), pgDir, pg.url(), {QStringLiteral("--input"), first},
                    nullptr, &err),
             1);
    QVERIFY2(err.contains("not empty"), err.constData());
    {
        Connection p(QStringLiteral("target"), {}, pg.url());
        QCOMPARE(totalRows(p.db), sourceRows);
    }

    // The real server runs on it; new rows get ids past the imported ones.
    serveAndCreateJob(pgDir, pg.url(), maxJobId);
}

void TestTransfer::importRefusesADatabaseWithRows()
{
    const QString dump = seededDump();
    QVERIFY(!dump.isEmpty());
    const QString dir = m_work.filePath(QStringLiteral("used"));
    QByteArray ignored;
    QCOMPARE(TestServer::run({QStringLiteral("create-user"), QStringLiteral("--data-dir"), dir,
                              QStringLiteral("--database"), Sqlite, QStringLiteral("--email"),
                              QStringLiteral("ops@example.test"), QStringLiteral("--role"),
                              QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                             "a long enough password\n", &ignored),
             0);
    qint64 before = 0;
    {
        Connection c(QStringLiteral("used"), dir, {});
        before = totalRows(c.db);
        QVERIFY(before > 0);
    }
    QByteArray err;
    QCOMPARE(
        server(QStringLiteral("import"), dir, {}, {QStringLiteral("--input"), dump}, nullptr, &err),
        1);
    QVERIFY2(err.contains("not empty") && err.contains("nothing was imported"), err.constData());
    Connection c(QStringLiteral("used"), dir, {});
    QCOMPARE(totalRows(c.db), before);
    QCOMPARE(count(c.db, QStringLiteral("users")), 1);
}

void TestTransfer::malformedDumpWritesNothing_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("message");
    for (const QString &engine : {Sqlite, QStringLiteral("postgresql")}) {
        const auto row = [&](const char *damage, const QByteArray &message) {
            QTest::addRow("%s %s", qPrintable(engine), damage)
                << engine << QString::fromLatin1(damage) << message;
        };
        row("truncated", "incomplete");
        row("cut mid-line", "line ");
        row("garbled row", "line 40: not JSON");
        row("wrong type", "line 40: ");
        row("short row", "line 40: a row");
        row("no end line", "without its end line");
        row("other schema", "schema version 999");
        row("not a dump", "line 1: not a jobdesk-server export");
    }
}

void TestTransfer::malformedDumpWritesNothing()
{
    QFETCH(QString, engine);
    QFETCH(QString, damage);
    QFETCH(QByteArray, message);
    const QString dump = seededDump();
    QVERIFY(!dump.isEmpty());
    QList<QByteArray> lines = readAll(dump).split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    QVERIFY(lines.size() > 100);
    // Line 40 (index 39) is a row of some table in the middle of the dump.
    QVERIFY(lines.at(39).startsWith('['));
    if (damage == QLatin1String("truncated")) {
        lines = lines.mid(0, lines.size() / 2);
    } else if (damage == QLatin1String("cut mid-line")) {
        lines = lines.mid(0, lines.size() / 2);
        lines.last().chop(lines.last().size() / 2);
    } else if (damage == QLatin1String("garbled row")) {
        lines[39].chop(3);
    } else if (damage == QLatin1String("wrong type")) {
        QJsonArray row = QJsonDocument::fromJson(lines.at(39)).array();
        int header = 39;
        while (!lines.at(header).startsWith('{'))
            --header;
        const QJsonObject table = QJsonDocument::fromJson(lines.at(header)).object();
        QCOMPARE(table.value(QStringLiteral("types")).toArray().first().toString(),
                 QStringLiteral("integer"));
        row[0] = QStringLiteral("not a number"); // text where an integer must be
        lines[39] = QJsonDocument(row).toJson(QJsonDocument::Compact);
    } else if (damage == QLatin1String("short row")) {
        QJsonArray row = QJsonDocument::fromJson(lines.at(39)).array();
        row.removeLast();
        lines[39] = QJsonDocument(row).toJson(QJsonDocument::Compact);
    } else if (damage == QLatin1String("no end line")) {
        lines.removeLast();
    } else if (damage == QLatin1String("other schema")) {
        QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
        header.insert(QStringLiteral("schemaVersion"), 999);
        lines[0] = QJsonDocument(header).toJson(QJsonDocument::Compact);
    } else {
        lines = {"id,email", "1,a@b.c"};
    }
    const QString bad = m_work.filePath(QStringLiteral("bad.jsonl"));
    writeAll(bad, lines.join('\n') + '\n');

    std::unique_ptr<PgScratch> pg;
    if (engine != Sqlite) {
        pg = std::make_unique<PgScratch>();
        QVERIFY2(pg->isValid(), qPrintable(pg->error()));
    }
    const QString url = pg ? pg->url() : QString();
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(server(QStringLiteral("import"), dir.path(), url, {QStringLiteral("--input"), bad},
                    nullptr, &err),
             1);
    QVERIFY2(err.contains(message), err.constData());
    // Not a row, and not even the schema: the migration was in the rolled back transaction.
    Connection c(QStringLiteral("bad"), dir.path(), url);
    QVERIFY(c.db.isOpen());
    QCOMPARE(tables(c.db), QStringList());
    QCOMPARE(totalRows(c.db), 0);
}

void TestTransfer::postgresToSqlite()
{
    const QString dump = seededDump();
    QVERIFY(!dump.isEmpty());
    PgScratch pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const QString pgDir = m_work.filePath(QStringLiteral("pg-origin"));
    QCOMPARE(server(QStringLiteral("import"), pgDir, pg.url(), {QStringLiteral("--input"), dump}),
             0);
    // From PostgreSQL through standard output and input, as a pipe would carry it.
    QByteArray exported;
    QCOMPARE(server(QStringLiteral("export"), pgDir, pg.url(), {}, &exported), 0);
    QVERIFY(exported.endsWith("}\n"));
    const QString sqliteDir = m_work.filePath(QStringLiteral("back-to-sqlite"));
    QByteArray out;
    QCOMPARE(TestServer::run({QStringLiteral("import"), QStringLiteral("--data-dir"), sqliteDir,
                              QStringLiteral("--database"), Sqlite, QStringLiteral("--input"),
                              QStringLiteral("-")},
                             exported, &out),
             0);
    QVERIFY(out.contains("imported "));
    qint64 maxJobId = 0;
    {
        Connection p(QStringLiteral("origin"), {}, pg.url());
        Connection s(QStringLiteral("back"), sqliteDir, {});
        compareDatabases(p.db, s.db);
        if (QTest::currentTestFailed())
            return;
        QSqlQuery q(s.db);
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM jobs")) && q.next());
        maxJobId = q.value(0).toLongLong();
    }
    serveAndCreateJob(sqliteDir, {}, maxJobId);
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
