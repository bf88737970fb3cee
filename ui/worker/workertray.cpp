#include "workertray.h"

#include "appicon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace jobdesk::ui {

namespace {

bool assumeAvailable = false;

} // namespace

void WorkerTray::setAssumeAvailable(bool assume)
{
    assumeAvailable = assume;
}

WorkerTray::WorkerTray(QObject *parent)
    : QObject(parent)
{
    if (!assumeAvailable && !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_running = m_menu->addAction(QString());
    m_running->setEnabled(false);
    m_today = m_menu->addAction(QString());
    m_today->setEnabled(false);
    m_menu->addSeparator();
    m_toggle = m_menu->addAction(tr("Start timer"));
    m_toggle->setObjectName(QStringLiteral("trayToggle"));
    connect(m_toggle, &QAction::triggered, this, &WorkerTray::toggleTimerRequested);
    m_away = m_menu->addAction(QString());
    m_away->setObjectName(QStringLiteral("trayAway"));
    m_away->setVisible(false);
    connect(m_away, &QAction::triggered, this, &WorkerTray::awayRequested);
    QAction *show = m_menu->addAction(tr("Show Jobdesk"));
    show->setObjectName(QStringLiteral("trayShow"));
    connect(show, &QAction::triggered, this, &WorkerTray::showWindowRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &WorkerTray::quitRequested);
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

void WorkerTray::setAwayPending(int spans)
{
    if (!m_tray)
        return;
    m_away->setText(tr("Time away: %n to review…", nullptr, spans));
    m_away->setVisible(spans > 0);
}

void WorkerTray::notify(const QString &title, const QString &text)
{
    if (!m_tray)
        return;
    m_lastMessage = text;
    ++m_messages;
    if (QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

} // namespace jobdesk::ui
