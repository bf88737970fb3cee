#include "uploadqueue.h"

#include "apiclient.h"
#include "filehasher.h"
#include "localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcUpload, "jobdesk.net.upload", QtInfoMsg)

namespace jobdesk::net {

namespace {

const QByteArray TusVersion = QByteArrayLiteral("1.0.0");

QString uploadPath(const QString &serverId)
{
    return QStringLiteral("/uploads/") + serverId;
}

// Worth retrying later: no answer, or the server (or a proxy) is not able right now.
bool transient(const ApiResult &r)
{
    return r.offline() || r.status >= 500 || r.status == 408 || r.status == 429;
}

} // namespace

UploadQueue::UploadQueue(LocalStore *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
    m_clock.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &UploadQueue::retryWaiting);
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &UploadQueue::sendChunk);
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool online) {
        if (online && m_retry.isActive()) {
            m_retry.stop();
            retryWaiting();
        }
    });

    const auto stored = m_store->uploads();
    if (!stored.ok())
        qCWarning(lcUpload) << "cannot read the upload queue:" << stored.error;
    m_items = stored.value;
    // What was in flight when the last run ended goes on from the server's offset.
    for (UploadItem &item : m_items) {
        if (item.state == UploadState::Uploading || item.state == UploadState::Verifying ||
            item.state == UploadState::WaitingForNetwork)
            setState(item, UploadState::Queued);
    }
    // After the caller has connected its signals and set its options.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (UploadItem &item : m_items) {
                if (item.state == UploadState::Hashing)
                    startHashing(item);
            }
            pump();
        },
        Qt::QueuedConnection);
}

UploadQueue::~UploadQueue() = default;

void UploadQueue::setChunkSize(qint64 bytes)
{
    m_chunkBytes = qBound(qint64(1024), bytes, MaxChunkBytes);
}

void UploadQueue::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
}

void UploadQueue::setMaxBytesPerSecond(qint64 bytes)
{
    m_maxBytesPerSecond = qMax(qint64(0), bytes);
}

UploadItem *UploadQueue::find(const QUuid &id)
{
    for (UploadItem &item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

void UploadQueue::pump()
{
    if (!m_active.isNull() || m_retry.isActive())
        return;
    for (UploadItem &item : m_items) {
        if (item.state == UploadState::Queued)
            return activate(item);
    }
}

void UploadQueue::activate(UploadItem &item)
{
    m_active = item.id;
    ++m_turn;
    m_resends = 0;
    m_speed.reset(m_clock.elapsed());
    if (const QString why = fileChange(item); !why.isEmpty())
        return failItem(item, why, true);
    setState(item, UploadState::Uploading);
    if (item.serverId.isEmpty())
        create(item);
    else
        head(item);
}

void UploadQueue::deactivate()
{
    m_active = QUuid();
    ++m_turn;
    m_throttle.stop();
}

void UploadQueue::create(UploadItem &u)
{
    const QJsonObject body{{QStringLiteral("filename"), u.displayName},
                           {QStringLiteral("size"), u.size},
                           {QStringLiteral("sha256"), u.sha256},
                           {QStringLiteral("purpose"), m_purpose},
                           {QStringLiteral("jobId"), u.jobId}};
    const QUuid id = u.id;
    const quint64 turn = m_turn;
    m_api->send("POST", QStringLiteral("/uploads"), body, this,
                [this, id, turn](const ApiResult &r) {
                    UploadItem *item = find(id);
                    if (!item || turn != m_turn) {
                        if (r.status == 201) // not wanted any more: do not leave it on the server
                            deleteOnServer(r.json.value(QStringLiteral("id")).toString());
                        return;
                    }
                    if (r.status != 201)
                        return handleFailure(*item, r);
                    item->serverId = r.json.value(QStringLiteral("id")).toString();
                    item->offset = 0;
                    save(*item);
                    sendChunk();
                },
                {{"Tus-Resumable", TusVersion}});
}

void UploadQueue::head(UploadItem &u)
{
    const QUuid id = u.id;
    const quint64 turn = m_turn;
    m_api->sendBytes("HEAD", uploadPath(u.serverId), {}, {}, this,
                     [this, id, turn](const ApiResult &r) {
                         UploadItem *item = find(id);
                         if (!item || turn != m_turn)
                             return;
                         bool ok = false;
                         const qint64 offset = offsetOf(r, &ok);
                         if (r.status != 200 || !ok)
                             return handleFailure(*item, r);
                         item->offset = offset;
                         if (offset >= item->size) { // complete (a failed check would be 410)
                             setState(*item, UploadState::Done);
                             deactivate();
                             Q_EMIT finished(id);
                             return pump();
                         }
                         save(*item);
                         sendChunk();
                     },
                     {{"Tus-Resumable", TusVersion}});
}

void UploadQueue::sendChunk()
{
    UploadItem *item = find(m_active);
    if (!item)
        return;
    if (const QString why = fileChange(*item); !why.isEmpty())
        return failItem(*item, why, true);
    // One chunk in memory at a time, read where the server stands.
    QFile file(item->path);
    const qint64 length = qMin(m_chunkBytes, item->size - item->offset);
    QByteArray chunk;
    if (file.open(QIODevice::ReadOnly) && file.seek(item->offset))
        chunk = file.read(length);
    if (chunk.size() != length)
        return failItem(*item, tr("Cannot read %1: %2").arg(item->displayName, file.errorString()),
                        true);
    const bool last = item->offset + length == item->size;
    const UploadState state = last ? UploadState::Verifying : UploadState::Uploading;
    const quint64 turn = m_turn;
    const QUuid id = item->id;
    if (item->state != state) {
        setState(*item, state);
        if (turn != m_turn || !(item = find(id))) // paused or cancelled from a slot
            return;
    }
    const QByteArray digest = QCryptographicHash::hash(chunk, QCryptographicHash::Sha256);
    m_chunkStartedMs = m_clock.elapsed();
    m_api->sendBytes(
        "PATCH", uploadPath(item->serverId), chunk,
        QByteArrayLiteral("application/offset+octet-stream"), this,
        [this, id, turn, length](const ApiResult &r) {
            if (turn == m_turn && id == m_active)
                chunkAnswered(r, length);
            else if (UploadItem *late = find(id); late && r.status == 204) {
                bool ok = false; // paused meanwhile: still worth knowing where it stands
                if (const qint64 offset = offsetOf(r, &ok); ok && offset > late->offset) {
                    late->offset = offset;
                    save(*late);
                }
            }
        },
        {{"Tus-Resumable", TusVersion},
         {"Upload-Offset", QByteArray::number(item->offset)},
         {"Upload-Checksum", "sha256 " + digest.toBase64()}});
}

void UploadQueue::chunkAnswered(const ApiResult &r, qint64 length)
{
    UploadItem *item = find(m_active);
    if (!item)
        return;
    bool ok = false;
    const qint64 offset = offsetOf(r, &ok);
    if (r.status == 204 && ok) {
        m_nextDelayMs = 0;
        const qint64 now = m_clock.elapsed();
        const QUuid id = item->id;
        const qint64 size = item->size;
        const quint64 turn = m_turn;
        m_speed.add(qMax(qint64(0), offset - item->offset), now);
        item->offset = offset;
        item->error.clear();
        save(*item);
        const double speed = m_speed.bytesPerSecond(now);
        if (turn == m_turn)
            Q_EMIT progress(id, offset, size, speed, SpeedMeter::etaSeconds(size - offset, speed));
        // A slot may have paused or cancelled it.
        if (turn != m_turn || !(item = find(id)))
            return;
        if (offset >= size) {
            setState(*item, UploadState::Done);
            deactivate();
            Q_EMIT finished(id);
            return pump();
        }
        m_resends = 0;
        // Throttled: wait until this chunk has taken as long as the cap allows.
        const qint64 due = m_maxBytesPerSecond > 0 ? length * 1000 / m_maxBytesPerSecond : 0;
        m_throttle.start(int(qMax(qint64(0), due - (now - m_chunkStartedMs))));
        return;
    }
    if (r.status == 409 && ok) { // another request moved it; go on from there
        item->offset = offset;
        save(*item);
        return sendChunk();
    }
    if (r.status == 460 && ok && offset < item->size && m_resends < 1) {
        ++m_resends; // damaged on the way: nothing was written, send it again once
        return sendChunk();
    }
    if (r.status == 460 && ok && offset >= item->size)
        return failItem(*item,
                        tr("The server's check of %1 failed: what arrived does not match the file "
                           "as it was when it was added. Did the file change? Retry to upload it "
                           "again.")
                            .arg(item->displayName),
                        true);
    if (r.status == 460)
        return failItem(*item,
                        tr("A part of %1 arrived damaged twice. Retry to upload it again.")
                            .arg(item->displayName),
                        false);
    handleFailure(*item, r);
}

void UploadQueue::handleFailure(UploadItem &item, const ApiResult &r)
{
    if (transient(r))
        return waitForNetwork(item, r.message());
    if (r.status == 410 || r.status == 404)
        return failItem(item,
                        tr("The server no longer accepts this upload of %1 (%2). Retry to "
                           "upload it again.")
                            .arg(item.displayName, r.message()),
                        true);
    // Refused (the job moved on, the session ended, too large...): the worker decides.
    failItem(item, r.message(), false);
}

void UploadQueue::failItem(UploadItem &item, const QString &reason, bool startOver)
{
    const QUuid id = item.id;
    if (m_active == id)
        deactivate();
    if (startOver) { // what the server holds cannot be used: retry() hashes and creates anew
        deleteOnServer(item.serverId);
        item.serverId.clear();
        item.sha256.clear();
        item.offset = 0;
    }
    qCInfo(lcUpload) << "upload" << id << "failed:" << reason;
    setState(item, UploadState::Failed, reason);
    Q_EMIT failed(id, reason);
    pump();
}

void UploadQueue::waitForNetwork(UploadItem &item, const QString &reason)
{
    deactivate();
    setState(item, UploadState::WaitingForNetwork, reason);
    m_nextDelayMs = m_nextDelayMs == 0 ? m_firstDelayMs : qMin(m_maxDelayMs, m_nextDelayMs * 2);
    const int jitter = int(QRandomGenerator::global()->bounded(m_nextDelayMs / 5 + 1));
    const int delay = qMin(m_maxDelayMs, m_nextDelayMs + jitter);
    m_retry.start(delay);
    Q_EMIT retryIn(delay);
}

void UploadQueue::retryWaiting()
{
    for (UploadItem &item : m_items) {
        if (item.state == UploadState::WaitingForNetwork)
            setState(item, UploadState::Queued, item.error);
    }
    pump();
}

void UploadQueue::deleteOnServer(const QString &serverId)
{
    if (serverId.isEmpty())
        return;
    m_api->sendBytes("DELETE", uploadPath(serverId), {}, {}, this, [serverId](const ApiResult &r) {
        if (!r.ok() && r.status != 404)
            qCInfo(lcUpload) << "could not delete upload" << serverId << r.message();
    });
}

qint64 UploadQueue::offsetOf(const ApiResult &r, bool *ok) const
{
    const qint64 offset = r.header("Upload-Offset").trimmed().toLongLong(ok);
    *ok = *ok && offset >= 0;
    return offset;
}

} // namespace jobdesk::net
