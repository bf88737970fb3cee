// UploadQueue: adding, hashing, pausing, resuming, retrying and cancelling items.
#include "uploadqueue.h"

#include "filehasher.h"
#include "localstore.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUpload)

namespace jobdesk::net {

std::optional<UploadItem> UploadQueue::item(const QUuid &id) const
{
    for (const UploadItem &item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

void UploadQueue::save(UploadItem &item)
{
    if (const Status s = m_store->saveUpload(item); !s)
        qCWarning(lcUpload) << "cannot save upload" << item.id << s.error;
    Q_EMIT itemChanged(item.id);
}

void UploadQueue::setState(UploadItem &item, UploadState state, const QString &error)
{
    item.state = state;
    item.error = error;
    save(item);
}

Result<QUuid> UploadQueue::enqueue(qint64 jobId, const QString &filePath)
{
    Result<QUuid> r;
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable()) {
        r.error = tr("%1 is not a file that can be read.").arg(filePath);
        return r;
    }
    if (info.size() == 0) {
        r.error = tr("%1 is empty.").arg(info.fileName());
        return r;
    }
    UploadItem item;
    item.id = QUuid::createUuid();
    item.jobId = jobId;
    item.path = info.absoluteFilePath();
    item.displayName = info.fileName();
    item.size = info.size();
    item.state = UploadState::Hashing;
    item.createdAt = QDateTime::currentDateTimeUtc();
    if (const Status s = m_store->addUpload(item); !s) {
        r.error = s.error;
        return r;
    }
    m_items.append(item);
    Q_EMIT itemChanged(item.id);
    startHashing(m_items.last());
    r.value = item.id;
    return r;
}

void UploadQueue::dropHasher(const QUuid &id)
{
    // Later: this may run inside one of the hasher's own signals.
    if (FileHasher *hasher = m_hashers.take(id)) {
        disconnect(hasher, nullptr, this, nullptr);
        hasher->cancel();
        hasher->deleteLater();
    }
}

void UploadQueue::startHashing(UploadItem &item)
{
    deleteOnServer(item.serverId); // a new hash means a new upload
    item.sha256.clear();
    item.serverId.clear();
    item.offset = 0;
    setState(item, UploadState::Hashing);
    dropHasher(item.id);
    auto *hasher = new FileHasher(this);
    m_hashers.insert(item.id, hasher);
    const QUuid id = item.id;
    connect(hasher, &FileHasher::progress, this,
            [this, id](qint64 done, qint64 total) { Q_EMIT hashProgress(id, done, total); });
    connect(hasher, &FileHasher::finished, this,
            [this, id](const FileDigest &digest) { hashed(id, digest); });
    hasher->start(item.path);
}

void UploadQueue::hashed(const QUuid &id, const FileDigest &digest)
{
    dropHasher(id);
    UploadItem *item = find(id);
    if (!item || item->state != UploadState::Hashing)
        return;
    if (!digest.error.isEmpty())
        return failItem(*item, digest.error, true);
    if (digest.size == 0)
        return failItem(*item, tr("%1 is empty.").arg(item->displayName), true);
    item->sha256 = digest.sha256;
    item->size = digest.size;
    item->mtimeMs = digest.mtimeMs;
    setState(*item, UploadState::Queued);
    pump();
}

void UploadQueue::pause(const QUuid &id)
{
    UploadItem *item = find(id);
    if (!item || item->isFinal() || item->state == UploadState::Paused)
        return;
    if (item->state == UploadState::Hashing) {
        dropHasher(id);
        item->sha256.clear(); // hashed again on resume
    }
    if (m_active == id)
        deactivate();
    setState(*item, UploadState::Paused);
    pump();
}

void UploadQueue::resume(const QUuid &id)
{
    UploadItem *item = find(id);
    if (!item ||
        (item->state != UploadState::Paused && item->state != UploadState::WaitingForNetwork))
        return;
    if (item->sha256.isEmpty())
        return startHashing(*item);
    if (item->state == UploadState::WaitingForNetwork)
        m_retry.stop(); // the worker asked: try now
    setState(*item, UploadState::Queued);
    if (!m_retry.isActive())
        retryWaiting();
}

void UploadQueue::retry(const QUuid &id)
{
    UploadItem *item = find(id);
    if (!item || item->state != UploadState::Failed)
        return;
    if (item->sha256.isEmpty() || item->serverId.isEmpty() || !fileChange(*item).isEmpty())
        return startHashing(*item);
    setState(*item, UploadState::Queued);
    pump();
}

void UploadQueue::cancel(const QUuid &id)
{
    UploadItem *item = find(id);
    if (!item)
        return;
    dropHasher(id);
    if (m_active == id)
        deactivate();
    deleteOnServer(item->serverId);
    forget(id);
}

void UploadQueue::forget(const QUuid &id)
{
    if (!find(id))
        return;
    dropHasher(id);
    if (m_active == id)
        deactivate();
    if (const Status s = m_store->removeUpload(id); !s)
        qCWarning(lcUpload) << "cannot remove upload" << id << s.error;
    m_items.removeIf([&id](const UploadItem &i) { return i.id == id; });
    Q_EMIT itemRemoved(id);
    pump();
}

QString UploadQueue::fileChange(const UploadItem &item) const
{
    const QFileInfo info(item.path);
    if (!info.isFile())
        return tr("%1 is no longer there. Add it again to upload it.").arg(item.displayName);
    if (info.size() != item.size || info.lastModified().toMSecsSinceEpoch() != item.mtimeMs)
        return tr("%1 changed after it was added, so it was not uploaded as a mix of two "
                  "versions. Retry to upload the file as it is now.")
            .arg(item.displayName);
    return {};
}

} // namespace jobdesk::net
