#include "uploadstore.h"

#include "database.h"
#include "timecodec.h"

namespace jobdesk::server {

QString toString(Upload::Status status)
{
    switch (status) {
    case Upload::Status::Open:
        return QStringLiteral("open");
    case Upload::Status::Complete:
        return QStringLiteral("complete");
    case Upload::Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

namespace {

const QString Columns =
    QStringLiteral("id, owner_id, job_id, purpose, filename, size, sha256, upload_offset, "
                   "status, storage_name, created_at, updated_at, expires_at");

Upload::Status statusFrom(const QString &text)
{
    if (text == QLatin1String("open"))
        return Upload::Status::Open;
    if (text == QLatin1String("complete"))
        return Upload::Status::Complete;
    return Upload::Status::Failed;
}

Upload uploadFromRow(const QSqlQuery &q)
{
    Upload u;
    u.id = q.value(0).toString();
    u.ownerId = q.value(1).toLongLong();
    u.jobId = q.value(2).toLongLong();
    u.purpose = q.value(3).toString();
    u.filename = q.value(4).toString();
    u.size = q.value(5).toLongLong();
    u.sha256 = q.value(6).toString();
    u.offset = q.value(7).toLongLong();
    u.status = statusFrom(q.value(8).toString());
    u.storageName = q.value(9).toString();
    u.createdAt = fromDb(q.value(10));
    u.updatedAt = fromDb(q.value(11));
    u.expiresAt = fromDb(q.value(12));
    return u;
}

} // namespace

void UploadStore::create(const Upload &u)
{
    m_db.exec(QStringLiteral("INSERT INTO uploads (") + Columns +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {u.id, u.ownerId, u.jobId, u.purpose, u.filename, u.size, u.sha256, u.offset,
               toString(u.status), u.storageName, toDb(u.createdAt), toDb(u.updatedAt),
               toDb(u.expiresAt)});
}

std::optional<Upload> UploadStore::find(const QString &id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM uploads WHERE id = ?"), {id});
    std::optional<Upload> upload;
    if (q.next())
        upload = uploadFromRow(q);
    q.finish();
    return upload;
}

bool UploadStore::advance(const QString &id, qint64 from, qint64 to, Upload::Status status,
                          qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE uploads SET upload_offset = ?, status = ?, "
                                            "updated_at = ? WHERE id = ? AND upload_offset = ? "
                                            "AND status = 'open'"),
                             {to, toString(status), nowMs, id, from});
    const bool moved = q.numRowsAffected() == 1;
    q.finish();
    return moved;
}

void UploadStore::remove(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {id});
}

bool UploadStore::isLinked(const QString &id)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM deliverable_files WHERE upload_id = ? UNION "
                                      "ALL SELECT 1 FROM job_attachments WHERE id = ?"),
                       {id, id}, 0)
               .toInt() == 1;
}

QList<Upload> UploadStore::expired(qint64 nowMs)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT ") + Columns +
            QStringLiteral(" FROM uploads WHERE expires_at < ? AND id NOT IN (SELECT upload_id "
                           "FROM deliverable_files) AND id NOT IN (SELECT id FROM "
                           "job_attachments) ORDER BY expires_at LIMIT 1000"),
        {nowMs});
    QList<Upload> list;
    while (q.next())
        list.append(uploadFromRow(q));
    q.finish();
    return list;
}

} // namespace jobdesk::server
