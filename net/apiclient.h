#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace jobdesk::net {

// What came back from the server: a status and JSON, or why nothing usable came.
struct ApiResult
{
    int status = 0;          // HTTP status; 0 when the request never got an answer
    QJsonObject json;        // the body when it is a JSON object (problem+json included)
    QJsonArray array;        // the body when it is a JSON array
    QByteArray body;         // raw body
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;    // set when status == 0 (offline, refused, timed out...)
    // Why the server's certificate was not trusted, when that is why it failed
    // (status 0 too): the request was refused, never sent unverified.
    QString certificateError;

    bool ok() const { return status >= 200 && status < 300; }
    bool offline() const { return status == 0; }
    QByteArray header(const QByteArray &name) const;
    // problem+json members
    QString problemType() const;   // the slug after "urn:jobdesk:problem:"
    QString problemTitle() const;
    // One readable sentence for the user: the problem's title and detail, the
    // first field error, or what went wrong with the network.
    QString message() const;
};

// Supplies and renews the access token. The API client asks it once per 401
// "token-expired" and replays every request that waited (single flight).
class TokenSource
{
public:
    virtual ~TokenSource() = default;
    virtual QByteArray accessToken() const = 0;
    // Starts a refresh; calls `done(true)` with a new token in place, or
    // `done(false)` when the session is over. Concurrent calls share one refresh.
    virtual void refreshAccessToken(std::function<void(bool)> done) = 0;
};

// JSON over HTTP to one server, asynchronous, never blocking the caller's thread.
// Every callback runs on the client's thread, and only while `context` lives.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    enum class Auth {
        Normal,     // bearer token; an expired token is refreshed and the request replayed
        NoAuthRetry // no token, never waits for or triggers a refresh (auth endpoints)
    };

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ApiClient)

    void setBaseUrl(const QUrl &url); // e.g. https://jobs.example.com (no path)
    QUrl baseUrl() const { return m_base; }
    void setTokenSource(TokenSource *source) { m_tokens = source; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `path` is under /api/v1, e.g. "/jobs" or "/time-entries/sync".
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              QObject *context, Callback done, const Headers &headers = {},
              Auth auth = Auth::Normal);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback done,
              const Headers &headers = {})
    {
        send("POST", path, body, context, std::move(done), headers);
    }

    // Raw bytes instead of JSON (tus PATCH chunks, HEAD): same token refresh and
    // replay as send(); the answer's body is parsed as JSON when it is JSON.
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType, QObject *context, Callback done,
                   const Headers &headers = {});

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    // Closes the connections kept for reuse, so that the next request verifies the
    // server with the certificate authorities trusted now (after the CA file changed).
    void resetConnections();

    // The app's version, sent as `X-Jobdesk-Client` so that a server can refuse an
    // app older than it supports (426 client-too-old) instead of misleading it.
    static QByteArray clientVersion();
    // What the user reads when the server refuses this app as too old.
    static QString clientTooOldMessage(const QString &minVersion, const QString &downloadUrl);

Q_SIGNALS:
    // The refresh failed: the user has to sign in again.
    void sessionExpired();
    // Reachability as seen by the last request (for the status bar).
    void reachabilityChanged(bool online);
    // The server refused this app as too old (426 client-too-old); `message` says
    // which version it needs and where the update comes from.
    void clientTooOld(const QString &message);

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        Headers headers;
        QPointer<QObject> context;
        Callback done;
        bool retried = false;
        Auth auth = Auth::Normal;
        QByteArray contentType = {}; // empty: application/json
    };
    void start(Pending pending);
    void finished(QNetworkReply *reply, Pending pending);
    void setOnline(bool online);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    TokenSource *m_tokens = nullptr;
    int m_timeoutMs = 30000;
    bool m_online = true;
    bool m_refreshing = false;
    QList<Pending> m_waitingForToken;
};

} // namespace jobdesk::net
