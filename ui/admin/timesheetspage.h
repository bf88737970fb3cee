#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace jobdesk::net {
class ApiClient;
class RealtimeClient;
} // namespace jobdesk::net

namespace jobdesk::ui {

// Timesheets: one row per worker for a week (Monday..Sunday in the worker's own
// time zone) with hours, entries, rate, earnings and whether the week is
// approved (locked). Expanding a worker lists the entries behind the total.
// Approve freezes the week; Reopen unlocks it; Export saves the server's
// payroll CSV for a date range as it comes.
class TimesheetsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        WorkerColumn,
        HoursColumn,
        EntriesColumn,
        RateColumn,
        EarningsColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int WorkerIdRole = Qt::UserRole + 1;
    static constexpr int EntryIdRole = Qt::UserRole + 2;
    static constexpr int LoadedRole = Qt::UserRole + 3; // entries fetched (or on their way)

    TimesheetsPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TimesheetsPage)

    QDate weekStart() const { return m_monday; }
    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *itemFor(qint64 workerId) const;
    QJsonObject row(qint64 workerId) const { return m_rows.value(workerId); }
    QString messageText() const;
    QString totalText() const;

    // Saves the server's CSV for from..to (inclusive) to `path`, byte for byte;
    // exportFinished tells how it went.
    void exportCsv(const QDate &from, const QDate &to, const QString &path);

public Q_SLOTS:
    void showWeek(const QDate &anyDay);
    void reload();
    void approveSelected();
    void reopenSelected();
    void chooseExport();

Q_SIGNALS:
    void loaded();
    void entriesLoaded(qint64 workerId);
    void exportFinished(const QString &path, bool ok);

private:
    void fillRow(QTreeWidgetItem *item, const QJsonObject &row);
    void rowChanged(const QJsonObject &row);
    void loadEntries(QTreeWidgetItem *item);
    void updateButtons();
    void updateTotal();
    void setMessage(const QString &text, bool problem);
    void decide(const QString &action);
    qint64 selectedWorker() const;

    net::ApiClient *m_api;
    QDate m_monday;
    QHash<qint64, QJsonObject> m_rows;
    QTreeWidget *m_tree;
    QLabel *m_week;
    QDateEdit *m_pick;
    QLabel *m_total;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_reopen;
    QTimer *m_refresh;
    int m_generation = 0;
};

} // namespace jobdesk::ui
