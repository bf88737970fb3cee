#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace jobdesk::net {

// What hashing a file found: its SHA-256 and the size and modification time it
// had while being read (both checked before and after, so a file being written
// to is caught). `error` is set instead when it could not be read or changed.
struct FileDigest
{
    QString sha256; // lowercase hex
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString error;
};

// SHA-256 of one file on a pool thread, 1 MiB at a time, with progress. The
// window never waits for it. Cancelled when destroyed.
class FileHasher final : public QObject
{
    Q_OBJECT

public:
    explicit FileHasher(QObject *parent = nullptr);
    ~FileHasher() override;
    Q_DISABLE_COPY_MOVE(FileHasher)

    void start(const QString &path);
    void cancel();

Q_SIGNALS:
    void progress(qint64 hashed, qint64 total);
    void finished(const jobdesk::net::FileDigest &digest);

private:
    QFutureWatcher<FileDigest> m_watcher;
    qint64 m_total = 0;
};

} // namespace jobdesk::net
