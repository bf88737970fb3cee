#include "timesheetstore.h"

#include "database.h"
#include "timecodec.h"

#include <QMap>

#include <algorithm>

namespace jobdesk::server {

namespace week {

QDate startOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QTimeZone zone(const QString &ianaId)
{
    // Loading a zone reads the system's zone database: once per thread and id
    // (a few hundred ids exist), not once per row of a payroll export.
    static thread_local QHash<QString, QTimeZone> loaded;
    auto it = loaded.constFind(ianaId);
    if (it == loaded.constEnd()) {
        const QTimeZone tz(ianaId.toUtf8());
        it = loaded.insert(ianaId, tz.isValid() ? tz : QTimeZone::utc());
    }
    return *it;
}

QDate startAt(const QDateTime &instant, const QTimeZone &tz)
{
    return startOf(instant.toTimeZone(tz).date());
}

Span span(QDate monday, const QTimeZone &tz)
{
    // startOfDay, not midnight: where a clock change skips midnight the day
    // starts at the first moment that exists.
    return {monday.startOfDay(tz).toUTC(), monday.addDays(7).startOfDay(tz).toUTC()};
}

qint64 minutesOf(qint64 milliseconds)
{
    return (milliseconds + 30'000) / 60'000;
}

qint64 earningsCents(qint64 minutes, qint64 rateCents)
{
    return (minutes * rateCents + 30) / 60;
}

} // namespace week

namespace {

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

// Every zone offset lies within UTC-12..UTC+14, so this holds the week's
// entries whatever time zone the worker had when it was approved.
week::Span widestSpan(QDate monday)
{
    const QDateTime start = monday.startOfDay(QTimeZone::utc());
    return {start.addSecs(-14 * 3600), start.addDays(7).addSecs(12 * 3600)};
}

// Lists go by worker name (case-insensitive), then id, then week, the same on
// every database engine.
bool byWorkerAndWeek(const TimesheetRow &a, const TimesheetRow &b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    if (a.workerId != b.workerId)
        return a.workerId < b.workerId;
    return a.weekStart < b.weekStart;
}

} // namespace

QTimeZone TimesheetStore::zoneOf(qint64 workerId)
{
    return week::zone(m_db.scalar(QStringLiteral("SELECT time_zone FROM users WHERE id = ?"),
                                  {workerId}, QStringLiteral("UTC"))
                          .toString());
}

QList<TimesheetRow> TimesheetStore::collect(QDate monday, std::optional<qint64> onlyWorker)
{
    QMap<qint64, TimesheetRow> rows;
    // Workers with the same zone share the week's bounds: one aggregate per zone.
    QStringList zones;
    {
        QSqlQuery &q = onlyWorker
                           ? m_db.exec(QStringLiteral("SELECT time_zone FROM users WHERE id = ? "
                                                      "AND role = 'worker'"),
                                       {*onlyWorker})
                           : m_db.exec(QStringLiteral("SELECT DISTINCT time_zone FROM users "
                                                      "WHERE role = 'worker'"));
        while (q.next())
            zones << q.value(0).toString();
        q.finish();
    }
    for (const QString &zoneId : std::as_const(zones)) {
        const week::Span span = week::span(monday, week::zone(zoneId));
        QString sql = QStringLiteral(
            "SELECT u.id, u.name, u.email, u.hourly_rate_cents, SUM(e.ended_at - e.started_at), "
            "COUNT(*) FROM time_entries e JOIN users u ON u.id = e.worker_id "
            "WHERE u.time_zone = ? AND u.role = 'worker' AND e.deleted = 0 "
            "AND e.started_at >= ? AND e.started_at < ?");
        QVariantList binds{zoneId, toDb(span.from), toDb(span.to)};
        if (onlyWorker) {
            sql += QStringLiteral(" AND e.worker_id = ?");
            binds << *onlyWorker;
        }
        sql += QStringLiteral(" GROUP BY u.id, u.name, u.email, u.hourly_rate_cents");
        QSqlQuery &q = m_db.exec(sql, binds);
        while (q.next()) {
            TimesheetRow r;
            r.workerId = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.email = q.value(2).toString();
            r.rateCents = q.value(3).toLongLong();
            r.minutes = week::minutesOf(q.value(4).toLongLong());
            r.entries = q.value(5).toInt();
            r.timeZone = zoneId;
            r.span = span;
            rows.insert(r.workerId, r);
        }
        q.finish();
    }
    // Approved weeks show what was approved, with or without time behind it.
    QString sql = QStringLiteral(
        "SELECT w.worker_id, w.minutes, w.rate_cents, w.approved_by, w.approved_at, u.name, "
        "u.email, u.time_zone FROM timesheet_weeks w JOIN users u ON u.id = w.worker_id "
        "WHERE w.week_start = ?");
    QVariantList binds{dayText(monday)};
    if (onlyWorker) {
        sql += QStringLiteral(" AND w.worker_id = ?");
        binds << *onlyWorker;
    }
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        auto it = rows.find(id);
        if (it == rows.end()) {
            TimesheetRow r;
            r.workerId = id;
            r.name = q.value(5).toString();
            r.email = q.value(6).toString();
            r.timeZone = q.value(7).toString();
            r.span = week::span(monday, week::zone(r.timeZone));
            it = rows.insert(id, r);
        }
        it->minutes = q.value(1).toLongLong();
        it->rateCents = q.value(2).toLongLong();
        it->approvedBy = q.value(3).toLongLong();
        it->approvedAt = fromDb(q.value(4));
        it->approved = true;
    }
    q.finish();

    QList<TimesheetRow> list;
    list.reserve(rows.size());
    for (TimesheetRow &r : rows) {
        r.weekStart = monday;
        list.append(r);
    }
    std::sort(list.begin(), list.end(), byWorkerAndWeek);
    return list;
}

QList<TimesheetRow> TimesheetStore::week(QDate monday)
{
    return collect(monday, std::nullopt);
}

std::optional<TimesheetRow> TimesheetStore::row(qint64 workerId, QDate monday)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT name, email, time_zone, hourly_rate_cents "
                                            "FROM users WHERE id = ? AND role = 'worker'"),
                             {workerId});
    if (!q.next())
        return std::nullopt;
    TimesheetRow r;
    r.workerId = workerId;
    r.name = q.value(0).toString();
    r.email = q.value(1).toString();
    r.timeZone = q.value(2).toString();
    r.rateCents = q.value(3).toLongLong();
    r.weekStart = monday;
    r.span = week::span(monday, week::zone(r.timeZone));
    q.finish();
    const QList<TimesheetRow> found = collect(monday, workerId);
    return found.isEmpty() ? r : found.first();
}

void TimesheetStore::lock(qint64 workerId, const week::Span &span, bool locked)
{
    m_db.exec(QStringLiteral("UPDATE time_entries SET locked = ? WHERE worker_id = ? "
                             "AND started_at >= ? AND started_at < ? AND locked = ?"),
              {locked ? 1 : 0, workerId, toDb(span.from), toDb(span.to), locked ? 0 : 1});
}

bool TimesheetStore::approve(qint64 workerId, QDate monday, qint64 approvedBy, const QDateTime &at)
{
    // The claim is the first write, so a second approval racing this one waits
    // for it and then finds the row; the totals are read after it, under the lock.
    QSqlQuery &claim = m_db.exec(
        QStringLiteral("INSERT INTO timesheet_weeks (worker_id, week_start, minutes, rate_cents, "
                       "approved_by, approved_at) SELECT id, ?, 0, hourly_rate_cents, ?, ? "
                       "FROM users WHERE id = ? ON CONFLICT (worker_id, week_start) DO NOTHING"),
        {dayText(monday), approvedBy, toDb(at), workerId});
    const bool claimed = claim.numRowsAffected() == 1;
    claim.finish();
    if (!claimed)
        return false;
    const week::Span span = week::span(monday, zoneOf(workerId));
    const qint64 ms = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(ended_at - started_at), 0) "
                                                 "FROM time_entries WHERE worker_id = ? AND "
                                                 "deleted = 0 AND started_at >= ? AND "
                                                 "started_at < ?"),
                                  {workerId, toDb(span.from), toDb(span.to)}, 0)
                          .toLongLong();
    m_db.exec(QStringLiteral("UPDATE timesheet_weeks SET minutes = ? WHERE worker_id = ? AND "
                             "week_start = ?"),
              {week::minutesOf(ms), workerId, dayText(monday)});
    lock(workerId, span, true);
    return true;
}

bool TimesheetStore::reopen(qint64 workerId, QDate monday)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("DELETE FROM timesheet_weeks WHERE worker_id = ? AND week_start = ?"),
        {workerId, dayText(monday)});
    const bool removed = q.numRowsAffected() == 1;
    q.finish();
    if (!removed)
        return false;
    // Unlock wide enough to cover a time zone changed since the approval, then
    // lock again what belongs to the approved weeks on either side.
    lock(workerId, widestSpan(monday), false);
    const QTimeZone tz = zoneOf(workerId);
    for (const QDate neighbour : {monday.addDays(-7), monday.addDays(7)}) {
        if (isApproved(workerId, neighbour))
            lock(workerId, week::span(neighbour, tz), true);
    }
    return true;
}

bool TimesheetStore::isApproved(qint64 workerId, QDate monday)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM timesheet_weeks WHERE worker_id = ? AND "
                                      "week_start = ?"),
                       {workerId, dayText(monday)}, 0)
               .toInt() == 1;
}

QList<TimesheetRow> TimesheetStore::approvedBetween(QDate from, QDate to)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT w.worker_id, u.name, u.email, u.time_zone, w.week_start, "
                                 "w.minutes, w.rate_cents, w.approved_by, w.approved_at "
                                 "FROM timesheet_weeks w JOIN users u ON u.id = w.worker_id "
                                 "WHERE w.week_start >= ? AND w.week_start <= ?"),
                  {dayText(from), dayText(to)});
    QList<TimesheetRow> rows;
    while (q.next()) {
        TimesheetRow r;
        r.workerId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.email = q.value(2).toString();
        r.timeZone = q.value(3).toString();
        r.weekStart = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.span = week::span(r.weekStart, week::zone(r.timeZone));
        r.minutes = q.value(5).toLongLong();
        r.rateCents = q.value(6).toLongLong();
        r.approvedBy = q.value(7).toLongLong();
        r.approvedAt = fromDb(q.value(8));
        r.approved = true;
        rows.append(r);
    }
    q.finish();
    std::sort(rows.begin(), rows.end(), byWorkerAndWeek);
    return rows;
}

bool ApprovedWeeks::contains(const QDateTime &start)
{
    if (!m_zone)
        m_zone = m_store.zoneOf(m_workerId);
    const QDate monday = week::startAt(start, *m_zone);
    auto it = m_known.constFind(monday);
    if (it == m_known.constEnd())
        it = m_known.insert(monday, m_store.isApproved(m_workerId, monday));
    return *it;
}

} // namespace jobdesk::server
