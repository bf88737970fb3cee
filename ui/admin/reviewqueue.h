#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace jobdesk::net {
class ApiClient;
class RealtimeClient;
class Session;
} // namespace jobdesk::net

namespace jobdesk::ui {

class ReviewPane;

// Jobs waiting for an admin's verdict, oldest submission first, and the
// selected one's delivered work. Follows realtime events: a job appears when
// its worker submits and leaves when it is decided, wherever that happened.
class ReviewQueue final : public QWidget
{
    Q_OBJECT

public:
    ReviewQueue(net::ApiClient *api, net::Session *session, net::RealtimeClient *realtime,
                QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewQueue)

    QTreeWidget *list() const { return m_list; }
    ReviewPane *pane() const { return m_pane; }
    bool isLoaded() const { return m_loaded; }
    int count() const;
    void selectJob(qint64 jobId);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void message(const QString &text);
    void countChanged(int count);

private:
    void upsert(const QJsonObject &job);
    void remove(qint64 jobId);
    QTreeWidgetItem *itemFor(qint64 jobId) const;
    void fill(QTreeWidgetItem *item, const QJsonObject &job);
    void showCurrent();
    void filter();

    net::ApiClient *m_api;
    net::RealtimeClient *m_realtime;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_empty;
    ReviewPane *m_pane;
    QHash<qint64, QString> m_names;
    bool m_loaded = false;
    bool m_caughtUp = false;
    int m_generation = 0;
};

} // namespace jobdesk::ui
