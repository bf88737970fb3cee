#pragma once

#include "job.h"
#include "role.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk::server {

class Database;

struct JobQuery
{
    QList<JobStatus> statuses;
    std::optional<qint64> workerId;
    QString skill;
    QString text;
    std::optional<Urgency> urgency;
    std::optional<bool> needsAttention;
    enum class SortKey
    {
        CreatedAt,
        UpdatedAt,
        DueAt,
        Id
    } sortKey = SortKey::CreatedAt;
    bool descending = true;
    int limit = 50;
    // Keyset cursor: the last row's sort value and id.
    std::optional<std::pair<qint64, qint64>> after;
    // Set for workers: only jobs assigned to them or offered to them now.
    std::optional<qint64> visibleTo;
};

struct JobPage
{
    QList<Job> items;
    std::optional<std::pair<qint64, qint64>> next; // cursor of the last item when more follow
};

class JobStore final
{
public:
    explicit JobStore(Database &db)
        : m_db(db)
    {}

    std::optional<Job> find(qint64 id);
    JobPage list(const JobQuery &query);
    qint64 create(const Job &job); // returns the id
    // Writes every mutable member when the stored version is `expectedVersion`;
    // bumps the version. False when the row changed in between.
    bool update(const Job &job, int expectedVersion);
    // True when the worker holds the job (assigned or working on it) or has a pending offer.
    bool isVisibleTo(qint64 jobId, qint64 workerId);
    static qint64 sortValue(const Job &job, JobQuery::SortKey key);

private:
    void loadRelated(QList<Job> &jobs);
    void writeSkills(const Job &job);
    Database &m_db;
};

} // namespace jobdesk::server
