#pragma once

#include <QtGlobal>

namespace jobdesk::server {

class Database;
struct ServerConfig;

// Deletes what has outlived its use: login failures past the throttling window,
// idempotency answers older than a day, refresh tokens a week past expiry.
// Returns the number of rows removed.
int pruneExpired(Database &db, const ServerConfig &config, qint64 nowMs);

} // namespace jobdesk::server
