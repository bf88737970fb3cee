#include "database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStorage, "jobdesk.server.storage", QtInfoMsg)

namespace jobdesk::server {

namespace {

QAtomicInt connectionCounter;

// PostgreSQL advisory lock keys ('jobd' and the next): the event log's appends, and
// migrations.
constexpr qint64 EventLogLock = 0x6a6f6264;
constexpr qint64 MigrationLock = EventLogLock + 1;

struct Migration
{
    int version;
    QString resource;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral(":/migrations/0001_initial.sql")},
        {2, QStringLiteral(":/migrations/0002_uploads.sql")},
        {3, QStringLiteral(":/migrations/0003_messages.sql")},
        {4, QStringLiteral(":/migrations/0004_dispatch.sql")},
        {5, QStringLiteral(":/migrations/0005_analytics.sql")},
    };
    return list;
}

QString describe(const QSqlError &e)
{
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

} // namespace

Database::Database(Dialect dialect, QString connectionName)
    : m_dialect(dialect)
    , m_name(std::move(connectionName))
{}

std::unique_ptr<Database> Database::open(const DatabaseConfig &config, QString *error)
{
    const bool postgres = !config.url.isEmpty();
    const Dialect dialect(postgres ? Dialect::Engine::Postgres : Dialect::Engine::Sqlite);
    const QString name = QStringLiteral("jobdesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(dialect, name));
    db->m_db = QSqlDatabase::addDatabase(dialect.driver(), name);
    if (postgres) {
        const QUrl url(config.url, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                               url.scheme() != QLatin1String("postgres"))) {
            *error = QStringLiteral("not a postgresql:// URL: %1").arg(config.url);
            return nullptr;
        }
        db->m_db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db->m_db.setPort(url.port(5432));
        db->m_db.setUserName(url.userName());
        db->m_db.setPassword(url.password());
        db->m_db.setDatabaseName(url.path().mid(1));
    } else {
        db->m_db.setDatabaseName(config.sqlitePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (config.readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db->m_db.setConnectOptions(options);
    }
    if (!db->m_db.open()) {
        *error = describe(db->m_db.lastError());
        return nullptr;
    }
    try {
        if (postgres) {
            db->execRaw(QStringLiteral("SET TIME ZONE 'UTC'"));
            if (config.readOnly)
                db->execRaw(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        } else if (!config.readOnly) {
            // A read-only connection finds the file in WAL mode, set by the writers.
            db->execRaw(QStringLiteral("PRAGMA journal_mode=WAL"));
            db->execRaw(QStringLiteral("PRAGMA synchronous=NORMAL"));
            db->execRaw(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    } catch (const DbError &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return db;
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void Database::execQuietly(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        qCWarning(lcStorage) << describe(q.lastError()) << "in:" << sql;
}

void Database::execRaw(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw DbError(
            QString(describe(q.lastError()) + QStringLiteral(" in: ") + sql).toStdString(),
            q.lastError().nativeErrorCode());
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw DbError(QString(describe(q.lastError()) + QStringLiteral(" preparing: ") + sql)
                              .toStdString());
        it = m_statements.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    q.finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString is an empty text here; SQL NULL is only bound on purpose,
        // as a typed null QVariant (a due date that is not set, say).
        if (v.typeId() == QMetaType::QString &&
            static_cast<const QString *>(v.constData())->isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    if (!q.exec()) {
        const QString message = describe(q.lastError());
        const QString state = q.lastError().nativeErrorCode();
        if (m_dialect.engine() == Dialect::Engine::Postgres &&
            (state == QLatin1String("40P01") || state == QLatin1String("40001")))
            qCInfo(lcStorage) << "transaction lost a race, to be retried:" << message;
        else
            qCWarning(lcStorage) << "query failed:" << message << sql;
        throw DbError(message.toStdString(), state);
    }
    return q;
}

qint64 Database::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = exec(sql, binds);
    if (!q.next())
        throw DbError("INSERT ... RETURNING gave no row");
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds, const QVariant &fallback)
{
    QSqlQuery &q = exec(sql, binds);
    QVariant v = q.next() ? q.value(0) : fallback;
    q.finish();
    return v;
}

void Database::begin(bool immediate)
{
    if (m_depth > 0) {
        execRaw(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
        ++m_depth;
        return;
    }
    if (immediate && m_dialect.engine() == Dialect::Engine::Sqlite)
        execRaw(QStringLiteral("BEGIN IMMEDIATE"));
    else if (!m_db.transaction())
        throw DbError(describe(m_db.lastError()).toStdString());
    m_depth = 1;
}

void Database::commit()
{
    if (m_depth > 1) {
        execRaw(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    const bool committed = m_db.commit();
    m_depth = 0;
    m_eventLockDepth = m_notifiedDepth = 0;
    if (!committed) { // PostgreSQL has rolled it back; SQLite's is still open
        const QSqlError error = m_db.lastError();
        m_pendingEventId = 0;
        m_db.rollback();
        throw DbError(describe(error).toStdString(), error.nativeErrorCode());
    }
    if (const qint64 id = std::exchange(m_pendingEventId, 0); id && m_eventHook)
        m_eventHook(id);
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        if (m_eventLockDepth > m_depth) // released with the savepoint
            m_eventLockDepth = 0;
        if (m_notifiedDepth > m_depth)
            m_notifiedDepth = 0;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth)) ||
            !q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth)))
            qCWarning(lcStorage) << "savepoint rollback failed:" << describe(q.lastError());
        return; // events of the outer transaction still count
    }
    m_db.rollback();
    m_depth = 0;
    m_eventLockDepth = m_notifiedDepth = 0;
    m_pendingEventId = 0;
}

void Database::beforeEventAppend()
{
    Q_ASSERT(m_depth > 0);
    if (m_dialect.engine() != Dialect::Engine::Postgres || m_eventLockDepth)
        return;
    exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {EventLogLock});
    m_eventLockDepth = m_depth;
}

void Database::noteEventAppended(qint64 id)
{
    Q_ASSERT(m_depth > 0);
    if (m_dialect.engine() == Dialect::Engine::Postgres && !m_notifiedDepth) {
        exec(QStringLiteral("SELECT pg_notify(?, ?)"), {eventChannel(), QString::number(id)});
        m_notifiedDepth = m_depth;
    }
    m_pendingEventId = qMax(m_pendingEventId, id);
}

int Database::latestSchemaVersion()
{
    return migrations().last().version;
}

int Database::schemaVersion()
{
    execRaw(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                           "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        .toInt();
}

bool Database::migrate(QString *error)
{
    // Instances starting together on one PostgreSQL database take turns: the
    // first migrates, the others then find the schema current. A session lock, as
    // each migration commits on its own.
    const bool postgres = m_dialect.engine() == Dialect::Engine::Postgres;
    const auto unlock = qScopeGuard([&] {
        if (postgres)
            execQuietly(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLock));
    });
    try {
        if (postgres)
            execRaw(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLock));
        const int current = schemaVersion();
        if (current > latestSchemaVersion()) {
            *error = QStringLiteral("the database is at schema version %1, newer than this "
                                    "server knows (%2): upgrade jobdesk-server")
                         .arg(current)
                         .arg(latestSchemaVersion());
            return false;
        }
        for (const Migration &m : migrations()) {
            if (m.version <= current)
                continue;
            QFile file(m.resource);
            if (!file.open(QIODevice::ReadOnly))
                throw DbError("migration resource missing");
            const QString text = m_dialect.expand(QString::fromUtf8(file.readAll()));
            Transaction tx(*this);
            // Statements end with ';' at the end of a line; migrations keep no
            // semicolons inside literals.
            const QStringList statements = text.split(QStringLiteral(";\n"));
            for (QString statement : statements) {
                QStringList lines;
                for (const QString &line : statement.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().startsWith(QLatin1String("--")))
                        lines << line;
                }
                statement = lines.join(QLatin1Char('\n')).trimmed();
                if (statement.endsWith(QLatin1Char(';')))
                    statement.chop(1);
                if (!statement.isEmpty())
                    execRaw(statement);
            }
            exec(
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                {m.version, QDateTime::currentMSecsSinceEpoch()});
            tx.commit();
            qCInfo(lcStorage) << "applied migration" << m.version;
        }
    } catch (const DbError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace jobdesk::server
