#pragma once

#include <QDate>
#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace jobdesk::net {
class LocalStore;
class SyncEngine;
} // namespace jobdesk::net

namespace jobdesk::ui {

// One week of the worker's own time, per day, with each entry's sync state.
// Double-click (or Edit) changes an entry; a rejected entry is resent once edited.
class TimesheetDialog final : public QDialog
{
    Q_OBJECT

public:
    TimesheetDialog(net::LocalStore *store, net::SyncEngine *sync, QList<QJsonObject> jobs,
                    QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TimesheetDialog)

    void showWeek(const QDate &anyDay);

private:
    void reload();
    void edit(QTreeWidgetItem *item);
    QString jobTitle(qint64 id) const;

    net::LocalStore *m_store;
    net::SyncEngine *m_sync;
    QList<QJsonObject> m_jobs;
    QDate m_monday;
    QLabel *m_week;
    QTreeWidget *m_tree;
};

} // namespace jobdesk::ui
