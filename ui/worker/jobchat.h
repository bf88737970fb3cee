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
// only sent while online; a failed send stays in the box with the reason. What is
// on screen counts as read: the chat moves the server's read marker while visible.
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
    // The worker sees this job's chat now: new messages in it are read at once.
    bool isReading(qint64 jobId) const;
    // The text of row `i` as shown (author, time, body).
    QString messageText(int i) const;

Q_SIGNALS:
    // The messages of `jobId` up to `upTo` were shown (the server is told too).
    void read(qint64 jobId, qint64 upTo);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void send();
    void setNotice(const QString &text);
    void markRead();

    net::ApiClient *m_api;
    qint64 m_me;
    qint64 m_jobId = 0;
    QList<qint64> m_shown;
    qint64 m_newest = 0;   // newest message id on screen
    qint64 m_readUpTo = 0; // what the server was last told
    QListWidget *m_list;
    QLabel *m_notice;
    QLineEdit *m_input;
    QPushButton *m_send;
};

} // namespace jobdesk::ui
