#pragma once

#include <QDate>
#include <QDialog>
#include <QJsonObject>
#include <QUuid>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace jobdesk::net {
class LocalStore;
class SyncEngine;
} // namespace jobdesk::net

namespace jobdesk::ui {

class EntryResolver;

// One week of the worker's own time, per day, with each entry's sync state.
// Double-click (or Edit) changes an entry; a rejected entry is resent once edited.
// Selecting an entry the server did not take shows what to do about it below
// (EntryResolver): a conflict side by side, a rejection with its reason.
class TimesheetDialog final : public QDialog
{
    Q_OBJECT

public:
    TimesheetDialog(net::LocalStore *store, net::SyncEngine *sync, QList<QJsonObject> jobs,
                    QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TimesheetDialog)

    void showWeek(const QDate &anyDay);
    // Selects an entry of the week shown; false when it is not in it.
    bool selectEntry(const QUuid &id);
    EntryResolver *resolver() const { return m_resolver; }
    QTreeWidget *tree() const { return m_tree; }

private:
    void reload();
    void edit(const QUuid &id);
    void selectionChanged();
    QString jobTitle(qint64 id) const;

    net::LocalStore *m_store;
    net::SyncEngine *m_sync;
    QList<QJsonObject> m_jobs;
    QDate m_monday;
    QLabel *m_week;
    QLabel *m_attention;
    QLabel *m_status;
    QTreeWidget *m_tree;
    EntryResolver *m_resolver;
};

} // namespace jobdesk::ui
