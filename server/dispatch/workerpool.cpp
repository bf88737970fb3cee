#include "workerpool.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jobdesk::server {

namespace {

QList<AvailabilitySlot> availabilityFromDb(const QString &text)
{
    QList<AvailabilitySlot> slots;
    if (text.isEmpty() || text == QLatin1String("[]"))
        return slots;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    slots.reserve(a.size());
    for (const QJsonValue &v : a) {
        const QJsonArray s = v.toArray();
        slots.append({s.at(0).toInt(), s.at(1).toInt(), s.at(2).toInt()});
    }
    return slots;
}

// `column = ?` narrowing for one worker, or nothing.
QString narrow(const std::optional<qint64> &worker, const QString &column, QVariantList &binds)
{
    if (!worker)
        return {};
    binds << *worker;
    return QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
}

} // namespace

WorkerPool WorkerPool::load(Database &db, const QDateTime &now, std::optional<qint64> onlyWorker)
{
    WorkerPool pool;
    {
        QVariantList binds;
        const QString where = narrow(onlyWorker, QStringLiteral("id"), binds);
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, name, status, capacity, time_zone, "
                                              "availability FROM users WHERE role = 'worker'") +
                                   where + QStringLiteral(" ORDER BY id"),
                               binds);
        while (q.next()) {
            dispatch::Candidate c;
            c.workerId = q.value(0).toLongLong();
            c.name = q.value(1).toString();
            c.status =
                accountStatusFromString(q.value(2).toString()).value_or(AccountStatus::Disabled);
            c.profile.capacity = q.value(3).toInt();
            c.profile.timeZone = q.value(4).toString();
            c.profile.availability = availabilityFromDb(q.value(5).toString());
            pool.m_index.insert(c.workerId, pool.m_workers.size());
            pool.m_workers.append(std::move(c));
        }
        q.finish();
    }
    if (pool.m_workers.isEmpty())
        return pool;
    {
        QVariantList binds;
        const QString where = narrow(onlyWorker, QStringLiteral("u.id"), binds);
        QSqlQuery &q = db.exec(QStringLiteral("SELECT ws.user_id, ws.skill_key, ws.level FROM "
                                              "worker_skills ws JOIN users u ON u.id = ws.user_id "
                                              "WHERE u.role = 'worker'") +
                                   where + QStringLiteral(" ORDER BY ws.user_id, ws.skill_key"),
                               binds);
        while (q.next()) {
            const auto it = pool.m_index.constFind(q.value(0).toLongLong());
            if (it != pool.m_index.constEnd())
                pool.m_workers[*it].profile.skills.append(
                    {q.value(1).toString(), q.value(2).toInt()});
        }
        q.finish();
    }
    {
        // Held jobs, completed jobs, how many of those needed a revision, ratings.
        QVariantList binds;
        const QString where = narrow(onlyWorker, QStringLiteral("worker_id"), binds);
        QSqlQuery &q =
            db.exec(QStringLiteral("SELECT worker_id, "
                                   "SUM(CASE WHEN status IN ('assigned', 'in_progress', 'review', "
                                   "'revision') THEN 1 ELSE 0 END), "
                                   "SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), "
                                   "SUM(CASE WHEN status = 'completed' AND revision_count > 0 "
                                   "THEN 1 ELSE 0 END), "
                                   "AVG(rating), COUNT(rating) "
                                   "FROM jobs WHERE worker_id IS NOT NULL") +
                        where + QStringLiteral(" GROUP BY worker_id"),
                    binds);
        while (q.next()) {
            const auto it = pool.m_index.constFind(q.value(0).toLongLong());
            if (it == pool.m_index.constEnd())
                continue;
            dispatch::Candidate &c = pool.m_workers[*it];
            c.heldJobs = q.value(1).toInt();
            c.completedJobs = q.value(2).toInt();
            c.revisedJobs = q.value(3).toInt();
            c.ratedJobs = q.value(5).toInt();
            c.rating = c.ratedJobs > 0 ? q.value(4).toDouble() : 0.0;
        }
        q.finish();
    }
    {
        QVariantList binds{now.addDays(-FairnessDays).toMSecsSinceEpoch()};
        const QString where = narrow(onlyWorker, QStringLiteral("worker_id"), binds);
        QSqlQuery &q = db.exec(QStringLiteral("SELECT worker_id, COUNT(*) FROM offers WHERE "
                                              "offered_at >= ?") +
                                   where + QStringLiteral(" GROUP BY worker_id"),
                               binds);
        while (q.next()) {
            const auto it = pool.m_index.constFind(q.value(0).toLongLong());
            if (it != pool.m_index.constEnd())
                pool.m_workers[*it].recentOffers = q.value(1).toInt();
        }
        q.finish();
    }
    return pool;
}

const dispatch::Candidate *WorkerPool::find(qint64 workerId) const
{
    const auto it = m_index.constFind(workerId);
    return it == m_index.constEnd() ? nullptr : &m_workers.at(*it);
}

QList<dispatch::Candidate> WorkerPool::forJob(Database &db, qint64 jobId,
                                              std::optional<qint64> runId) const
{
    QList<dispatch::Candidate> out = m_workers;
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT worker_id, status, run_id FROM offers WHERE job_id = ?"), {jobId});
    while (q.next()) {
        const auto it = m_index.constFind(q.value(0).toLongLong());
        if (it == m_index.constEnd())
            continue;
        dispatch::Candidate &c = out[*it];
        const QString status = q.value(1).toString();
        if (status == QLatin1String("pending"))
            c.offerPendingThisJob = true;
        else if (status == QLatin1String("declined") || status == QLatin1String("expired"))
            c.declinedThisJob = true;
        else if (runId && !q.value(2).isNull() && q.value(2).toLongLong() == *runId)
            c.declinedThisJob = true; // this run offered it to them already
    }
    q.finish();
    return out;
}

void WorkerPool::noteOffer(qint64 workerId)
{
    const auto it = m_index.constFind(workerId);
    if (it != m_index.constEnd())
        ++m_workers[*it].recentOffers;
}

} // namespace jobdesk::server
