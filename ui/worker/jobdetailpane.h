#pragma once

#include "jobstatus.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace jobdesk::net {
class ApiClient;
class DeliverableSubmitter;
class UploadQueue;
} // namespace jobdesk::net

namespace jobdesk::ui {

class JobChat;
class UploadPanel;

// The right side: everything about the selected job, the worker's lifecycle moves
// (enabled by the shared state machine), an open offer's answer buttons, and chat.
class JobDetailPane final : public QWidget
{
    Q_OBJECT

public:
    JobDetailPane(net::ApiClient *api, qint64 myUserId, net::UploadQueue *uploads,
                  net::DeliverableSubmitter *submitter, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobDetailPane)

    // An empty job shows the "pick a job" state. `offer` is the pending offer, if any.
    void show(const QJsonObject &job, const QJsonObject &offer, qint64 trackedSeconds);
    void setTrackedSeconds(qint64 seconds);
    void setBusy(bool busy);
    void setError(const QString &message);
    qint64 jobId() const { return m_jobId; }
    JobChat *chat() const { return m_chat; }
    UploadPanel *uploadPanel() const { return m_upload; }
    // Shows the deliverables panel (for a job in progress) and focuses it.
    void openUploads();

Q_SIGNALS:
    void transitionRequested(qint64 jobId, jobdesk::JobStatus to);
    void acceptRequested(qint64 offerId, qint64 jobId);
    void declineRequested(qint64 offerId, qint64 jobId);
    void deliverableSubmitted(qint64 jobId, int version);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateTimes();
    void updateUploads();

    qint64 m_jobId = 0;
    qint64 m_offerId = 0;
    QJsonObject m_job;
    qint64 m_tracked = 0;
    QStackedWidget *m_stack;
    QSplitter *m_split = nullptr;
    QLabel *m_title;
    QLabel *m_chip;
    QLabel *m_client;
    QLabel *m_due;
    QLabel *m_time;
    QLabel *m_skills;
    QLabel *m_description;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_submit;
    QPushButton *m_accept;
    QPushButton *m_decline;
    JobChat *m_chat;
    UploadPanel *m_upload;
    bool m_canUpload = false;  // the shown job is in progress
    bool m_uploadOpen = false; // the worker opened the panel for it
};

} // namespace jobdesk::ui
