#pragma once

#include "dialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <stdexcept>

namespace jobdesk::server {

// A storage failure inside a request. The HTTP adapter turns it into a 503
// problem; it never crosses an event-loop boundary.
class DbError final : public std::runtime_error
{
public:
    explicit DbError(const std::string &message, QString sqlState = {})
        : std::runtime_error(message)
        , m_sqlState(std::move(sqlState))
    {}
    // A deadlock or serialization failure (SQLSTATE 40P01/40001): the transaction
    // was rolled back and the same work may simply run again.
    bool isTransient() const
    {
        return m_sqlState == QLatin1String("40P01") || m_sqlState == QLatin1String("40001");
    }

private:
    QString m_sqlState;
};

struct DatabaseConfig
{
    QString sqlitePath;    // used when url is empty
    QString url;           // postgresql://user:password@host:port/dbname
    bool readOnly = false; // a connection that can only read (analytics, reports)
};

// One connection, owned by the thread that opened it. Each server thread opens
// its own; SQLite runs in WAL mode so readers never wait for the writer.
class Database final
{
public:
    static std::unique_ptr<Database> open(const DatabaseConfig &config, QString *error);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }

    // A prepared statement for `sql`, cached per connection, with `binds` bound
    // positionally and executed. Throws DbError on failure.
    QSqlQuery &exec(const QString &sql, const QVariantList &binds = {});
    // Executes an INSERT ... RETURNING id and returns the id.
    qint64 insert(const QString &sql, const QVariantList &binds);
    // First column of the first row, or `fallback` when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &binds = {},
                    const QVariant &fallback = {});

    // Transactions nest: an inner one is a savepoint, so its rollback undoes only
    // its own writes (a bulk operation keeps one transaction around many small
    // ones). `immediate` takes SQLite's write lock at once, so a transaction that
    // reads before it writes never fails to upgrade; the outermost one decides.
    void begin(bool immediate = false);
    void commit();
    void rollback(); // never throws

    bool inTransaction() const { return m_depth > 0; }

    // Called after a commit that appended events, with the highest new event id.
    // Rolled-back events are never announced.
    void setEventCommitHook(std::function<void(qint64)> hook) { m_eventHook = std::move(hook); }
    // Around an event's INSERT, inside a transaction. On PostgreSQL ids come from a
    // sequence, so two transactions could commit them out of order and a reader who
    // has seen id N would never see a smaller id committed later: appends are
    // serialised by a transaction-scoped advisory lock taken before the first one,
    // and the first one rings the other instances' doorbell (NOTIFY, sent at commit).
    // SQLite has a single writer already.
    void beforeEventAppend();
    void noteEventAppended(qint64 id);
    // The NOTIFY channel the event log rings on PostgreSQL.
    static QString eventChannel() { return QStringLiteral("jobdesk_events"); }

    bool migrate(QString *error);
    int schemaVersion();
    static int latestSchemaVersion();

private:
    Database(Dialect dialect, QString connectionName);
    void execRaw(const QString &sql);
    void execQuietly(const QString &sql); // logs instead of throwing

    Dialect m_dialect;
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    std::function<void(qint64)> m_eventHook;
    qint64 m_pendingEventId = 0;
    int m_depth = 0; // open transactions: 1 is the real one, more are savepoints
    // The depth at which this transaction took the event lock and rang (0: not yet);
    // a savepoint rolled back below it undoes both.
    int m_eventLockDepth = 0;
    int m_notifiedDepth = 0;
};

// Commits on commit(), rolls back when it goes out of scope without one.
class Transaction final
{
public:
    explicit Transaction(Database &db, bool immediate = false)
        : m_db(db)
    {
        m_db.begin(immediate);
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace jobdesk::server
