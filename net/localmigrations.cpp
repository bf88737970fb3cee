#include "localmigrations.h"

namespace jobdesk::net {

const QList<LocalMigration> &localMigrations()
{
    // Times are epoch milliseconds, UTC. Ids are UUIDs without braces.
    static const QList<LocalMigration> list = {
        {1,
         {
             QStringLiteral(
                 "CREATE TABLE time_entries ("
                 " id TEXT PRIMARY KEY,"
                 " job_id INTEGER NOT NULL,"
                 " started_at INTEGER NOT NULL,"
                 " ended_at INTEGER NOT NULL,"
                 " note TEXT NOT NULL DEFAULT '',"
                 " source TEXT NOT NULL CHECK (source IN ('timer', 'manual', 'recovered')),"
                 " deleted INTEGER NOT NULL DEFAULT 0,"
                 " revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),"
                 " sync_state TEXT NOT NULL DEFAULT 'pending'"
                 "  CHECK (sync_state IN ('pending', 'synced', 'rejected', 'conflict')),"
                 " reason TEXT NOT NULL DEFAULT '',"
                 " server_copy TEXT,"
                 " held INTEGER NOT NULL DEFAULT 0,"
                 " updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX time_entries_started ON time_entries (started_at)"),
             QStringLiteral(
                 "CREATE INDEX time_entries_state ON time_entries (sync_state, held, updated_at)"),
             // At most one row: the CHECK on the key makes a second timer impossible.
             QStringLiteral("CREATE TABLE running_timer ("
                            " slot INTEGER PRIMARY KEY CHECK (slot = 1),"
                            " entry_id TEXT NOT NULL,"
                            " job_id INTEGER NOT NULL,"
                            " started_at INTEGER NOT NULL,"
                            " last_heartbeat INTEGER NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE jobs_cache ("
                            " id INTEGER PRIMARY KEY,"
                            " json TEXT NOT NULL,"
                            " updated_at INTEGER NOT NULL)"),
         }},
        // Deliverable uploads: one row per queued file, so an upload resumes after
        // a restart from the server's offset (server_id) with the hash it was created with.
        {2,
         {
             QStringLiteral(
                 "CREATE TABLE uploads ("
                 " id TEXT PRIMARY KEY,"
                 " job_id INTEGER NOT NULL,"
                 " path TEXT NOT NULL,"
                 " display_name TEXT NOT NULL,"
                 " size INTEGER NOT NULL DEFAULT 0,"
                 " mtime INTEGER NOT NULL DEFAULT 0,"
                 " sha256 TEXT NOT NULL DEFAULT '',"
                 " server_id TEXT NOT NULL DEFAULT '',"
                 " upload_offset INTEGER NOT NULL DEFAULT 0 CHECK (upload_offset >= 0),"
                 " state TEXT NOT NULL CHECK (state IN ('hashing', 'queued', 'uploading', "
                 "'paused', 'verifying', 'done', 'failed', 'waiting-for-network')),"
                 " error TEXT NOT NULL DEFAULT '',"
                 " created_at INTEGER NOT NULL,"
                 " updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX uploads_job ON uploads (job_id, created_at)"),
         }},
    };
    return list;
}

} // namespace jobdesk::net
