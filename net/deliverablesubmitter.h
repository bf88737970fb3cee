#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace jobdesk::net {

class ApiClient;
class UploadQueue;

// Turns finished uploads into the job's next deliverable version:
// POST /jobs/{id}/deliverables, which moves the job to review. The submitted
// items then leave the upload queue (the server's deliverable lists them).
class DeliverableSubmitter final : public QObject
{
    Q_OBJECT

public:
    DeliverableSubmitter(UploadQueue *queue, ApiClient *api, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeliverableSubmitter)

    // Every item must be Done and for `jobId`. One submission at a time per job.
    void submit(qint64 jobId, const QList<QUuid> &itemIds, const QString &note);
    bool isSubmitting() const { return m_busy; }

Q_SIGNALS:
    void submitted(qint64 jobId, const QJsonObject &deliverable);
    void submitFailed(qint64 jobId, const QString &reason);

private:
    UploadQueue *m_queue;
    ApiClient *m_api;
    bool m_busy = false;
};

} // namespace jobdesk::net
