#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace jobdesk::ui {

// The tray icon while the worker window is open: the running timer and today's
// total at a glance, quick Start/Stop, and desktop notifications. Does nothing
// where the desktop has no tray.
class WorkerTray final : public QObject
{
    Q_OBJECT

public:
    explicit WorkerTray(QObject *parent = nullptr);
    ~WorkerTray() override;
    Q_DISABLE_COPY_MOVE(WorkerTray)

    bool isAvailable() const { return m_tray != nullptr; }
    void setStatus(bool running, const QString &runningText, const QString &todayText);
    void notify(const QString &title, const QString &text);

Q_SIGNALS:
    void toggleTimerRequested();
    void showWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_running = nullptr;
    QAction *m_today = nullptr;
    QAction *m_toggle = nullptr;
    bool m_wasRunning = false;
};

} // namespace jobdesk::ui
