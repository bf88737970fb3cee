// WorkerWindow: settings, closing to the tray, quitting, and time away.
//
// Closing the window while a timer runs hides it to the tray (the timer keeps
// going; a notice says so once); with the "close to tray" setting it always does.
// Without a tray, closing is quitting. Quitting (menu, tray, or closing without a
// tray) with a timer running asks: stop the timer and quit, keep timing in the
// tray (when there is one), or cancel. Nothing stops silently; only the desktop
// session ending stops and records the timer without asking.
#include "workerwindow.h"

#include "awayprompt.h"
#include "displaytext.h"
#include "timerbar.h"
#include "timetracker.h"
#include "workerpreferences.h"
#include "workertray.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace jobdesk::ui {

namespace {

const QString TrayNoticeKey = QStringLiteral("worker/trayNoticeShown");

} // namespace

void WorkerWindow::setSettings(QSettings *settings)
{
    m_settings = settings;
    applySettings();
}

void WorkerWindow::applySettings()
{
    m_tracker->setIdleThreshold(qint64(WorkerPreferences::idleMinutes(m_settings)) * 60 * 1000);
    if (m_settings)
        m_trayNoticeShown = m_settings->value(TrayNoticeKey, false).toBool();
}

void WorkerWindow::sessionEnding()
{
    // Logging out of the desktop: no questions; the timer is stopped and recorded.
    m_quitting = true;
    if (m_tracker->isRunning())
        m_tracker->stop();
}

void WorkerWindow::openPreferences()
{
    auto *dialog = new WorkerPreferences(m_settings, this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &WorkerWindow::applySettings);
    dialog->open();
}

void WorkerWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting) {
        event->accept();
        return;
    }
    const bool running = m_tracker->isRunning();
    if (m_tray->isAvailable() && (running || WorkerPreferences::closeToTray(m_settings))) {
        event->ignore();
        hideToTray();
        return;
    }
    if (running) {
        event->ignore();
        askToQuit();
        return;
    }
    event->accept(); // the last window closed: the app quits
}

void WorkerWindow::hideToTray()
{
    if (!m_tray->isAvailable())
        return;
    if (!m_inTray) {
        // Dialogs opened from the tray must not end the app when they close.
        m_quitOnLastClosed = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        m_inTray = true;
    }
    hide();
    if (m_trayNoticeShown)
        return;
    m_trayNoticeShown = true;
    if (m_settings)
        m_settings->setValue(TrayNoticeKey, true);
    m_tray->notify(tr("Jobdesk is still running"),
                   m_tracker->isRunning()
                       ? tr("Your timer keeps running. Open Jobdesk or quit from the tray icon.")
                       : tr("Open Jobdesk or quit from the tray icon."));
}

void WorkerWindow::showEvent(QShowEvent *event)
{
    // However it comes back (tray, a second launch), it is no longer in the tray.
    if (m_inTray) {
        QGuiApplication::setQuitOnLastWindowClosed(m_quitOnLastClosed);
        m_inTray = false;
    }
    QMainWindow::showEvent(event);
}

void WorkerWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void WorkerWindow::requestQuit()
{
    if (m_tracker->isRunning())
        askToQuit();
    else
        quitNow();
}

void WorkerWindow::askToQuit()
{
    if (auto *open = findChild<QMessageBox *>(QStringLiteral("quitDialog"))) {
        open->raise();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Quit Jobdesk"),
                        tr("Your timer is running (%1 so far).").arg(m_timerBar->runningText()),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitDialog"));
    box->setInformativeText(tr("Quitting stops it and records the time."));
    QPushButton *stop = box->addButton(tr("Stop timer and quit"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("quitStop"));
    QPushButton *keep = nullptr;
    if (m_tray->isAvailable()) {
        keep = box->addButton(tr("Keep timing in the tray"), QMessageBox::ActionRole);
        keep->setObjectName(QStringLiteral("quitKeep"));
    }
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("quitCancel"));
    box->setDefaultButton(keep ? keep : cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, stop, keep](QAbstractButton *b) {
        box->close();
        if (b == keep) {
            hideToTray();
        } else if (b == stop) {
            const net::Status s = m_tracker->stop();
            if (!s.ok()) {
                QMessageBox::warning(this, tr("Quit Jobdesk"),
                                     tr("The timer could not be stopped: %1").arg(s.error));
                return;
            }
            quitNow();
        }
    });
    box->open();
}

void WorkerWindow::quitNow()
{
    m_quitting = true;
    Q_EMIT quitConfirmed();
    QCoreApplication::quit();
}

void WorkerWindow::awayFound(const net::AwaySpan &span)
{
    m_tray->setAwayPending(int(m_tracker->awaySpans().size()));
    if (isVisible() && isActiveWindow())
        return; // the banner is in sight
    if (span.kind == net::AwaySpan::Kind::Gap) {
        m_tray->notify(tr("Timer gap"),
                       tr("The computer was asleep or its clock was changed for %1 while the "
                          "timer ran. Choose whether that time counts.")
                           .arg(DisplayText::duration(span.seconds())));
        return;
    }
    m_tray->notify(tr("Welcome back"), tr("You were away for %1. Choose whether that time counts.")
                                           .arg(DisplayText::duration(span.seconds())));
}

} // namespace jobdesk::ui
