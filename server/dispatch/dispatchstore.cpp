#include "dispatchstore.h"

#include "database.h"
#include "timecodec.h"

namespace jobdesk::server {

namespace {

const QString Columns = QStringLiteral("id, job_id, status, shortlist_size, window_seconds, "
                                       "offers_made, started_by, started_at, ended_at");

DispatchRun::Status statusFromString(const QString &s)
{
    if (s == QLatin1String("active"))
        return DispatchRun::Status::Active;
    if (s == QLatin1String("accepted"))
        return DispatchRun::Status::Accepted;
    if (s == QLatin1String("exhausted"))
        return DispatchRun::Status::Exhausted;
    return DispatchRun::Status::Stopped;
}

DispatchRun runFromRow(const QSqlQuery &q)
{
    DispatchRun r;
    r.id = q.value(0).toLongLong();
    r.jobId = q.value(1).toLongLong();
    r.status = statusFromString(q.value(2).toString());
    r.shortlistSize = q.value(3).toInt();
    r.windowSeconds = q.value(4).toInt();
    r.offersMade = q.value(5).toInt();
    r.startedBy = q.value(6).toLongLong();
    r.startedAt = fromDb(q.value(7));
    r.endedAt = fromDb(q.value(8));
    return r;
}

} // namespace

QString toString(DispatchRun::Status s)
{
    switch (s) {
    case DispatchRun::Status::Active:
        return QStringLiteral("active");
    case DispatchRun::Status::Accepted:
        return QStringLiteral("accepted");
    case DispatchRun::Status::Exhausted:
        return QStringLiteral("exhausted");
    case DispatchRun::Status::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("stopped");
}

qint64 DispatchStore::create(const DispatchRun &run)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO dispatch_runs (job_id, status, shortlist_size, window_seconds, "
                       "offers_made, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {run.jobId, toString(run.status), run.shortlistSize, run.windowSeconds, run.offersMade,
         run.startedBy, toDb(run.startedAt)});
}

std::optional<DispatchRun> DispatchStore::find(qint64 id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                                 QStringLiteral(" FROM dispatch_runs WHERE id = ?"),
                             {id});
    if (!q.next())
        return std::nullopt;
    DispatchRun r = runFromRow(q);
    q.finish();
    return r;
}

std::optional<DispatchRun> DispatchStore::active(qint64 jobId)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                                 QStringLiteral(" FROM dispatch_runs WHERE job_id = ? AND "
                                                "status = 'active' ORDER BY id DESC LIMIT 1"),
                             {jobId});
    if (!q.next())
        return std::nullopt;
    DispatchRun r = runFromRow(q);
    q.finish();
    return r;
}

bool DispatchStore::countOffer(qint64 runId, int offersMade)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE dispatch_runs SET offers_made = offers_made + 1 "
                                 "WHERE id = ? AND status = 'active' AND offers_made = ?"),
                  {runId, offersMade});
    const bool counted = q.numRowsAffected() == 1;
    q.finish();
    return counted;
}

bool DispatchStore::end(qint64 runId, DispatchRun::Status status, qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE dispatch_runs SET status = ?, ended_at = ? "
                                            "WHERE id = ? AND status = 'active'"),
                             {toString(status), nowMs, runId});
    const bool ended = q.numRowsAffected() == 1;
    q.finish();
    return ended;
}

std::optional<QString> DispatchStore::setting(const QString &key)
{
    const QVariant v =
        m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE setting_key = ?"), {key});
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

void DispatchStore::setSetting(const QString &key, const QString &value, qint64 userId,
                               qint64 nowMs)
{
    m_db.exec(QStringLiteral("INSERT INTO settings (setting_key, value, updated_by, updated_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT (setting_key) DO UPDATE SET "
                             "value = excluded.value, updated_by = excluded.updated_by, "
                             "updated_at = excluded.updated_at"),
              {key, value, userId, nowMs});
}

} // namespace jobdesk::server
