#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace jobdesk::net {

// Where one queued file stands. Stored by name in the local store.
enum class UploadState
{
    Hashing,          // SHA-256 being computed on a worker thread
    Queued,           // ready; starts when it is its turn and the server is reachable
    Uploading,        // chunks going out
    Paused,           // stopped by the worker; resume() continues from the server's offset
    Verifying,        // the last chunk is out; the server checks the whole file's SHA-256
    Done,             // the server holds the whole file, verified
    Failed,           // `error` says why; retry() starts again (from scratch if needed)
    WaitingForNetwork // the server was unreachable; retried with backoff
};
QString toString(UploadState s); // "hashing" | "queued" | ... | "waiting-for-network"
std::optional<UploadState> uploadStateFromString(QStringView s);

// One file queued for a job, as kept in the local store.
struct UploadItem
{
    QUuid id;
    qint64 jobId = 0;
    QString path;        // the local file
    QString displayName; // its file name, sent as the upload's filename
    qint64 size = 0;     // bytes, as of hashing
    qint64 mtimeMs = 0;  // modification time as of hashing (epoch ms)
    QString sha256;      // lowercase hex; empty until hashed
    QString serverId;    // the server's upload id; empty until created
    qint64 offset = 0;   // bytes the server has acknowledged
    UploadState state = UploadState::Hashing;
    QString error; // why it failed, or the last network error while waiting
    QDateTime createdAt;

    bool isFinal() const { return state == UploadState::Done || state == UploadState::Failed; }
};

} // namespace jobdesk::net
