#include "workerstats.h"

#include "database.h"
#include "workerpool.h"

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace jobdesk::server {

namespace {

struct Extra
{
    qint64 bookedMs = 0;
    int dueCompleted = 0; // completed jobs that had a due date
    int onTime = 0;       // of those, completed by it
};

// Start of the current week (Monday 00:00) in the zone, as ms since the epoch.
qint64 weekStartMs(const QString &zoneId, const QDateTime &now)
{
    QTimeZone tz(zoneId.toUtf8());
    if (!tz.isValid())
        tz = QTimeZone::utc();
    const QDate today = now.toTimeZone(tz).date();
    return today.addDays(1 - today.dayOfWeek()).startOfDay(tz).toMSecsSinceEpoch();
}

QJsonValue rate(int part, int whole)
{
    if (whole <= 0)
        return QJsonValue::Null;
    return std::round(1000.0 * part / whole) / 1000.0;
}

} // namespace

QJsonArray workerStats(Database &db, const QDateTime &now, std::optional<qint64> onlyWorker)
{
    const WorkerPool pool = WorkerPool::load(db, now, onlyWorker);
    QHash<qint64, Extra> extra;
    QHash<QString, qint64> weekStarts; // per time zone
    QHash<qint64, qint64> weekStartOf; // per worker
    for (const dispatch::Candidate &c : pool.workers()) {
        auto it = weekStarts.constFind(c.profile.timeZone);
        if (it == weekStarts.constEnd())
            it = weekStarts.insert(c.profile.timeZone, weekStartMs(c.profile.timeZone, now));
        weekStartOf.insert(c.workerId, *it);
    }
    const QString narrowed = onlyWorker ? QStringLiteral(" AND worker_id = ?") : QString();
    const QVariantList worker = onlyWorker ? QVariantList{*onlyWorker} : QVariantList{};
    {
        // Every week start lies within the last 8 days, whatever the zone.
        QSqlQuery &q =
            db.exec(QStringLiteral("SELECT worker_id, started_at, ended_at FROM time_entries WHERE "
                                   "deleted = 0 AND started_at >= ?") +
                        narrowed,
                    QVariantList{now.addDays(-8).toMSecsSinceEpoch()} + worker);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const qint64 started = q.value(1).toLongLong();
            if (started >= weekStartOf.value(id, std::numeric_limits<qint64>::max()))
                extra[id].bookedMs += q.value(2).toLongLong() - started;
        }
        q.finish();
    }
    {
        QSqlQuery &q = db.exec(
            QStringLiteral("SELECT worker_id, COUNT(*), SUM(CASE WHEN completed_at <= due_at "
                           "THEN 1 ELSE 0 END) FROM jobs WHERE status = 'completed' AND "
                           "worker_id IS NOT NULL AND due_at IS NOT NULL AND completed_at IS NOT "
                           "NULL") +
                narrowed + QStringLiteral(" GROUP BY worker_id"),
            worker);
        while (q.next()) {
            Extra &e = extra[q.value(0).toLongLong()];
            e.dueCompleted = q.value(1).toInt();
            e.onTime = q.value(2).toInt();
        }
        q.finish();
    }
    QJsonArray items;
    for (const dispatch::Candidate &c : pool.workers()) {
        const Extra e = extra.value(c.workerId);
        items.append(QJsonObject{
            {QStringLiteral("workerId"), c.workerId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("heldJobs"), c.heldJobs},
            {QStringLiteral("capacity"), c.profile.capacity},
            {QStringLiteral("minutesThisWeek"), e.bookedMs / 60000},
            {QStringLiteral("onTimeRate"), rate(e.onTime, e.dueCompleted)},
            {QStringLiteral("revisionRate"), rate(c.revisedJobs, c.completedJobs)},
            {QStringLiteral("rating"), c.ratedJobs > 0
                                           ? QJsonValue(std::round(c.rating * 100.0) / 100.0)
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ratedJobs"), c.ratedJobs},
            {QStringLiteral("completedJobs"), c.completedJobs},
            {QStringLiteral("recentOffers"), c.recentOffers},
        });
    }
    return items;
}

} // namespace jobdesk::server
