#pragma once

#include "dispatch.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace jobdesk::server {

class Database;

// Every worker account with what scoring needs to know about it, gathered in a
// few aggregate queries (accounts, skills, job counts, recent offers) whatever
// the number of workers. A bulk run loads it once and ranks every job against it.
class WorkerPool final
{
public:
    // Offers count as recent for fairness over this many days.
    static constexpr int FairnessDays = 7;

    // `onlyWorker` narrows to one account (the stats of one worker).
    static WorkerPool load(Database &db, const QDateTime &now,
                           std::optional<qint64> onlyWorker = std::nullopt);

    const QList<dispatch::Candidate> &workers() const { return m_workers; } // by id
    const dispatch::Candidate *find(qint64 workerId) const;

    // The pool with this job's history marked: who declined it or let an offer of
    // it expire, who holds a pending offer of it, and (as declined) everyone the
    // run `runId` has offered it to already.
    QList<dispatch::Candidate> forJob(Database &db, qint64 jobId,
                                      std::optional<qint64> runId = std::nullopt) const;

    // A bulk run made an offer: it counts for fairness in the jobs ranked after it.
    void noteOffer(qint64 workerId);

private:
    QList<dispatch::Candidate> m_workers;
    QHash<qint64, qsizetype> m_index;
};

} // namespace jobdesk::server
