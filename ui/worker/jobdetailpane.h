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
}

namespace jobdesk::ui {

class JobChat;

// The right side: everything about the selected job, the worker's lifecycle moves
// (enabled by the shared state machine), an open offer's answer buttons, and chat.
class JobDetailPane final : public QWidget
{
    Q_OBJECT

public:
    JobDetailPane(net::ApiClient *api, qint64 myUserId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobDetailPane)

    // An empty job shows the "pick a job" state. `offer` is the pending offer, if any.
    void show(const QJsonObject &job, const QJsonObject &offer, qint64 trackedSeconds);
    void setTrackedSeconds(qint64 seconds);
    void setBusy(bool busy);
    void setError(const QString &message);
    qint64 jobId() const { return m_jobId; }
    JobChat *chat() const { return m_chat; }

Q_SIGNALS:
    void transitionRequested(qint64 jobId, jobdesk::JobStatus to);
    void acceptRequested(qint64 offerId, qint64 jobId);
    void declineRequested(qint64 offerId, qint64 jobId);

private:
    void updateTimes();

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
};

} // namespace jobdesk::ui
