#include "maintenance.h"

#include "database.h"
#include "filestore.h"
#include "serverconfig.h"
#include "uploadstore.h"

#include <QSqlQuery>

namespace jobdesk::server {

int pruneExpired(Database &db, const ServerConfig &config, qint64 nowMs)
{
    constexpr qint64 Day = 24 * 3600 * 1000LL;
    const struct
    {
        const char *sql;
        qint64 before;
    } rules[] = {
        {"DELETE FROM login_attempts WHERE created_at < ?",
         nowMs - config.loginWindowSeconds * 1000},
        {"DELETE FROM idempotency_keys WHERE created_at < ?", nowMs - Day},
        {"DELETE FROM refresh_tokens WHERE expires_at < ?", nowMs - 7 * Day},
    };
    int removed = 0;
    for (const auto &rule : rules) {
        QSqlQuery &q = db.exec(QLatin1String(rule.sql), {rule.before});
        removed += q.numRowsAffected();
        q.finish();
    }
    // Uploads nobody finished or used within their time: the row, then the bytes.
    UploadStore uploads(db);
    const FileStore files(config.filesDir());
    for (const Upload &u : uploads.expired(nowMs)) {
        uploads.remove(u.id);
        files.remove(u.storageName);
        ++removed;
    }
    return removed;
}

} // namespace jobdesk::server
