#include "workertray.h"

#include "appicon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace jobdesk::ui {

WorkerTray::WorkerTray(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_running = m_menu->addAction(QString());
    m_running->setEnabled(false);
    m_today = m_menu->addAction(QString());
    m_today->setEnabled(false);
    m_menu->addSeparator();
    m_toggle = m_menu->addAction(tr("Start timer"));
    connect(m_toggle, &QAction::triggered, this, &WorkerTray::toggleTimerRequested);
    connect(m_menu->addAction(tr("Show Jobdesk")), &QAction::triggered, this,
            &WorkerTray::showWindowRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &WorkerTray::quitRequested);
    m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    Q_EMIT showWindowRequested();
            });
    m_tray->show();
}

WorkerTray::~WorkerTray()
{
    delete m_menu;
}

void WorkerTray::setStatus(bool running, const QString &runningText, const QString &todayText)
{
    if (!m_tray)
        return;
    m_running->setText(running ? tr("Running: %1").arg(runningText) : tr("Timer stopped"));
    m_today->setText(tr("Today: %1").arg(todayText));
    m_toggle->setText(running ? tr("Stop timer") : tr("Start timer"));
    m_tray->setToolTip(running ? tr("Jobdesk — timer running %1").arg(runningText)
                               : tr("Jobdesk — today %1").arg(todayText));
    if (running != m_wasRunning)
        m_tray->setIcon(AppIcon::icon(running));
    m_wasRunning = running;
}

void WorkerTray::notify(const QString &title, const QString &text)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

} // namespace jobdesk::ui
