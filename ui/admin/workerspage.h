#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace jobdesk::net {
class ApiClient;
class RealtimeClient;
} // namespace jobdesk::net

namespace jobdesk::ui {

class WorkerEditor;

// Workers: everyone with the worker role, pending registrations first (with
// Approve), their skills, capacity, rate and how they are doing (GET
// /workers/stats: load, hours this week, on-time and revision rates, rating);
// the selected worker's profile opens in the editor on the right.
class WorkersPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        SkillsColumn,
        CapacityColumn,
        RateColumn,
        LoadColumn,
        WeekColumn,
        OnTimeColumn,
        RevisionColumn,
        RatingColumn,
        ActionColumn,
        ColumnCount
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    WorkersPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WorkersPage)

    QTreeWidget *table() const { return m_table; }
    WorkerEditor *editor() const { return m_editor; }
    QTreeWidgetItem *itemFor(qint64 userId) const;
    void selectWorker(qint64 userId);
    QString messageText() const;
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void rebuild();
    void fillRow(QTreeWidgetItem *item, const QJsonObject &user);
    void applyFilter();
    void approve(qint64 userId);
    void userChanged(const QJsonObject &user);
    void onEvent(qint64 id, const QString &type, const QJsonObject &payload);
    void showSelected();
    void reloadStats();
    void setMessage(const QString &text, bool problem);
    QString skillsText(const QJsonObject &profile) const;

    net::ApiClient *m_api;
    QHash<qint64, QJsonObject> m_users;
    QHash<qint64, QJsonObject> m_stats;
    QList<std::pair<QString, QString>> m_catalogue;
    QTreeWidget *m_table;
    WorkerEditor *m_editor;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QLabel *m_message;
    QTimer *m_statsTimer;
    int m_generation = 0;
    bool m_loaded = false;
    qint64 m_shown = 0; // the worker in the editor
};

} // namespace jobdesk::ui
