#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace jobdesk::net {
class ApiClient;
class RealtimeClient;
} // namespace jobdesk::net

namespace jobdesk::ui {

// The audit log, newest first: who changed what and when, filtered by actor,
// action, job and time range, a page at a time ("Load more" follows the
// server's cursor). The selected row's record before and after reads as a diff.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        RecordColumn,
        AddressColumn
    };

    AuditPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuditPage)

    QTreeWidget *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    bool hasMore() const { return !m_cursor.isEmpty(); }
    void setPageSize(int rows) { m_pageSize = rows; } // 100 by default
    QString messageText() const;
    // The filters as widgets hold them (tests and the dispatch board's "history" link).
    void setActor(qint64 userId);
    void setAction(const QString &action);
    void setJobId(qint64 jobId);
    void setTimeRange(const QDateTime &from, const QDateTime &to); // invalid: open end

public Q_SLOTS:
    void reload();
    void loadMore();

Q_SIGNALS:
    void loaded();

private:
    void fetch(bool append);
    void addRows(const QJsonArray &items);
    void showDetail();
    void loadActors();
    QUrlQuery filterQuery() const;
    QString actorName(const QJsonValue &actorId) const;
    static QString recordText(const QJsonObject &entry);
    void setMessage(const QString &text, bool problem);

    net::ApiClient *m_api;
    QHash<qint64, QString> m_names;
    QComboBox *m_actor;
    QComboBox *m_action;
    QLineEdit *m_job;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QTreeWidget *m_table;
    QTextBrowser *m_detail;
    QCheckBox *m_unchanged;
    QPushButton *m_more;
    QLabel *m_count;
    QLabel *m_message;
    QTimer *m_debounce;
    QString m_cursor;
    int m_generation = 0;
    int m_pageSize = 100;
};

} // namespace jobdesk::ui
