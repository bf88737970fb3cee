#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace jobdesk::server {

class Database;

// One offer cascade of a job. Active until an offer is accepted, the short list
// is used up (or nobody eligible is left), or an admin takes over.
struct DispatchRun
{
    enum class Status
    {
        Active,
        Accepted,
        Exhausted,
        Stopped
    };
    qint64 id = 0;
    qint64 jobId = 0;
    Status status = Status::Active;
    int shortlistSize = 3;
    int windowSeconds = 900;
    int offersMade = 0;
    qint64 startedBy = 0; // the admin who started it
    QDateTime startedAt;
    QDateTime endedAt; // invalid while active
};

QString toString(DispatchRun::Status s); // "active" | "accepted" | "exhausted" | "stopped"

// Dispatch runs and the runtime settings an admin changes from the console.
class DispatchStore final
{
public:
    explicit DispatchStore(Database &db)
        : m_db(db)
    {}

    qint64 create(const DispatchRun &run); // returns the id
    std::optional<DispatchRun> find(qint64 id);
    std::optional<DispatchRun> active(qint64 jobId);
    // Counts one more offer of an active run that has made `offersMade` so far;
    // false when the run ended or another step counted first.
    bool countOffer(qint64 runId, int offersMade);
    // Ends an active run; false when it had ended already. Every run ends once.
    bool end(qint64 runId, DispatchRun::Status status, qint64 nowMs);

    std::optional<QString> setting(const QString &key);
    void setSetting(const QString &key, const QString &value, qint64 userId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace jobdesk::server
