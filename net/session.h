#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace jobdesk::net {

class CredentialStore;

// One signed-in user on one server. The access token lives in memory only; the
// refresh token too, unless "keep me signed in" puts it in the OS keychain, where
// every rotation replaces it and signing out removes it.
class Session final : public QObject, public TokenSource
{
    Q_OBJECT

public:
    Session(ApiClient *api, CredentialStore *credentials, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Session)

    // The keychain entry of an account on a server.
    static QString credentialKey(const QUrl &server, const QString &email);

    void signIn(const QString &email, const QString &password, bool keepSignedIn);
    // Signs in again from the keychain, without a password.
    void resume(const QString &email);
    void signOut();
    void registerWorker(const QString &email, const QString &name, const QString &password);

    bool isSignedIn() const { return !m_access.isEmpty(); }
    QJsonObject user() const { return m_user; }
    QString email() const { return m_email; }
    bool isAdmin() const;
    int refreshCount() const { return m_refreshCount; }

    QByteArray accessToken() const override { return m_access; }
    void refreshAccessToken(std::function<void(bool)> done) override;

Q_SIGNALS:
    void signedIn(const QJsonObject &user);
    void signInFailed(const QString &message, const QString &problem);
    void signedOut();
    // The server ended the session (refresh refused): sign in again.
    void sessionEnded(const QString &message);
    // "Keep me signed in" could not reach the keychain; the session goes on without it.
    void keychainUnavailable(const QString &message);
    void registered(const QJsonObject &user);
    void registrationFailed(const QString &message, const QJsonObject &fieldErrors);

private:
    void adopt(const QJsonObject &tokens);
    void storeRefreshToken();
    void forget();

    ApiClient *m_api;
    CredentialStore *m_credentials;
    QByteArray m_access;
    QString m_refresh;
    QString m_email;
    QJsonObject m_user;
    bool m_keep = false;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    QList<std::function<void(bool)>> m_refreshWaiters;
    std::pair<QString, QString> m_refreshError; // message, problem slug of the last failure
};

} // namespace jobdesk::net
