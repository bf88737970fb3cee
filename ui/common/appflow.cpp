#include "appflow.h"

#include "adminplaceholderwindow.h"
#include "apiclient.h"
#include "deliverablesubmitter.h"
#include "localstore.h"
#include "loginwindow.h"
#include "realtimeclient.h"
#include "session.h"
#include "uploadqueue.h"
#include "workerwindow.h"

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

WorkerWindow *AppFlow::workerWindow() const
{
    return m_worker;
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
    const QJsonObject user = m_session->user();
    if (m_session->isAdmin()) {
        m_admin = new AdminPlaceholderWindow(user.value(QStringLiteral("name")).toString());
        m_admin->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_admin, &AdminPlaceholderWindow::signOutRequested, this, &AppFlow::signOut);
        m_admin->show();
        return;
    }
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
    connect(m_worker, &WorkerWindow::signOutRequested, this, &AppFlow::signOut);
    m_worker->show();
    // From now: the window loads the current state once the socket is live.
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
    delete m_uploads;
    m_uploads = nullptr;
    if (m_store) {
        m_store->close();
        delete m_store;
        m_store = nullptr;
    }
}

} // namespace jobdesk::ui
