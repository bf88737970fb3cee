#include "deliverablesubmitter.h"

#include "apiclient.h"
#include "uploadqueue.h"

#include <QJsonArray>

namespace jobdesk::net {

DeliverableSubmitter::DeliverableSubmitter(UploadQueue *queue, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_api(api)
{}

void DeliverableSubmitter::submit(qint64 jobId, const QList<QUuid> &itemIds, const QString &note)
{
    if (m_busy)
        return Q_EMIT submitFailed(jobId, tr("A submission is already being sent."));
    if (itemIds.isEmpty())
        return Q_EMIT submitFailed(jobId, tr("Add at least one file to submit."));
    QJsonArray uploadIds;
    for (const QUuid &id : itemIds) {
        const auto item = m_queue->item(id);
        if (!item || item->jobId != jobId || item->state != UploadState::Done)
            return Q_EMIT submitFailed(jobId,
                                       tr("Every file must finish uploading before submitting."));
        uploadIds.append(item->serverId);
    }
    m_busy = true;
    // A lost answer is safe to retry: the uploads are then "already used" (422),
    // and the job is in review, which the worker sees.
    m_api->post(QStringLiteral("/jobs/%1/deliverables").arg(jobId),
                {{QStringLiteral("uploadIds"), uploadIds}, {QStringLiteral("note"), note}}, this,
                [this, jobId, itemIds](const ApiResult &r) {
                    m_busy = false;
                    if (!r.ok())
                        return Q_EMIT submitFailed(jobId, r.message());
                    for (const QUuid &id : itemIds)
                        m_queue->forget(id);
                    Q_EMIT submitted(jobId, r.json);
                });
}

} // namespace jobdesk::net
