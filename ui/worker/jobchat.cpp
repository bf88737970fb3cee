#include "jobchat.h"

#include "apiclient.h"
#include "displaytext.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

JobChat::JobChat(net::ApiClient *api, qint64 myUserId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_me(myUserId)
    , m_list(new QListWidget(this))
    , m_notice(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    m_list->setObjectName(QStringLiteral("chatList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSpacing(3);
    m_notice->setObjectName(QStringLiteral("chatNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setPlaceholderText(tr("Write a message to the Jobdesk team…"));
    m_input->setMaxLength(4000);
    m_send->setObjectName(QStringLiteral("chatSend"));

    auto *title = new QLabel(tr("Messages"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notice);
    layout->addLayout(row);

    connect(m_send, &QPushButton::clicked, this, &JobChat::send);
    connect(m_input, &QLineEdit::returnPressed, this, &JobChat::send);
    setJob(0, false);
}

void JobChat::setJob(qint64 jobId, bool canChat)
{
    m_jobId = jobId;
    m_list->clear();
    m_shown.clear();
    m_newest = 0;
    m_readUpTo = 0;
    m_input->clear();
    // Without a chat there is nothing to show but why.
    m_list->setVisible(canChat);
    m_input->setVisible(canChat);
    m_send->setVisible(canChat);
    if (jobId == 0 || !canChat) {
        setNotice(jobId == 0 ? QString() : tr("The chat opens once you accept the job."));
        return;
    }
    setNotice(tr("Loading messages…"));
    load();
}

void JobChat::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void JobChat::load()
{
    const qint64 jobId = m_jobId;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_api->get(QStringLiteral("/jobs/%1/messages").arg(jobId), query, this,
               [this, jobId](const net::ApiResult &r) {
                   if (jobId != m_jobId)
                       return;
                   if (!r.ok()) {
                       setNotice(tr("Messages could not be loaded: %1").arg(r.message()));
                       return;
                   }
                   setNotice(QString());
                   for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
                       addMessage(v.toObject());
                   if (m_list->count() == 0)
                       setNotice(tr("No messages yet. Questions about the job go here."));
                   markRead();
               });
}

void JobChat::addMessage(const QJsonObject &message)
{
    const qint64 id = message.value(QStringLiteral("id")).toInteger();
    if (message.value(QStringLiteral("jobId")).toInteger() != m_jobId || m_shown.contains(id))
        return;
    m_shown.append(id);
    m_newest = qMax(m_newest, id);
    setNotice(QString());
    const bool mine = message.value(QStringLiteral("authorId")).toInteger() == m_me;
    const QString when = DisplayText::dateTime(
        DisplayText::parseTime(message.value(QStringLiteral("sentAt")).toString()));
    const QString name = message.value(QStringLiteral("authorName")).toString();
    const QString author = mine             ? tr("You")
                           : name.isEmpty() ? tr("Jobdesk team")
                                            : tr("%1 (Jobdesk team)").arg(name);
    auto *item = new QListWidgetItem(
        tr("%1 · %2\n%3").arg(author, when, message.value(QStringLiteral("body")).toString()));
    item->setTextAlignment(mine ? Qt::AlignRight : Qt::AlignLeft);
    item->setBackground(mine ? QColor(0xE8, 0xF0, 0xFE) : QColor(0xF1, 0xF3, 0xF5));
    m_list->addItem(item);
    m_list->scrollToBottom();
    if (!mine)
        markRead();
}

bool JobChat::isReading(qint64 jobId) const
{
    return jobId != 0 && jobId == m_jobId && m_list->isVisible();
}

QString JobChat::messageText(int i) const
{
    const QListWidgetItem *item = m_list->item(i);
    return item ? item->text() : QString();
}

void JobChat::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markRead(); // back from the tray, or the chat pane opened again
}

void JobChat::markRead()
{
    if (!isReading(m_jobId) || m_newest <= m_readUpTo)
        return;
    m_readUpTo = m_newest;
    const qint64 jobId = m_jobId;
    const qint64 upTo = m_newest;
    Q_EMIT read(jobId, upTo);
    // Best effort: if it fails, the next visit or reload shows the count again.
    m_api->post(QStringLiteral("/jobs/%1/messages/read").arg(jobId),
                {{QStringLiteral("upTo"), upTo}}, this, [](const net::ApiResult &) {});
}

int JobChat::messageCount() const
{
    return m_list->count();
}

void JobChat::send()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty() || m_jobId == 0)
        return;
    m_send->setEnabled(false);
    const qint64 jobId = m_jobId;
    m_api->post(QStringLiteral("/jobs/%1/messages").arg(jobId), {{QStringLiteral("body"), text}},
                this, [this, jobId](const net::ApiResult &r) {
                    if (jobId != m_jobId)
                        return;
                    m_send->setEnabled(true);
                    if (!r.ok()) {
                        setNotice(tr("Not sent: %1").arg(r.message()));
                        return;
                    }
                    m_input->clear();
                    addMessage(r.json);
                });
}

} // namespace jobdesk::ui
