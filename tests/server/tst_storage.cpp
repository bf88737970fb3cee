// Storage on a real SQLite file: migrations, a newer schema refused, null-text
// binding, transactions, and pruning of expired rows.
#include "database.h"
#include "maintenance.h"
#include "serverconfig.h"
#include "timecodec.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk::server;

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesOnceAndRefusesNewerSchemas();
    void nullTextIsStoredAsEmpty();
    void transactionsRollBackUnlessCommitted();
    void innerTransactionsRollBackAlone();
    void prunesOnlyExpiredRows();

private:
    std::unique_ptr<Database> open(const QTemporaryDir &dir)
    {
        QString error;
        auto db = Database::open({dir.filePath(QStringLiteral("t.db")), {}}, &error);
        if (!db || !db->migrate(&error))
            qWarning("%s", qPrintable(error));
        return db;
    }
};

void TestStorage::migratesOnceAndRefusesNewerSchemas()
{
    QTemporaryDir dir;
    auto db = open(dir);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QString error;
    QVERIFY(db->migrate(&error)); // a second run changes nothing
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt(),
             Database::latestSchemaVersion());
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    db->exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)"));
    QVERIFY(!db->migrate(&error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
}

void TestStorage::nullTextIsStoredAsEmpty()
{
    QTemporaryDir dir;
    auto db = open(dir);
    db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES (?, ?)"),
             {QStringLiteral("k"), QString()});
    QCOMPARE(db->scalar(QStringLiteral("SELECT name IS NULL FROM skills")).toInt(), 0);
    // A deliberate NULL still binds as NULL.
    db->exec(
        QStringLiteral("INSERT INTO events (type, data, job_id, created_at) VALUES (?, ?, ?, 0)"),
        {QStringLiteral("t"), QStringLiteral("{}"), QVariant()});
    QCOMPARE(db->scalar(QStringLiteral("SELECT job_id IS NULL FROM events")).toInt(), 1);
}

void TestStorage::transactionsRollBackUnlessCommitted()
{
    QTemporaryDir dir;
    auto db = open(dir);
    {
        Transaction tx(*db);
        db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('a', 'A')"));
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM skills")).toInt(), 0);
    {
        Transaction tx(*db);
        db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('a', 'A')"));
        tx.commit();
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM skills")).toInt(), 1);
    QVERIFY_THROWS_EXCEPTION(
        DbError,
        db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('a', 'again')")));
}

void TestStorage::innerTransactionsRollBackAlone()
{
    QTemporaryDir dir;
    auto db = open(dir);
    qint64 announced = 0;
    db->setEventCommitHook([&announced](qint64 id) { announced = id; });
    const auto skills = [&] {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM skills")).toInt();
    };
    {
        Transaction outer(*db, true);
        db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('a', 'A')"));
        {
            Transaction failed(*db);
            db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('b', 'B')"));
        } // rolled back alone
        {
            Transaction kept(*db);
            db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('c', 'C')"));
            db->noteEventAppended(7);
            kept.commit();
        }
        QCOMPARE(skills(), 2);
        QCOMPARE(announced, 0); // nothing is visible before the outer commit
        outer.commit();
    }
    QCOMPARE(skills(), 2);
    QCOMPARE(announced, 7);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM skills WHERE skill_key = 'b'")).toInt(),
             0);
    {
        Transaction outer(*db);
        Transaction inner(*db);
        db->exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES ('d', 'D')"));
        inner.commit();
    } // the outer one rolls back what the inner one committed
    QCOMPARE(skills(), 2);
}

void TestStorage::prunesOnlyExpiredRows()
{
    QTemporaryDir dir;
    auto db = open(dir);
    ServerConfig config;
    const qint64 now = nowMs();
    const qint64 day = 24 * 3600 * 1000LL;
    const QString attempt = QStringLiteral(
        "INSERT INTO login_attempts (account, address, created_at) VALUES ('a', 'b', ?)");
    db->exec(attempt, {now - config.loginWindowSeconds * 1000 - 1}); // expired
    db->exec(attempt, {now - 1000});                                 // still counts
    const QString idem = QStringLiteral(
        "INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, body, "
        "created_at) VALUES (1, ?, 'h', 201, '{}', ?)");
    db->exec(idem, {QStringLiteral("old"), now - 2 * day});
    db->exec(idem, {QStringLiteral("new"), now - 1000});
    db->exec(QStringLiteral(
        "INSERT INTO users (email, name, role, status, password_hash, created_at, updated_at) "
        "VALUES ('u@x', 'U', 'worker', 'active', 'h', 0, 0)"));
    const QString token =
        QStringLiteral("INSERT INTO refresh_tokens (user_id, family, token_hash, created_at, "
                       "expires_at) VALUES (1, 'f', ?, 0, ?)");
    db->exec(token, {QStringLiteral("dead"), now - 8 * day});
    db->exec(token, {QStringLiteral("recent"), now - day}); // kept a while for reuse detection
    QCOMPARE(pruneExpired(*db, config, now), 3);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM login_attempts")).toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("SELECT idem_key FROM idempotency_keys")).toString(),
             QStringLiteral("new"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT token_hash FROM refresh_tokens")).toString(),
             QStringLiteral("recent"));
    QCOMPARE(pruneExpired(*db, config, now), 0);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
