#include "analyticsstore.h"

#include "database.h"
#include "timesheetstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>

namespace jobdesk::server {

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr double MinuteMs = 60'000.0;
constexpr double DefaultWeeklyHours = 40.0;

QDate epochDay(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber);
}

qint64 dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

// Weeks run Monday..Sunday. 1970-01-01 was a Thursday, so day number d lies in the
// week (d + 3) / 7, whose Monday is that times 7, minus 3.
QDate mondayOfWeek(qint64 week)
{
    return epochDay(week * 7 - 3);
}

qint64 weekOf(QDate day)
{
    return (dayNumber(day) + 3) / 7;
}

} // namespace

qint64 DayRange::beginMs() const
{
    return dayNumber(from) * DayMs;
}

qint64 DayRange::endMs() const
{
    return (dayNumber(to) + 1) * DayMs;
}

double quantile(const QList<qint64> &sorted, double p)
{
    const double rank = p * double(sorted.size() - 1);
    const auto lower = qsizetype(std::floor(rank));
    const qsizetype upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = rank - double(lower);
    return double(sorted.at(lower)) + fraction * double(sorted.at(upper) - sorted.at(lower));
}

Spread spreadOf(QList<qint64> durationsMs)
{
    Spread s;
    s.count = int(durationsMs.size());
    if (durationsMs.isEmpty())
        return s;
    std::sort(durationsMs.begin(), durationsMs.end());
    s.medianMinutes = quantile(durationsMs, 0.5) / MinuteMs;
    s.p90Minutes = quantile(durationsMs, 0.9) / MinuteMs;
    return s;
}

double availableHours(const QString &slotsJson, const DayRange &range)
{
    // Minutes per weekday (1 = Monday), overlapping slots of a day counted once.
    std::array<QList<std::pair<int, int>>, 8> slots;
    bool any = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(slotsJson.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        const int weekday = a.at(0).toInt();
        const int start = std::max(0, a.at(1).toInt());
        const int end = std::min(1440, a.at(2).toInt());
        if (weekday < 1 || weekday > 7 || start >= end)
            continue;
        slots[size_t(weekday)].append({start, end});
        any = true;
    }
    if (!any)
        return DefaultWeeklyHours / 7.0 * range.days();
    std::array<int, 8> minutes{};
    for (int day = 1; day <= 7; ++day) {
        QList<std::pair<int, int>> &list = slots[size_t(day)];
        std::sort(list.begin(), list.end());
        int reached = 0;
        for (const auto &[start, end] : list) {
            minutes[size_t(day)] += std::max(0, end - std::max(start, reached));
            reached = std::max(reached, end);
        }
    }
    qint64 total = 0;
    for (QDate d = range.from; d <= range.to; d = d.addDays(1))
        total += minutes[size_t(d.dayOfWeek())];
    return double(total) / 60.0;
}

JobAnalytics AnalyticsStore::jobs(const DayRange &range)
{
    JobAnalytics a;
    const QVariantList span{range.beginMs(), range.endMs()};
    Transaction snapshot(m_db); // never committed: one consistent read

    // Jobs created and completed per day: a day list and two counts over a range of
    // the created_at and completed_at indexes each, rather than a GROUP BY on the day,
    // which would sort every job of the range first.
    QSqlQuery *q = &m_db.exec(
        QStringLiteral(
            "WITH RECURSIVE days (b) AS ("
            " SELECT CAST(? AS BIGINT) UNION ALL SELECT b + 86400000 FROM days"
            " WHERE b + 86400000 < ?) "
            "SELECT b,"
            " (SELECT COUNT(*) FROM jobs WHERE created_at >= b AND created_at < b + 86400000),"
            " (SELECT COUNT(*) FROM jobs WHERE completed_at >= b AND completed_at < b + 86400000) "
            "FROM days ORDER BY b"),
        span);
    while (q->next()) {
        const QDate day = epochDay(q->value(0).toLongLong() / DayMs);
        a.createdPerDay.append({day, q->value(1).toInt()});
        a.completedPerDay.append({day, q->value(2).toInt()});
    }
    q->finish();

    QHash<QString, int> states;
    q = &m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM jobs "
                                  "WHERE created_at >= ? AND created_at < ? GROUP BY status"),
                   span);
    while (q->next())
        states[q->value(0).toString()] += q->value(1).toInt();
    q->finish();
    for (JobStatus status : allJobStatuses())
        a.byState.append({status, states.value(toString(status))});

    QList<qint64> waits;
    q = &m_db.exec(QStringLiteral("SELECT assigned_at - created_at FROM jobs "
                                  "WHERE assigned_at >= ? AND assigned_at < ?"),
                   span);
    while (q->next())
        waits.append(q->value(0).toLongLong());
    q->finish();
    a.toAssignment = spreadOf(std::move(waits));

    QList<qint64> leads;
    q = &m_db.exec(QStringLiteral("SELECT completed_at - created_at, revision_count FROM jobs "
                                  "WHERE completed_at >= ? AND completed_at < ?"),
                   span);
    while (q->next()) {
        leads.append(q->value(0).toLongLong());
        if (q->value(1).toInt() > 0)
            ++a.completedWithRevision;
    }
    q->finish();
    a.completed = int(leads.size());
    a.toCompletion = spreadOf(std::move(leads));

    // Sums of conditions rather than a GROUP BY status: no sort of the offers.
    q = &m_db.exec(QStringLiteral("SELECT COUNT(*),"
                                  " SUM(CASE WHEN status = 'accepted' THEN 1 ELSE 0 END),"
                                  " SUM(CASE WHEN status = 'declined' THEN 1 ELSE 0 END),"
                                  " SUM(CASE WHEN status = 'expired' THEN 1 ELSE 0 END) "
                                  "FROM offers WHERE offered_at >= ? AND offered_at < ?"),
                   span);
    if (q->next()) {
        a.offersMade = q->value(0).toInt();
        a.offersAccepted = q->value(1).toInt(); // SUM of no rows is NULL: 0
        a.offersDeclined = q->value(2).toInt();
        a.offersExpired = q->value(3).toInt();
    }
    q->finish();
    return a;
}

TimeAnalytics AnalyticsStore::time(const DayRange &range)
{
    TimeAnalytics a;
    Transaction snapshot(m_db); // never committed: one consistent read

    // Tracked time per account and week in one statement: a week list (clipped to the
    // range) and, for each account and week, the sum over one range of the live
    // entries' (worker, start) index. One pass over the entries, no sort: a GROUP BY
    // on the week would make SQLite sort every entry of the range first.
    const qint64 firstMonday = dayNumber(mondayOfWeek(weekOf(range.from))) * DayMs;
    const qint64 firstEnd = std::min(firstMonday + 7 * DayMs, range.endMs());
    QHash<qint64, qint64> perWeek;
    QHash<qint64, qint64> perWorker;
    QSqlQuery *q = &m_db.exec(
        QStringLiteral(
            "WITH RECURSIVE weeks (b, e) AS ("
            " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT)"
            " UNION ALL SELECT e, CASE WHEN e + 604800000 < ? THEN e + 604800000 ELSE ? END"
            " FROM weeks WHERE e < ?) "
            "SELECT u.id, w.b, (SELECT SUM(t.ended_at - t.started_at) FROM time_entries t"
            " WHERE t.worker_id = u.id AND t.started_at >= w.b AND t.started_at < w.e"
            " AND t.deleted = 0) "
            "FROM users u CROSS JOIN weeks w"),
        {range.beginMs(), firstEnd, range.endMs(), range.endMs(), range.endMs()});
    while (q->next()) {
        const qint64 ms = q->value(2).toLongLong(); // NULL (no entries) reads as 0
        if (ms == 0)
            continue;
        perWorker[q->value(0).toLongLong()] += ms;
        perWeek[weekOf(epochDay(q->value(1).toLongLong() / DayMs))] += ms;
    }
    q->finish();
    for (qint64 w = weekOf(range.from); w <= weekOf(range.to); ++w)
        a.perWeek.append({mondayOfWeek(w), perWeek.value(w)});

    // Approved weeks that start in the range, at the minutes and rate they froze.
    struct Approved
    {
        qint64 minutes = 0;
        qint64 earningsCents = 0;
    };
    QHash<qint64, Approved> approved;
    q = &m_db.exec(QStringLiteral("SELECT worker_id, minutes, rate_cents FROM timesheet_weeks "
                                  "WHERE week_start >= ? AND week_start <= ?"),
                   {range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)});
    while (q->next()) {
        Approved &row = approved[q->value(0).toLongLong()];
        const qint64 minutes = q->value(1).toLongLong();
        row.minutes += minutes;
        row.earningsCents += week::earningsCents(minutes, q->value(2).toLongLong());
    }
    q->finish();

    q = &m_db.exec(QStringLiteral("SELECT id, name, role, status, hourly_rate_cents, availability "
                                  "FROM users ORDER BY name, id"));
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const qint64 tracked = perWorker.value(id);
        const bool activeWorker = q->value(2).toString() == QLatin1String("worker") &&
                                  q->value(3).toString() == QLatin1String("active");
        if (!activeWorker && tracked == 0 && !approved.contains(id))
            continue;
        WorkerTime w;
        w.workerId = id;
        w.name = q->value(1).toString();
        w.rateCents = q->value(4).toLongLong();
        w.availableHours = availableHours(q->value(5).toString(), range);
        w.trackedMs = tracked;
        const Approved row = approved.value(id);
        w.approvedMinutes = row.minutes;
        w.earningsCents = row.earningsCents;
        a.workers.append(w);
    }
    q->finish();
    return a;
}

} // namespace jobdesk::server
