#pragma once

#include "records.h"

#include <QList>

#include <optional>

namespace jobdesk::server {

class Database;

struct OfferQuery
{
    std::optional<qint64> jobId;
    std::optional<qint64> workerId;
    std::optional<OfferStatus> status;
    int limit = 100;
};

class OfferStore final
{
public:
    explicit OfferStore(Database &db)
        : m_db(db)
    {}

    std::optional<Offer> find(qint64 id);
    QList<Offer> list(const OfferQuery &query); // newest first
    qint64 insert(const Offer &offer);
    // Moves a pending offer to `status`; false when it was no longer pending
    // (another answer, an expiry or a withdrawal came first). This claim is what
    // makes every offer end exactly once.
    bool respond(qint64 id, OfferStatus status, const QString &reason, qint64 nowMs);
    int pendingCount(qint64 jobId);
    bool hasPending(qint64 jobId, qint64 workerId);
    // Pending offers whose window closed at or before `nowMs`, oldest first.
    QList<Offer> due(qint64 nowMs, int limit);

private:
    Database &m_db;
};

} // namespace jobdesk::server
