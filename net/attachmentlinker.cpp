#include "attachmentlinker.h"

#include "apiclient.h"
#include "uploadqueue.h"

namespace jobdesk::net {

AttachmentLinker::AttachmentLinker(UploadQueue *queue, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_api(api)
{
    connect(m_queue, &UploadQueue::finished, this, &AttachmentLinker::link);
    QMetaObject::invokeMethod(this, &AttachmentLinker::linkFinished, Qt::QueuedConnection);
}

void AttachmentLinker::linkFinished()
{
    for (const UploadItem &item : m_queue->items()) {
        if (item.state == UploadState::Done)
            link(item.id);
    }
}

void AttachmentLinker::link(const QUuid &id)
{
    const auto item = m_queue->item(id);
    if (!item || item->state != UploadState::Done || m_linking.contains(id))
        return;
    m_linking.insert(id);
    const qint64 jobId = item->jobId;
    const QString name = item->displayName;
    m_api->post(QStringLiteral("/jobs/%1/attachments").arg(jobId),
                {{QStringLiteral("uploadId"), item->serverId}}, this,
                [this, id, jobId, name](const ApiResult &r) {
                    m_linking.remove(id);
                    if (r.offline() || r.status >= 500)
                        return; // kept: joined on the next start or linkFinished()
                    // Joined now, or earlier by a lost answer ("was already used"):
                    // either way the server has it, or will never take it.
                    m_queue->forget(id);
                    const bool joinedBefore =
                        r.status == 422 && r.message().contains(QLatin1String("already used"));
                    if (r.ok() || joinedBefore)
                        Q_EMIT attached(id, jobId, name, r.json);
                    else
                        Q_EMIT attachFailed(id, jobId, name, r.message());
                });
}

} // namespace jobdesk::net
