#pragma once

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace jobdesk::server {

class Database;

// GET /workers/stats: per worker, what the dispatch engine knows (held jobs,
// capacity, rating, completed jobs, recent offers) plus the minutes booked this
// week (Monday..Sunday in the worker's own time zone), the share of jobs with a
// due date completed on time and the share of completed jobs that needed a
// revision (null while there is nothing to rate). In worker id order.
QJsonArray workerStats(Database &db, const QDateTime &now,
                       std::optional<qint64> onlyWorker = std::nullopt);

} // namespace jobdesk::server
