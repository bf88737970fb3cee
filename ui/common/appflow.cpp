#include "appflow.h"

#include "adminwindow.h"
#include "apiclient.h"
#include "attachmentlinker.h"
#include "deliverablesubmitter.h"
#include "localstore.h"
#include "loginwindow.h"
#include "realtimeclient.h"
#include "session.h"
#include "uploadqueue.h"
#include "workerwindow.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

namespace jobdesk::ui {

AppFlow::AppFlow(QNetworkAccessManager *nam, net::CredentialStore *credentials, QSettings *settings,
                 QString dataRoot, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataRoot(std::move(dataRoot))
    , m_api(new net::ApiClient(nam, this))
{
    m_session = new net::Session(m_api, credentials, this);
    m_api->setTokenSource(m_session);
    m_realtime = new net::RealtimeClient(m_session, this);
    connect(m_session, &net::Session::signedIn, this, &AppFlow::signedIn);
    connect(m_session, &net::Session::sessionEnded, this, [this](const QString &message) {
        closeMainWindows();
        showLogin(tr("Please sign in again: %1").arg(message));
    });
    // A server upgraded under a running app refuses it from now on: back to sign-in,
    // which says what to install. The kept session stays for after the update.
    connect(
        m_api, &net::ApiClient::clientTooOld, this,
        [this](const QString &message) {
            if (!m_worker && !m_admin)
                return; // signing in: the sign-in window shows it already
            closeMainWindows();
            showLogin(message);
        },
        Qt::QueuedConnection);
    connect(m_session, &net::Session::keychainUnavailable, this, [](const QString &message) {
        qWarning("keychain unavailable: %s", qPrintable(message));
    });
}

AppFlow::~AppFlow()
{
    closeMainWindows();
    delete m_login;
}

LoginWindow *AppFlow::loginWindow() const
{
    return m_login;
}

void AppFlow::bringToFront()
{
    QWidget *window = m_worker ? static_cast<QWidget *>(m_worker)
                      : m_admin ? static_cast<QWidget *>(m_admin)
                                : static_cast<QWidget *>(m_login);
    if (!window)
        return;
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
    if (QWidget *dialog = QApplication::activeModalWidget()) {
        dialog->raise();
        dialog->activateWindow();
    }
}

WorkerWindow *AppFlow::workerWindow() const
{
    return m_worker;
}

AdminWindow *AppFlow::adminWindow() const
{
    return m_admin;
}

void AppFlow::start(const QString &serverOverride)
{
    const QString saved = m_settings->value(QStringLiteral("account/server")).toString();
    const QString email = m_settings->value(QStringLiteral("account/email")).toString();
    const bool keep = m_settings->value(QStringLiteral("account/keep"), false).toBool();
    const bool sameServer = serverOverride.isEmpty() ||
                            QUrl::fromUserInput(serverOverride) == QUrl::fromUserInput(saved);
    if (keep && !email.isEmpty() && !saved.isEmpty() && sameServer) {
        // Silent resume; the sign-in window only appears if it fails.
        m_api->setBaseUrl(QUrl::fromUserInput(saved));
        auto *failed = new QObject(this);
        connect(m_session, &net::Session::signInFailed, failed,
                [this, failed](const QString &message, const QString &problem) {
                    failed->deleteLater();
                    showLogin(LoginWindow::explain(message, problem));
                });
        connect(m_session, &net::Session::signedIn, failed, [failed] { failed->deleteLater(); });
        m_session->resume(email);
        return;
    }
    showLogin();
    if (!serverOverride.isEmpty())
        m_login->setServer(serverOverride);
}

void AppFlow::showLogin(const QString &message)
{
    m_startMinimized = false; // asking the user something: never hidden
    if (!m_login)
        m_login = new LoginWindow(m_api, m_session, m_settings);
    m_login->setError(message);
    m_login->show();
    m_login->raise();
}

QString AppFlow::storePath() const
{
    // One file per server and user; hashed so any address makes a safe file name.
    const QByteArray key =
        m_api->baseUrl().toString().toUtf8() + '\n' +
        QByteArray::number(m_session->user().value(QStringLiteral("id")).toInteger());
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    QDir().mkpath(m_dataRoot);
    return QDir(m_dataRoot).filePath(name + QStringLiteral(".sqlite"));
}

void AppFlow::signedIn()
{
    if (m_login)
        m_login->hide();
    closeMainWindows();
    if (m_session->isAdmin())
        return openAdmin();
    m_store = new net::LocalStore(this);
    const net::Status opened = m_store->open(storePath());
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, tr("Jobdesk"),
                              tr("Your local time data could not be opened: %1").arg(opened.error));
        delete m_store;
        m_store = nullptr;
        m_session->signOut();
        showLogin(tr("Local data unavailable: %1").arg(opened.error));
        return;
    }
    // Uploads left from the last run go on from the server's offsets.
    m_uploads = new net::UploadQueue(m_store, m_api, this);
    m_submitter = new net::DeliverableSubmitter(m_uploads, m_api, this);
    m_worker = new WorkerWindow(m_api, m_session, m_realtime, m_store, m_uploads, m_submitter);
    m_worker->setSettings(m_settings);
    connect(m_worker, &WorkerWindow::signOutRequested, this, &AppFlow::signOut);
    if (std::exchange(m_startMinimized, false))
        m_worker->showMinimized();
    else
        m_worker->show();
    // From now: the window loads the current state once the socket is live.
    m_realtime->start(m_api->baseUrl(), -1);
}

void AppFlow::openAdmin()
{
    // The admin's own local store keeps attachment uploads going across restarts;
    // without it the console works, only without attachments.
    m_store = new net::LocalStore(this);
    if (const net::Status opened = m_store->open(storePath()); opened.ok()) {
        m_uploads = new net::UploadQueue(m_store, m_api, this);
        m_uploads->setPurpose(QStringLiteral("attachment"));
        m_linker = new net::AttachmentLinker(m_uploads, m_api, this);
    } else {
        qWarning("admin local store unavailable: %s", qPrintable(opened.error));
        delete m_store;
        m_store = nullptr;
    }
    m_admin = new AdminWindow(m_api, m_session, m_realtime);
    m_admin->setAttribute(Qt::WA_DeleteOnClose);
    m_admin->setAttachmentUploads(m_uploads, m_linker);
    connect(m_admin, &AdminWindow::signOutRequested, this, &AppFlow::signOut);
    if (std::exchange(m_startMinimized, false))
        m_admin->showMinimized();
    else
        m_admin->show();
    m_realtime->start(m_api->baseUrl(), -1);
}

void AppFlow::signOut()
{
    closeMainWindows();
    m_session->signOut();
    m_settings->setValue(QStringLiteral("account/keep"), false);
    showLogin();
}

void AppFlow::closeMainWindows()
{
    m_realtime->stop();
    delete m_worker; // stops and records a running timer
    delete m_admin;
    delete m_submitter; // the window is gone; the store outlives the queue
    m_submitter = nullptr;
    delete m_linker;
    m_linker = nullptr;
    delete m_uploads;
    m_uploads = nullptr;
    if (m_store) {
        m_store->close();
        delete m_store;
        m_store = nullptr;
    }
}

} // namespace jobdesk::ui
