#pragma once

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace jobdesk::net {
class LocalStore;
class SyncEngine;
class TimeTracker;
struct SyncCounts;
} // namespace jobdesk::net

namespace jobdesk::ui {

// The strip across the top: which job, Start/Stop, the running time, today's total,
// manual entry, and where the time stands with the server.
class TimerBar final : public QWidget
{
    Q_OBJECT

public:
    TimerBar(net::TimeTracker *tracker, net::LocalStore *store, net::SyncEngine *sync,
             QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TimerBar)

    // The jobs the worker holds (the only ones time can go to).
    void setJobs(const QList<QJsonObject> &jobs);
    void selectJob(qint64 jobId);
    qint64 selectedJobId() const;
    void setOnline(bool online);
    // Seconds tracked today, closed entries plus the running timer.
    qint64 todaySeconds() const;
    QString runningText() const;
    QString syncText() const;

Q_SIGNALS:
    void manualEntryRequested();
    void timesheetRequested();
    void totalsChanged();
    void message(const QString &text);

private:
    void toggle();
    void refreshRunning();
    void refreshTotals();
    void refreshSync();

    net::TimeTracker *m_tracker;
    net::LocalStore *m_store;
    net::SyncEngine *m_sync;
    QComboBox *m_job;
    QPushButton *m_startStop;
    QLabel *m_running;
    QLabel *m_today;
    QPushButton *m_manual;
    QLabel *m_syncLabel;
    QTimer m_tick;
    qint64 m_closedToday = 0;
    bool m_online = true;
};

} // namespace jobdesk::ui
