#pragma once

#include "jobstatus.h"
#include "realtimeclient.h"

#include <QJsonObject>
#include <QList>
#include <QMainWindow>

class QLabel;
class QSettings;

namespace jobdesk::net {
class ApiClient;
class DeliverableSubmitter;
class LocalStore;
class Session;
class SyncEngine;
class TimeTracker;
class UploadQueue;
class IdleMonitor;
struct AwaySpan;
} // namespace jobdesk::net

namespace jobdesk {
struct TimeEntry;
}

namespace jobdesk::ui {

class AwayPrompt;
class JobDetailPane;
class JobQueueModel;
class JobQueueView;
class TimerBar;
class WorkerTray;

// The worker's face: the queue on the left, the selected job on the right, the
// timer across the top, connection state below. Lists load from the server (or the
// local cache when offline) and then follow realtime events row by row. Closing
// the window while a timer runs keeps the app in the tray; quitting with a timer
// running asks first (workerclose.cpp).
class WorkerWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `store` must be open. The realtime client is started by the caller.
    // `uploads` and `submitter` (over the same store) must outlive the window.
    WorkerWindow(net::ApiClient *api, net::Session *session, net::RealtimeClient *realtime,
                 net::LocalStore *store, net::UploadQueue *uploads,
                 net::DeliverableSubmitter *submitter, QWidget *parent = nullptr);
    ~WorkerWindow() override;
    Q_DISABLE_COPY_MOVE(WorkerWindow)

    JobQueueModel *queueModel() const { return m_model; }
    JobQueueView *queueView() const { return m_queue; }
    JobDetailPane *detailPane() const { return m_detail; }
    TimerBar *timerBar() const { return m_timerBar; }
    net::TimeTracker *tracker() const { return m_tracker; }
    net::SyncEngine *syncEngine() const { return m_sync; }
    net::LocalStore *store() const { return m_store; }
    AwayPrompt *awayPrompt() const { return m_away; }
    WorkerTray *tray() const { return m_tray; }
    QString connectionText() const;
    // The app's settings (idle threshold, close to tray); may stay unset.
    void setSettings(QSettings *settings);

public Q_SLOTS:
    void reload();
    // Quit from the menu or the tray: asks first while a timer runs.
    void requestQuit();
    void hideToTray();
    void showFromTray();

Q_SIGNALS:
    void signOutRequested();
    // The worker chose to quit; the app quits right after.
    void quitConfirmed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void askToQuit();
    void quitNow();
    void awayFound(const net::AwaySpan &span);
    void openPreferences();
    void applySettings();
    void sessionEnding();
    void buildMenus();
    void listsLoaded(const QJsonArray &jobs, const QJsonArray &offers);
    void loadUnread();
    void onEvent(qint64 id, const QString &type, const QJsonObject &data);
    void onNotification(const QJsonObject &n);
    void showJob(qint64 jobId);
    void accept(qint64 offerId, qint64 jobId);
    void decline(qint64 offerId, qint64 jobId);
    void transition(qint64 jobId, JobStatus to);
    void refreshJob(qint64 jobId);
    void updateConnection();
    void heldJobsChanged();
    void askAboutRecovered(const TimeEntry &entry);
    void openManualEntry();
    void openTimesheet();
    qint64 trackedSeconds(qint64 jobId) const;
    void toast(const QString &text);

    net::ApiClient *m_api;
    net::Session *m_session;
    net::RealtimeClient *m_realtime;
    net::LocalStore *m_store;
    net::TimeTracker *m_tracker;
    net::SyncEngine *m_sync;
    JobQueueModel *m_model;
    JobQueueView *m_queue;
    JobDetailPane *m_detail;
    TimerBar *m_timerBar;
    WorkerTray *m_tray;
    net::IdleMonitor *m_idle;
    AwayPrompt *m_away;
    QSettings *m_settings = nullptr;
    QLabel *m_connection;
    bool m_quitting = false;
    bool m_inTray = false;
    bool m_quitOnLastClosed = true; // the app's setting before hiding to the tray
    bool m_trayNoticeShown = false;
    bool m_loaded = false;
    bool m_showingCache = false; // the local cache until the server answers
    bool m_online = true;
    bool m_caughtUp = false; // the backlog after connecting is applied, not announced
    int m_loadGeneration = 0;
    QList<std::pair<QString, QJsonObject>> m_early; // events before the first load
};

} // namespace jobdesk::ui
