#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

namespace jobdesk::net {

class ApiClient;
class UploadQueue;

// Joins an admin's finished uploads to their jobs as attachments
// (POST /jobs/{id}/attachments), then lets them leave the queue. Uploads that
// finished while the app was closed are joined when it starts again, so a file
// added to a job's brief is never left half done.
class AttachmentLinker final : public QObject
{
    Q_OBJECT

public:
    AttachmentLinker(UploadQueue *queue, ApiClient *api, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttachmentLinker)

    UploadQueue *queue() const { return m_queue; }
    // Joins every finished upload not joined yet (also run once at start).
    void linkFinished();

Q_SIGNALS:
    // `job` is the job after the attachment joined it.
    void attached(const QUuid &uploadItem, qint64 jobId, const QString &fileName,
                  const QJsonObject &job);
    void attachFailed(const QUuid &uploadItem, qint64 jobId, const QString &fileName,
                      const QString &reason);

private:
    void link(const QUuid &id);

    UploadQueue *m_queue;
    ApiClient *m_api;
    QSet<QUuid> m_linking;
};

} // namespace jobdesk::net
