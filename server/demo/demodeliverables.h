#pragma once

#include <QString>

namespace jobdesk::server {

class Database;

// Delivered work for the demo's jobs in review and in revision: a few small
// files per version in the file store under `filesDir`, earlier versions with the
// admin's review note, so the review queue has something to open and download.
// Runs after seedDemoData(); returns false and sets `error` on failure.
bool seedDemoDeliverables(Database &db, const QString &filesDir, QString *error);

} // namespace jobdesk::server
