#pragma once

#include "records.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace jobdesk::server {

class Database;

// The append-only log of changes others must see. Appends happen inside the
// transaction of the change they describe, so a committed change always has
// its event and a rolled-back one never does.
class EventLog final
{
public:
    explicit EventLog(Database &db)
        : m_db(db)
    {}

    // recipientId: the one worker who may see it; admins see every event.
    qint64 append(const QString &type, const QJsonObject &data, std::optional<qint64> jobId,
                  std::optional<qint64> recipientId);
    // Events after `afterId` in id order. `worker` limits to that worker's events.
    QList<Event> list(qint64 afterId, int limit, std::optional<qint64> worker);
    // Every event after `afterId` with the worker it is for (none: admins only).
    struct Routed
    {
        Event event;
        std::optional<qint64> recipientId;
    };
    QList<Routed> listRouted(qint64 afterId, int limit);
    qint64 lastId();

private:
    Database &m_db;
};

} // namespace jobdesk::server
