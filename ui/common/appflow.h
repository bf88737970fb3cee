#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace jobdesk::net {
class ApiClient;
class AttachmentLinker;
class CredentialStore;
class DeliverableSubmitter;
class LocalStore;
class RealtimeClient;
class Session;
class UploadQueue;
} // namespace jobdesk::net

namespace jobdesk::ui {

class AdminWindow;
class LoginWindow;
class WorkerWindow;

// Which window is up: sign-in (or a silent resume of a kept session), then the
// worker window on its own local store, or the operations console; back to sign-in
// when the user signs out or the server ends the session.
class AppFlow final : public QObject
{
    Q_OBJECT

public:
    // `dataRoot` holds one local store per server and user.
    AppFlow(QNetworkAccessManager *nam, net::CredentialStore *credentials, QSettings *settings,
            QString dataRoot, QObject *parent = nullptr);
    ~AppFlow() override;
    Q_DISABLE_COPY_MOVE(AppFlow)

    // `serverOverride` (from --server) pre-fills the address and skips a resume
    // against another server.
    void start(const QString &serverOverride = {});
    // The first main window after start() opens minimized (`--minimized`, as the
    // autostart entry runs the app); a sign-in window that has to ask never is.
    void setStartMinimized(bool minimized) { m_startMinimized = minimized; }

    // Shows the window that is up (also when hidden in the tray or minimized) and
    // brings it, and any dialog open over it, to the front: a second launch asks.
    void bringToFront();

    LoginWindow *loginWindow() const;
    WorkerWindow *workerWindow() const;
    AdminWindow *adminWindow() const;
    net::Session *session() const { return m_session; }
    net::ApiClient *api() const { return m_api; }

private:
    void showLogin(const QString &message = {});
    void signedIn();
    void openAdmin();
    void signOut();
    void closeMainWindows();
    QString storePath() const;

    QSettings *m_settings;
    QString m_dataRoot;
    net::ApiClient *m_api;
    net::Session *m_session;
    net::RealtimeClient *m_realtime;
    net::LocalStore *m_store = nullptr;
    net::UploadQueue *m_uploads = nullptr; // over m_store
    net::DeliverableSubmitter *m_submitter = nullptr;
    net::AttachmentLinker *m_linker = nullptr; // admin: attachments over m_uploads
    QPointer<LoginWindow> m_login;
    QPointer<WorkerWindow> m_worker;
    QPointer<AdminWindow> m_admin;
    bool m_startMinimized = false;
};

} // namespace jobdesk::ui
