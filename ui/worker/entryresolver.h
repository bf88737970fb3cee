#pragma once

#include "localtypes.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace jobdesk::net {
class LocalStore;
class SyncEngine;
} // namespace jobdesk::net

namespace jobdesk::ui {

// Under the timesheet: what to do about the selected entry when the server did
// not take it. A conflict shows the worker's copy beside the server's, field by
// field with the differences marked, and settles it (Keep mine / Take the
// server's); a rejected entry shows why, with Edit and resend.
class EntryResolver final : public QWidget
{
    Q_OBJECT

public:
    EntryResolver(net::LocalStore *store, net::SyncEngine *sync, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EntryResolver)

    void setJobs(const QList<QJsonObject> &jobs) { m_jobs = jobs; }
    // Shows what applies to `entry`; hides itself for synced and pending entries.
    void showEntry(const net::LocalEntry &entry);
    void clear();
    QUuid entryId() const { return m_id; }

Q_SIGNALS:
    void editRequested(const QUuid &id);
    void message(const QString &text);

private:
    void resolve(net::ConflictChoice choice);
    void showConflict(const net::LocalEntry &entry);
    QString jobTitle(qint64 id) const;

    net::LocalStore *m_store;
    net::SyncEngine *m_sync;
    QList<QJsonObject> m_jobs;
    QUuid m_id;
    QLabel *m_title;
    QLabel *m_explain;
    QWidget *m_compare;
    QGridLayout *m_grid;
    QPushButton *m_keepMine;
    QPushButton *m_takeServer;
    QPushButton *m_edit;
};

} // namespace jobdesk::ui
