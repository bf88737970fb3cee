#include "session.h"

#include "credentialstore.h"

namespace jobdesk::net {

Session::Session(ApiClient *api, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
{
    m_api->setTokenSource(this);
}

QString Session::credentialKey(const QUrl &server, const QString &email)
{
    return server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
               .toString(QUrl::FullyEncoded)
           + QLatin1Char('#') + email.trimmed().toLower();
}

bool Session::isAdmin() const
{
    return m_user.value(QStringLiteral("role")).toString() == QLatin1String("admin");
}

void Session::signIn(const QString &email, const QString &password, bool keepSignedIn)
{
    m_email = email.trimmed().toLower();
    m_keep = keepSignedIn;
    m_api->send(
        "POST", QStringLiteral("/auth/login"),
        {{QStringLiteral("email"), m_email}, {QStringLiteral("password"), password}}, this,
        [this](const ApiResult &r) {
            if (!r.ok()) {
                QString message = r.message();
                if (r.problemType() == QLatin1String("too-many-attempts"))
                    message = tr("Too many failed sign-ins. Try again in %n second(s).", nullptr,
                                 r.header("Retry-After").toInt());
                else if (r.problemType() == QLatin1String("account-pending"))
                    message = tr("Your registration is waiting for an administrator's approval.");
                Q_EMIT signInFailed(message, r.problemType());
                return;
            }
            adopt(r.json);
            if (m_keep)
                storeRefreshToken();
            else // a stale entry from an earlier "keep me signed in" must not outlive this choice
                m_credentials->remove(credentialKey(m_api->baseUrl(), m_email), this,
                                      [](bool, const QString &) {});
            Q_EMIT signedIn(m_user);
        },
        {}, ApiClient::Auth::NoAuthRetry);
}

void Session::resume(const QString &email)
{
    m_email = email.trimmed().toLower();
    m_keep = true;
    m_credentials->read(credentialKey(m_api->baseUrl(), m_email), this,
                        [this](std::optional<QString> secret, const QString &error) {
                            if (!secret) {
                                Q_EMIT signInFailed(error.isEmpty()
                                                        ? tr("Please sign in.")
                                                        : tr("The keychain could not be read: %1")
                                                              .arg(error),
                                                    QStringLiteral("no-saved-session"));
                                return;
                            }
                            m_refresh = *secret;
                            refreshAccessToken([this](bool ok) {
                                if (ok)
                                    Q_EMIT signedIn(m_user);
                                else
                                    Q_EMIT signInFailed(m_refreshError.first,
                                                        m_refreshError.second);
                            });
                        });
}

void Session::refreshAccessToken(std::function<void(bool)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return;
    if (m_refresh.isEmpty()) {
        const auto waiters = std::exchange(m_refreshWaiters, {});
        for (const auto &w : waiters)
            w(false);
        return;
    }
    m_refreshing = true;
    m_api->send(
        "POST", QStringLiteral("/auth/refresh"), {{QStringLiteral("refreshToken"), m_refresh}},
        this,
        [this](const ApiResult &r) {
            m_refreshing = false;
            const bool ok = r.ok();
            if (ok) {
                ++m_refreshCount;
                adopt(r.json);
                if (m_keep)
                    storeRefreshToken();
            } else if (!r.offline() && r.problemType() != QLatin1String("client-too-old")) {
                // Refused: the saved token is spent, so it leaves the keychain too.
                // (An app too old for the server keeps it for after the update.)
                m_refreshError = {r.message(), r.problemType()};
                m_credentials->remove(credentialKey(m_api->baseUrl(), m_email), this,
                                      [](bool, const QString &) {});
                const bool wasSignedIn = isSignedIn();
                forget();
                if (wasSignedIn)
                    Q_EMIT sessionEnded(m_refreshError.first);
            } else {
                m_refreshError = {r.message(),
                                  r.offline() ? QStringLiteral("offline") : r.problemType()};
            }
            const auto waiters = std::exchange(m_refreshWaiters, {});
            for (const auto &w : waiters)
                w(ok);
        },
        {}, ApiClient::Auth::NoAuthRetry);
}

void Session::signOut()
{
    if (!m_refresh.isEmpty()) {
        // Best effort: the server ends the token family; offline, it expires on its own.
        m_api->send("POST", QStringLiteral("/auth/logout"),
                    {{QStringLiteral("refreshToken"), m_refresh}}, this, [](const ApiResult &) {},
                    {}, ApiClient::Auth::NoAuthRetry);
    }
    m_credentials->remove(credentialKey(m_api->baseUrl(), m_email), this,
                          [this](bool, const QString &) { Q_EMIT signedOut(); });
    forget();
}

void Session::registerWorker(const QString &email, const QString &name, const QString &password)
{
    m_api->send(
        "POST", QStringLiteral("/auth/register"),
        {{QStringLiteral("email"), email.trimmed()},
         {QStringLiteral("name"), name.trimmed()},
         {QStringLiteral("password"), password}},
        this,
        [this](const ApiResult &r) {
            if (r.ok())
                Q_EMIT registered(r.json.value(QStringLiteral("user")).toObject());
            else
                Q_EMIT registrationFailed(r.message(),
                                          r.json.value(QStringLiteral("errors")).toObject());
        },
        {}, ApiClient::Auth::NoAuthRetry);
}

void Session::adopt(const QJsonObject &tokens)
{
    m_access = tokens.value(QStringLiteral("accessToken")).toString().toLatin1();
    m_refresh = tokens.value(QStringLiteral("refreshToken")).toString();
    m_user = tokens.value(QStringLiteral("user")).toObject();
}

void Session::storeRefreshToken()
{
    m_credentials->write(credentialKey(m_api->baseUrl(), m_email), m_refresh, this,
                         [this](bool ok, const QString &error) {
                             if (!ok)
                                 Q_EMIT keychainUnavailable(
                                     tr("The keychain is not available (%1): you will have to "
                                        "sign in again next time.")
                                         .arg(error));
                         });
}

void Session::forget()
{
    m_access.clear();
    m_refresh.clear();
    m_user = {};
}

} // namespace jobdesk::net
