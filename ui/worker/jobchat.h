#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace jobdesk::net {
class ApiClient;
}

namespace jobdesk::ui {

// A job's conversation with the admins: the history from GET /jobs/{id}/messages,
// new messages from message.created events, and an input that posts. Messages are
// only sent while online; a failed send stays in the box with the reason.
class JobChat final : public QWidget
{
    Q_OBJECT

public:
    JobChat(net::ApiClient *api, qint64 myUserId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobChat)

    // 0 = no job. `canChat` is false for jobs the worker only holds an offer for.
    void setJob(qint64 jobId, bool canChat);
    qint64 jobId() const { return m_jobId; }
    // A message.created event's `message`.
    void addMessage(const QJsonObject &message);
    int messageCount() const;

private:
    void load();
    void send();
    void setNotice(const QString &text);

    net::ApiClient *m_api;
    qint64 m_me;
    qint64 m_jobId = 0;
    QList<qint64> m_shown;
    QListWidget *m_list;
    QLabel *m_notice;
    QLineEdit *m_input;
    QPushButton *m_send;
};

} // namespace jobdesk::ui
