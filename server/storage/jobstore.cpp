#include "jobstore.h"

#include "database.h"
#include "timecodec.h"

#include <QHash>

namespace jobdesk::server {

namespace {

const QString JobColumns = QStringLiteral(
    "id, title, description, client_ref, category, urgency, estimate_minutes, due_at, status, "
    "worker_id, revision_count, needs_attention, created_by, created_at, updated_at, version, "
    "rating, assigned_at, completed_at");

Job jobFromRow(const QSqlQuery &q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.title = q.value(1).toString();
    j.description = q.value(2).toString();
    j.clientRef = q.value(3).toString();
    j.category = q.value(4).toString();
    j.urgency = urgencyFromString(q.value(5).toString()).value_or(Urgency::Normal);
    j.estimateMinutes = q.value(6).toInt();
    j.dueAt = fromDb(q.value(7));
    j.status = jobStatusFromString(q.value(8).toString()).value_or(JobStatus::Pending);
    if (!q.value(9).isNull())
        j.workerId = q.value(9).toLongLong();
    j.revisionCount = q.value(10).toInt();
    j.needsAttention = q.value(11).toInt() != 0;
    j.createdBy = q.value(12).toLongLong();
    j.createdAt = fromDb(q.value(13));
    j.updatedAt = fromDb(q.value(14));
    j.version = q.value(15).toInt();
    if (!q.value(16).isNull())
        j.rating = q.value(16).toInt();
    j.assignedAt = fromDb(q.value(17));
    j.completedAt = fromDb(q.value(18));
    return j;
}

QVariant ratingToDb(const std::optional<int> &rating)
{
    return rating ? QVariant(*rating) : QVariant(QMetaType::fromType<int>());
}

constexpr qint64 NoDueDate = 9007199254740991LL; // sorts jobs without a due date last

QString sortExpression(JobQuery::SortKey key)
{
    switch (key) {
    case JobQuery::SortKey::CreatedAt:
        return QStringLiteral("created_at");
    case JobQuery::SortKey::UpdatedAt:
        return QStringLiteral("updated_at");
    case JobQuery::SortKey::DueAt:
        return QStringLiteral("COALESCE(due_at, 9007199254740991)");
    case JobQuery::SortKey::Id:
        return QStringLiteral("id");
    }
    return QStringLiteral("id");
}

} // namespace

qint64 JobStore::sortValue(const Job &job, JobQuery::SortKey key)
{
    switch (key) {
    case JobQuery::SortKey::CreatedAt:
        return job.createdAt.toMSecsSinceEpoch();
    case JobQuery::SortKey::UpdatedAt:
        return job.updatedAt.toMSecsSinceEpoch();
    case JobQuery::SortKey::DueAt:
        return job.dueAt.isValid() ? job.dueAt.toMSecsSinceEpoch() : NoDueDate;
    case JobQuery::SortKey::Id:
        return job.id;
    }
    return job.id;
}

std::optional<Job> JobStore::find(qint64 id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT ") + JobColumns + QStringLiteral(" FROM jobs WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    QList<Job> jobs{jobFromRow(q)};
    q.finish();
    loadRelated(jobs);
    return jobs.first();
}

JobPage JobStore::list(const JobQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (JobStatus s : query.statuses) {
            marks << QStringLiteral("?");
            binds << toString(s);
        }
        where << QStringLiteral("status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (query.workerId) {
        where << QStringLiteral("worker_id = ?");
        binds << *query.workerId;
    }
    if (!query.skill.isEmpty()) {
        where << QStringLiteral("id IN (SELECT job_id FROM job_skills WHERE skill_key = ?)");
        binds << query.skill;
    }
    if (query.urgency) {
        where << QStringLiteral("urgency = ?");
        binds << toString(*query.urgency);
    }
    if (query.needsAttention) {
        where << QStringLiteral("needs_attention = ?");
        binds << (*query.needsAttention ? 1 : 0);
    }
    if (!query.text.isEmpty()) {
        const Dialect &d = m_db.dialect();
        where << QLatin1Char('(') + d.containsInsensitive(QStringLiteral("title")) +
                     QStringLiteral(" OR ") + d.containsInsensitive(QStringLiteral("description")) +
                     QStringLiteral(" OR ") + d.containsInsensitive(QStringLiteral("client_ref")) +
                     QLatin1Char(')');
        const QString pattern = Dialect::containsPattern(query.text);
        binds << pattern << pattern << pattern;
    }
    if (query.visibleTo) {
        where << QStringLiteral("(worker_id = ? OR id IN (SELECT job_id FROM offers "
                                "WHERE worker_id = ? AND status = 'pending'))");
        binds << *query.visibleTo << *query.visibleTo;
    }
    const QString key = sortExpression(query.sortKey);
    const QString cmp = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (query.after) {
        where << QLatin1Char('(') + key + QLatin1Char(' ') + cmp + QStringLiteral(" ? OR (") + key +
                     QStringLiteral(" = ? AND id ") + cmp + QStringLiteral(" ?))");
        binds << query.after->first << query.after->first << query.after->second;
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = QStringLiteral("SELECT ") + JobColumns + QStringLiteral(" FROM jobs");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir +
           QStringLiteral(" LIMIT ?");
    binds << query.limit + 1;

    JobPage page;
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next())
        page.items.append(jobFromRow(q));
    q.finish();
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        const Job &last = page.items.last();
        page.next = std::make_pair(sortValue(last, query.sortKey), last.id);
    }
    loadRelated(page.items);
    return page;
}

void JobStore::loadRelated(QList<Job> &jobs)
{
    if (jobs.isEmpty())
        return;
    QHash<qint64, int> index;
    QStringList marks;
    QVariantList ids;
    for (int i = 0; i < jobs.size(); ++i) {
        index.insert(jobs[i].id, i);
        marks << QStringLiteral("?");
        ids << jobs[i].id;
    }
    const QString in = marks.join(QLatin1Char(','));
    QSqlQuery &skills =
        m_db.exec(QStringLiteral("SELECT job_id, skill_key, min_level FROM job_skills "
                                 "WHERE job_id IN (") +
                      in + QStringLiteral(") ORDER BY job_id, skill_key"),
                  ids);
    while (skills.next()) {
        jobs[index.value(skills.value(0).toLongLong())].requiredSkills.append(
            {skills.value(1).toString(), skills.value(2).toInt()});
    }
    skills.finish();
    QSqlQuery &files = m_db.exec(QStringLiteral("SELECT job_id, id, name, size, sha256 FROM "
                                                "job_attachments WHERE job_id IN (") +
                                     in + QStringLiteral(") ORDER BY job_id, created_at, id"),
                                 ids);
    while (files.next()) {
        jobs[index.value(files.value(0).toLongLong())].attachments.append(
            {files.value(1).toString(), files.value(2).toString(), files.value(3).toLongLong(),
             files.value(4).toString()});
    }
    files.finish();
}

void JobStore::writeSkills(const Job &job)
{
    m_db.exec(QStringLiteral("DELETE FROM job_skills WHERE job_id = ?"), {job.id});
    for (const RequiredSkill &s : job.requiredSkills) {
        m_db.exec(QStringLiteral("INSERT INTO job_skills (job_id, skill_key, min_level) "
                                 "VALUES (?, ?, ?)"),
                  {job.id, s.skill, s.minLevel});
    }
}

qint64 JobStore::create(const Job &job)
{
    Job stored = job;
    stored.id = m_db.insert(
        QStringLiteral("INSERT INTO jobs (title, description, client_ref, category, urgency, "
                       "estimate_minutes, due_at, status, worker_id, revision_count, "
                       "needs_attention, created_by, created_at, updated_at, version, rating, "
                       "assigned_at, completed_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"),
        {job.title, job.description, job.clientRef, job.category, toString(job.urgency),
         job.estimateMinutes, toDb(job.dueAt), toString(job.status),
         job.workerId ? QVariant(*job.workerId) : QVariant(QMetaType::fromType<qint64>()),
         job.revisionCount, job.needsAttention ? 1 : 0, job.createdBy, toDb(job.createdAt),
         toDb(job.updatedAt), ratingToDb(job.rating), toDb(job.assignedAt), toDb(job.completedAt)});
    writeSkills(stored);
    return stored.id;
}

bool JobStore::update(const Job &job, int expectedVersion)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("UPDATE jobs SET title = ?, description = ?, client_ref = ?, category = ?, "
                       "urgency = ?, estimate_minutes = ?, due_at = ?, status = ?, worker_id = ?, "
                       "revision_count = ?, needs_attention = ?, updated_at = ?, rating = ?, "
                       "assigned_at = ?, completed_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {job.title, job.description, job.clientRef, job.category, toString(job.urgency),
         job.estimateMinutes, toDb(job.dueAt), toString(job.status),
         job.workerId ? QVariant(*job.workerId) : QVariant(QMetaType::fromType<qint64>()),
         job.revisionCount, job.needsAttention ? 1 : 0, toDb(job.updatedAt), ratingToDb(job.rating),
         toDb(job.assignedAt), toDb(job.completedAt), job.id, expectedVersion});
    const bool changed = q.numRowsAffected() == 1;
    q.finish();
    if (changed)
        writeSkills(job);
    return changed;
}

bool JobStore::isVisibleTo(qint64 jobId, qint64 workerId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM jobs WHERE id = ? AND (worker_id = ? OR id IN "
                                      "(SELECT job_id FROM offers WHERE worker_id = ? AND "
                                      "status = 'pending'))"),
                       {jobId, workerId, workerId}, 0)
               .toInt() == 1;
}

} // namespace jobdesk::server
