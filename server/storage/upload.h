#pragma once

#include <QDateTime>
#include <QString>

namespace jobdesk::server {

// One row of `uploads`: a file being uploaded with tus semantics, or uploaded.
struct Upload
{
    enum class Status
    {
        Open,
        Complete,
        Failed
    };

    QString id; // UUID without braces
    qint64 ownerId = 0;
    qint64 jobId = 0;
    QString purpose;  // "deliverable" | "attachment"
    QString filename; // sanitised display name, never used on disk
    qint64 size = 0;
    QString sha256; // lower-case hex of the whole file
    qint64 offset = 0;
    Status status = Status::Open;
    QString storageName; // generated file name under <data-dir>/files
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;
};

QString toString(Upload::Status status); // "open" | "complete" | "failed"

} // namespace jobdesk::server
