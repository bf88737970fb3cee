#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace jobdesk::ui {

// The tray icon while the worker window is open: the running timer and today's
// total at a glance, quick Start/Stop, time away awaiting an answer, and desktop
// notifications. Does nothing where the desktop has no tray.
class WorkerTray final : public QObject
{
    Q_OBJECT

public:
    explicit WorkerTray(QObject *parent = nullptr);
    ~WorkerTray() override;
    Q_DISABLE_COPY_MOVE(WorkerTray)

    // Headless test runs have no tray; this makes the next trays act as if there
    // were one (the icon is created; the platform may not show it).
    static void setAssumeAvailable(bool assume);

    bool isAvailable() const { return m_tray != nullptr; }
    void setStatus(bool running, const QString &runningText, const QString &todayText);
    // Time away awaiting the worker's answer: a menu entry that opens the window at it.
    void setAwayPending(int spans);
    void notify(const QString &title, const QString &text);
    QString lastMessage() const { return m_lastMessage; }
    int messageCount() const { return m_messages; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void toggleTimerRequested();
    void showWindowRequested();
    void awayRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_running = nullptr;
    QAction *m_today = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_away = nullptr;
    QString m_lastMessage;
    int m_messages = 0;
    bool m_wasRunning = false;
};

} // namespace jobdesk::ui
