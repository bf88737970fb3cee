#pragma once

#include "upload.h"

#include <QList>

#include <optional>

namespace jobdesk::server {

class Database;

class UploadStore final
{
public:
    explicit UploadStore(Database &db)
        : m_db(db)
    {}

    void create(const Upload &upload);
    std::optional<Upload> find(const QString &id);
    // Moves the offset from `from` to `to` (and the status) when the row is still at
    // `from`; false when another request moved it first.
    bool advance(const QString &id, qint64 from, qint64 to, Upload::Status status, qint64 nowMs);
    void remove(const QString &id);
    // True once the upload belongs to a deliverable or is a job attachment.
    bool isLinked(const QString &id);
    // Uploads past their expiry that nothing links to.
    QList<Upload> expired(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace jobdesk::server
