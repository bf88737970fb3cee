#pragma once

#include <QByteArray>
#include <QString>

namespace jobdesk::server {

// Uploaded bytes on disk, one file per upload under a generated name in one
// directory (<data-dir>/files). Partial uploads live in the same file, written at
// their offset. Names come from the server, never from a client.
class FileStore final
{
public:
    explicit FileStore(QString directory)
        : m_dir(std::move(directory))
    {}

    QString path(const QString &storageName) const;
    // A new empty file, readable by the owner only.
    bool create(const QString &storageName, QString *error) const;
    // Writes `data` at `offset`, first cutting off anything after `offset` (bytes of
    // an earlier write whose offset never got recorded).
    bool writeAt(const QString &storageName, qint64 offset, const QByteArray &data,
                 QString *error) const;
    // Lower-case hex SHA-256 of the first `length` bytes, read a piece at a time;
    // empty when the file is shorter or unreadable.
    QString sha256(const QString &storageName, qint64 length) const;
    void remove(const QString &storageName) const;

private:
    QString m_dir;
};

} // namespace jobdesk::server
