#include "localstore.h"

#include "localmigrations.h"
#include "localstoresql.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace jobdesk::net {

using namespace localsql;

namespace {

QAtomicInt connectionCounter;

constexpr qint64 MaxSpanMs = qint64(24) * 60 * 60 * 1000;
constexpr int MaxNoteLength = 2000;

const QString EntryColumns =
    QStringLiteral("id, job_id, started_at, ended_at, note, source, deleted, revision, "
                   "sync_state, reason, server_copy, held, updated_at");

std::optional<TimeEntry> decodeServerCopy(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return entryFromServerJson(QJsonDocument::fromJson(v.toString().toUtf8()).object());
}

LocalEntry readEntry(const QSqlQuery &q)
{
    LocalEntry l;
    TimeEntry &e = l.entry;
    e.id = QUuid::fromString(q.value(0).toString());
    e.jobId = q.value(1).toLongLong();
    e.startedAt = fromMs(q.value(2));
    e.endedAt = fromMs(q.value(3));
    e.note = q.value(4).toString();
    e.source = timeEntrySourceFromString(q.value(5).toString()).value_or(TimeEntrySource::Timer);
    e.deleted = q.value(6).toBool();
    e.revision = q.value(7).toInt();
    l.state = syncStateFromString(q.value(8).toString()).value_or(SyncState::Pending);
    l.reason = q.value(9).toString();
    l.serverCopy = decodeServerCopy(q.value(10));
    l.held = q.value(11).toBool();
    l.localUpdatedAt = fromMs(q.value(12));
    return l;
}

Status validate(const TimeEntry &e)
{
    if (e.id.isNull())
        return Status::failure(LocalStore::tr("The entry has no id."));
    if (e.jobId <= 0)
        return Status::failure(LocalStore::tr("The entry has no job."));
    if (!e.startedAt.isValid() || !e.endedAt.isValid() || e.endedAt <= e.startedAt)
        return Status::failure(LocalStore::tr("The entry must end after it starts."));
    if (e.startedAt.msecsTo(e.endedAt) > MaxSpanMs)
        return Status::failure(LocalStore::tr("An entry may span at most 24 hours."));
    if (e.note.size() > MaxNoteLength)
        return Status::failure(
            LocalStore::tr("The note is longer than %n characters.", nullptr, MaxNoteLength));
    return {};
}

} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_connection(
          QStringLiteral("jobdesk.localstore.%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

LocalStore::~LocalStore()
{
    close();
}

QSqlDatabase LocalStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Status LocalStore::open(const QString &path)
{
    close();
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open()) {
            const QString why = d.lastError().text();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return Status::failure(tr("Cannot open the local store %1: %2").arg(path, why));
        }
    }
    m_path = path;
    // WAL lets the UI read while the timer writes; FULL makes every commit (the
    // timer's first row, each heartbeat) survive a power loss, not just a crash.
    const auto mode = scalar(db(), QStringLiteral("PRAGMA journal_mode=WAL"));
    const bool walOk =
        mode.ok() && mode.value.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    Status s = walOk ? exec(db(), QStringLiteral("PRAGMA synchronous=FULL"))
                     : Status::failure(tr("The local store cannot use write-ahead logging."));
    if (s)
        s = migrate();
    if (!s)
        close();
    return s;
}

void LocalStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase d = db();
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

int LocalStore::latestSchemaVersion()
{
    return localMigrations().constLast().version;
}

int LocalStore::schemaVersion() const
{
    const auto v = scalar(db(), QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM "
                                               "schema_migrations"));
    return v.ok() ? v.value.toInt() : 0;
}

Status LocalStore::migrate()
{
    Status s =
        exec(db(), QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                  "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"));
    if (!s)
        return s;
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return Status::failure(tr("The local store was written by a newer version of Jobdesk "
                                  "(schema %1, this version knows %2).")
                                   .arg(current)
                                   .arg(latestSchemaVersion()));
    for (const LocalMigration &m : localMigrations()) {
        if (m.version <= current)
            continue;
        Transaction tx(db());
        for (const QString &statement : m.statements) {
            if (!(s = exec(db(), statement)))
                return s;
        }
        s = exec(db(), QStringLiteral("INSERT INTO schema_migrations VALUES (?, ?)"),
                 {m.version, nowMs()});
        if (!s || !(s = tx.commit()))
            return s;
    }
    return {};
}

Status LocalStore::changed(Status s)
{
    if (s)
        Q_EMIT entriesChanged();
    return s;
}

Status LocalStore::insertEntry(QSqlQuery &q, const TimeEntry &e, bool held)
{
    if (Status s = validate(e); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO time_entries (") + EntryColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', '', NULL, ?, ?)"));
    for (const QVariant &v :
         {QVariant(e.id.toString(QUuid::WithoutBraces)), QVariant(e.jobId), toMs(e.startedAt),
          toMs(e.endedAt), text(e.note), QVariant(toString(e.source)), QVariant(e.deleted),
          QVariant(qMax(1, e.revision)), QVariant(held), QVariant(nowMs())})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(tr("Cannot save the time entry: %1").arg(describe(q.lastError())));
    return {};
}

Status LocalStore::addEntry(const TimeEntry &entry, bool held)
{
    QSqlQuery q(db());
    return changed(insertEntry(q, entry, held));
}

Status LocalStore::bumpRevision(const QUuid &id, const QString &setClause,
                                const QVariantList &binds)
{
    // A conflicted entry's edit must outrank the server's copy, or it would conflict again.
    const QString sql =
        QStringLiteral("UPDATE time_entries SET ") + setClause +
        QStringLiteral(", revision = MAX(revision, COALESCE(json_extract(server_copy, "
                       "'$.revision'), 0)) + 1, sync_state = 'pending', reason = '', "
                       "server_copy = NULL, updated_at = ? WHERE id = ?");
    QVariantList all = binds;
    all << nowMs() << id.toString(QUuid::WithoutBraces);
    const auto rows = execCount(db(), sql, all);
    if (!rows.ok())
        return Status::failure(rows.error);
    if (rows.value == 0)
        return Status::failure(tr("There is no such time entry."));
    return changed({});
}

Status LocalStore::editEntry(const TimeEntry &e)
{
    if (Status s = validate(e); !s)
        return s;
    return bumpRevision(
        e.id,
        QStringLiteral("job_id = ?, started_at = ?, ended_at = ?, note = ?, "
                       "source = ?"),
        {e.jobId, toMs(e.startedAt), toMs(e.endedAt), text(e.note), toString(e.source)});
}

Status LocalStore::deleteEntry(const QUuid &id)
{
    return bumpRevision(id, QStringLiteral("deleted = 1"), {});
}

Status LocalStore::confirmHeld(const QUuid &id)
{
    return confirmHeld(QList<QUuid>{id});
}

Status LocalStore::discardHeld(const QUuid &id)
{
    return discardHeld(QList<QUuid>{id});
}

Status LocalStore::confirmHeld(const QList<QUuid> &ids)
{
    return settleHeld(ids, QStringLiteral("held = 0"));
}

Status LocalStore::discardHeld(const QList<QUuid> &ids)
{
    return settleHeld(ids, QStringLiteral("deleted = 1"));
}

Status LocalStore::assignHeld(const QList<QUuid> &ids, qint64 jobId, const QString &note)
{
    if (jobId <= 0)
        return Status::failure(tr("The entry has no job."));
    if (note.size() > MaxNoteLength)
        return Status::failure(
            tr("The note is longer than %n characters.", nullptr, MaxNoteLength));
    return settleHeld(ids, QStringLiteral("held = 0, job_id = ?, note = ?, source = 'manual'"),
                      {jobId, text(note)});
}

Status LocalStore::settleHeld(const QList<QUuid> &ids, const QString &setClause,
                              const QVariantList &binds)
{
    if (ids.isEmpty())
        return Status::failure(tr("There is no such entry awaiting confirmation."));
    Transaction tx(db());
    for (const QUuid &id : ids) {
        QVariantList all = binds;
        all << nowMs() << id.toString(QUuid::WithoutBraces);
        const auto rows = execCount(db(),
                                    QStringLiteral("UPDATE time_entries SET ") + setClause +
                                        QStringLiteral(", updated_at = ? WHERE id = ? AND held = 1 "
                                                       "AND deleted = 0"),
                                    all);
        if (!rows.ok())
            return Status::failure(rows.error);
        if (rows.value == 0)
            return Status::failure(tr("There is no such entry awaiting confirmation."));
    }
    return changed(tx.commit());
}

Result<QList<LocalEntry>> LocalStore::selectEntries(const QString &where, const QVariantList &binds,
                                                    const QString &tail) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + EntryColumns +
              QStringLiteral(" FROM time_entries WHERE ") + where + QLatin1Char(' ') + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Result<QList<LocalEntry>> r;
    if (!q.exec()) {
        r.error = tr("Cannot read time entries: %1").arg(describe(q.lastError()));
        return r;
    }
    while (q.next())
        r.value.append(readEntry(q));
    return r;
}

Result<std::optional<LocalEntry>> LocalStore::entry(const QUuid &id) const
{
    const auto list = selectEntries(QStringLiteral("id = ?"), {id.toString(QUuid::WithoutBraces)});
    Result<std::optional<LocalEntry>> r;
    r.error = list.error;
    if (!list.value.isEmpty())
        r.value = list.value.constFirst();
    return r;
}

Result<QList<LocalEntry>> LocalStore::entries(const QDateTime &from, const QDateTime &to,
                                              bool includeDeleted) const
{
    return selectEntries(QStringLiteral("started_at < ? AND ended_at > ?") +
                             (includeDeleted ? QString() : QStringLiteral(" AND deleted = 0")),
                         {toMs(to), toMs(from)}, QStringLiteral("ORDER BY started_at, id"));
}

Result<QList<LocalEntry>> LocalStore::heldEntries() const
{
    return selectEntries(QStringLiteral("held = 1 AND deleted = 0"), {},
                         QStringLiteral("ORDER BY started_at, id"));
}

Result<QList<LocalEntry>> LocalStore::pendingBatch(int limit) const
{
    return selectEntries(QStringLiteral("sync_state = 'pending' AND held = 0"), {},
                         QStringLiteral("ORDER BY updated_at, id LIMIT %1").arg(qMax(1, limit)));
}

} // namespace jobdesk::net
