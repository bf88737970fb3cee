// LocalStore: the running timer and the jobs cache.
#include "localstore.h"

#include "localstoresql.h"

#include <QJsonDocument>

namespace jobdesk::net {

using namespace localsql;

Result<std::optional<RunningTimer>> LocalStore::runningTimer() const
{
    Result<std::optional<RunningTimer>> r;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT entry_id, job_id, started_at, last_heartbeat, note FROM "
                               "running_timer WHERE slot = 1"))) {
        r.error = storeError(q.lastError());
        return r;
    }
    if (q.next()) {
        RunningTimer t;
        t.entryId = QUuid::fromString(q.value(0).toString());
        t.jobId = q.value(1).toLongLong();
        t.startedAtMs = q.value(2).toLongLong();
        t.lastHeartbeatMs = q.value(3).toLongLong();
        t.note = q.value(4).toString();
        r.value = t;
    }
    return r;
}

Status LocalStore::setRunningTimer(const RunningTimer &t)
{
    return exec(db(),
                QStringLiteral("INSERT OR REPLACE INTO running_timer (slot, entry_id, job_id, "
                               "started_at, last_heartbeat, note) VALUES (1, ?, ?, ?, ?, ?)"),
                {t.entryId.toString(QUuid::WithoutBraces), t.jobId, t.startedAtMs,
                 t.lastHeartbeatMs, text(t.note)});
}

Status LocalStore::heartbeat(qint64 wallMs)
{
    const auto rows = execCount(
        db(), QStringLiteral("UPDATE running_timer SET last_heartbeat = ? WHERE slot = 1"),
        {wallMs});
    if (!rows.ok())
        return Status::failure(rows.error);
    if (rows.value == 0)
        return Status::failure(tr("No timer is running."));
    return {};
}

Status LocalStore::addEntries(const QList<TimeEntry> &entries, bool held)
{
    return writeSegments(entries, held, std::nullopt, false);
}

Status LocalStore::closeSegments(const QList<TimeEntry> &closed, bool held,
                                 const std::optional<RunningTimer> &next)
{
    return writeSegments(closed, held, next, true);
}

Status LocalStore::closeSegments(const QList<TimeEntry> &closed, const QList<TimeEntry> &heldSpan,
                                 const std::optional<RunningTimer> &next)
{
    return writeSegments(closed, false, next, true, heldSpan);
}

Status LocalStore::writeSegments(const QList<TimeEntry> &closed, bool held,
                                 const std::optional<RunningTimer> &next, bool touchTimer,
                                 const QList<TimeEntry> &heldToo)
{
    Transaction tx(db());
    QSqlQuery q(db());
    for (const TimeEntry &e : closed) {
        if (Status s = insertEntry(q, e, held); !s)
            return s;
    }
    for (const TimeEntry &e : heldToo) {
        if (Status s = insertEntry(q, e, true); !s)
            return s;
    }
    Status s;
    if (touchTimer)
        s = next ? setRunningTimer(*next) : exec(db(), QStringLiteral("DELETE FROM running_timer"));
    if (s)
        s = tx.commit();
    if (s && !(closed.isEmpty() && heldToo.isEmpty()))
        Q_EMIT entriesChanged();
    return s;
}

Status LocalStore::cacheJobs(const QList<QJsonObject> &jobs)
{
    Transaction tx(db());
    for (const QJsonObject &job : jobs) {
        const qint64 id = job.value(QStringLiteral("id")).toInteger();
        if (id <= 0)
            return Status::failure(tr("A job without an id cannot be cached."));
        Status s = exec(
            db(),
            QStringLiteral("INSERT OR REPLACE INTO jobs_cache (id, json, updated_at) "
                           "VALUES (?, ?, ?)"),
            {id, QString::fromUtf8(QJsonDocument(job).toJson(QJsonDocument::Compact)), nowMs()});
        if (!s)
            return s;
    }
    return tx.commit();
}

Status LocalStore::removeCachedJob(qint64 id)
{
    return exec(db(), QStringLiteral("DELETE FROM jobs_cache WHERE id = ?"), {id});
}

Result<QList<QJsonObject>> LocalStore::cachedJobs() const
{
    Result<QList<QJsonObject>> r;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT json FROM jobs_cache ORDER BY id"))) {
        r.error = storeError(q.lastError());
        return r;
    }
    while (q.next())
        r.value.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return r;
}

Result<std::optional<QJsonObject>> LocalStore::cachedJob(qint64 id) const
{
    Result<std::optional<QJsonObject>> r;
    const auto v = scalar(db(), QStringLiteral("SELECT json FROM jobs_cache WHERE id = ?"), {id});
    r.error = v.error;
    if (v.ok() && !v.value.isNull())
        r.value = QJsonDocument::fromJson(v.value.toString().toUtf8()).object();
    return r;
}

} // namespace jobdesk::net
