#include "timeentrystore.h"

#include "database.h"
#include "timecodec.h"

namespace jobdesk::server {

namespace {

const QString Columns = QStringLiteral("id, job_id, worker_id, started_at, ended_at, note, "
                                       "source, deleted, revision, updated_at, locked");

TimeEntry entryFromRow(const QSqlQuery &q)
{
    TimeEntry e;
    e.id = QUuid::fromString(q.value(0).toString());
    e.jobId = q.value(1).toLongLong();
    e.workerId = q.value(2).toLongLong();
    e.startedAt = fromDb(q.value(3));
    e.endedAt = fromDb(q.value(4));
    e.note = q.value(5).toString();
    e.source = timeEntrySourceFromString(q.value(6).toString()).value_or(TimeEntrySource::Manual);
    e.deleted = q.value(7).toInt() != 0;
    e.revision = q.value(8).toInt();
    e.updatedAt = fromDb(q.value(9));
    e.locked = q.value(10).toInt() != 0;
    return e;
}

QString key(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

std::optional<TimeEntry> TimeEntryStore::find(const QUuid &id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                                 QStringLiteral(" FROM time_entries WHERE id = ?"),
                             {key(id)});
    if (!q.next())
        return std::nullopt;
    TimeEntry e = entryFromRow(q);
    q.finish();
    return e;
}

void TimeEntryStore::insert(const TimeEntry &e)
{
    m_db.exec(QStringLiteral("INSERT INTO time_entries (") + Columns +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {key(e.id), e.jobId, e.workerId, toDb(e.startedAt), toDb(e.endedAt), e.note,
               toString(e.source), e.deleted ? 1 : 0, e.revision, toDb(e.updatedAt),
               e.locked ? 1 : 0});
}

void TimeEntryStore::update(const TimeEntry &e)
{
    m_db.exec(QStringLiteral("UPDATE time_entries SET job_id = ?, started_at = ?, ended_at = ?, "
                             "note = ?, source = ?, deleted = ?, revision = ?, updated_at = ? "
                             "WHERE id = ?"),
              {e.jobId, toDb(e.startedAt), toDb(e.endedAt), e.note, toString(e.source),
               e.deleted ? 1 : 0, e.revision, toDb(e.updatedAt), key(e.id)});
}

TimeEntryPage TimeEntryStore::list(const TimeEntryQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (query.jobId) {
        where << QStringLiteral("job_id = ?");
        binds << *query.jobId;
    }
    if (query.workerId) {
        where << QStringLiteral("worker_id = ?");
        binds << *query.workerId;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("started_at >= ?");
        binds << toDb(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("started_at < ?");
        binds << toDb(query.to);
    }
    if (!query.includeDeleted)
        where << QStringLiteral("deleted = 0");
    if (query.after) {
        where << QStringLiteral("(started_at > ? OR (started_at = ? AND id > ?))");
        binds << query.after->first << query.after->first << query.after->second;
    }
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM time_entries");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY started_at, id LIMIT ?");
    binds << query.limit + 1;
    TimeEntryPage page;
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next())
        page.items.append(entryFromRow(q));
    q.finish();
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        const TimeEntry &last = page.items.last();
        page.next = std::make_pair(last.startedAt.toMSecsSinceEpoch(), key(last.id));
    }
    return page;
}

} // namespace jobdesk::server
