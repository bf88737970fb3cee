#pragma once

#include "localtypes.h"
#include "speedmeter.h"
#include "uploaditem.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

namespace jobdesk::net {

class ApiClient;
class FileHasher;
class LocalStore;
struct ApiResult;
struct FileDigest;

// The worker's deliverable uploads: each file is hashed off the UI thread, then
// created on the server (size + SHA-256) and sent in checksummed chunks, one
// request at a time, one file at a time, in the order they were added. Every step
// is in the local store, so after a crash or restart a new queue over the same
// store asks the server for its offset (HEAD) and goes on from there. While the
// server is unreachable, items wait and are retried with capped backoff.
class UploadQueue final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultChunkBytes = 1024 * 1024;
    static constexpr qint64 MaxChunkBytes = 8 * 1024 * 1024; // the server's PATCH limit

    UploadQueue(LocalStore *store, ApiClient *api, QObject *parent = nullptr);
    ~UploadQueue() override;
    Q_DISABLE_COPY_MOVE(UploadQueue)

    void setChunkSize(qint64 bytes); // 1 KiB .. MaxChunkBytes
    qint64 chunkSize() const { return m_chunkBytes; }
    // Backoff while the server is unreachable: first, doubling up to max (+ up to 20%).
    void setRetryDelays(int firstMs, int maxMs);
    // Caps the upload rate (bytes per second; 0 = unlimited), so an upload does
    // not starve the worker's other traffic.
    void setMaxBytesPerSecond(qint64 bytes);
    // What the uploads are for, sent on create: "deliverable" (a worker's queue,
    // the default) or "attachment" (an admin's files for a job's brief).
    void setPurpose(const QString &purpose) { m_purpose = purpose; }
    QString purpose() const { return m_purpose; }

    // Adds a file for a job; hashing starts at once. Returns the item's id.
    Result<QUuid> enqueue(qint64 jobId, const QString &filePath);
    void pause(const QUuid &id);
    // Continues a paused or waiting item (from the server's offset).
    void resume(const QUuid &id);
    // A failed item again: from the server's offset if its upload still stands,
    // otherwise from scratch (hash again, new upload).
    void retry(const QUuid &id);
    // Stops and forgets the item; its server upload is deleted (best effort).
    void cancel(const QUuid &id);
    // Forgets the item locally only (a submitted file: the server keeps it).
    void forget(const QUuid &id);

    QList<UploadItem> items() const { return m_items; }
    std::optional<UploadItem> item(const QUuid &id) const;
    bool isRetryScheduled() const { return m_retry.isActive(); }

Q_SIGNALS:
    void itemChanged(const QUuid &id);
    void itemRemoved(const QUuid &id);
    void hashProgress(const QUuid &id, qint64 hashed, qint64 total);
    // `etaSeconds` is -1 while unknown.
    void progress(const QUuid &id, qint64 sent, qint64 total, double bytesPerSecond,
                  qint64 etaSeconds);
    void finished(const QUuid &id);
    void failed(const QUuid &id, const QString &reason);
    void retryIn(int delayMs);

private:
    UploadItem *find(const QUuid &id);
    void save(UploadItem &item);
    void setState(UploadItem &item, UploadState state, const QString &error = {});
    void startHashing(UploadItem &item);
    void dropHasher(const QUuid &id);
    void hashed(const QUuid &id, const FileDigest &digest);
    void pump();
    void activate(UploadItem &item);
    void deactivate();
    void create(UploadItem &item);
    void head(UploadItem &item);
    void sendChunk();
    void chunkAnswered(const ApiResult &result, qint64 length);
    void handleFailure(UploadItem &item, const ApiResult &result);
    void failItem(UploadItem &item, const QString &reason, bool startOver);
    void waitForNetwork(UploadItem &item, const QString &reason);
    void retryWaiting();
    QString fileChange(const UploadItem &item) const;
    void deleteOnServer(const QString &serverId);
    qint64 offsetOf(const ApiResult &result, bool *ok) const;

    LocalStore *m_store;
    ApiClient *m_api;
    QList<UploadItem> m_items;
    QHash<QUuid, FileHasher *> m_hashers;
    QUuid m_active;     // the item being uploaded (at most one)
    quint64 m_turn = 0; // answers to an older turn (paused, cancelled) are ignored
    int m_resends = 0;  // resends of the current chunk after a 460
    QTimer m_retry;
    QTimer m_throttle;
    QElapsedTimer m_clock;
    SpeedMeter m_speed;
    qint64 m_chunkStartedMs = 0;
    qint64 m_chunkBytes = DefaultChunkBytes;
    qint64 m_maxBytesPerSecond = 0;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 60 * 1000;
    int m_nextDelayMs = 0;
    QString m_purpose = QStringLiteral("deliverable");
};

} // namespace jobdesk::net
