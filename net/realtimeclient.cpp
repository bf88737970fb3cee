#include "realtimeclient.h"

#include "apiclient.h"
#include "certificatetrust.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcRealtimeClient, "jobdesk.net.realtime", QtInfoMsg)

namespace jobdesk::net {

namespace {
constexpr int MaxBackoffMs = 30000;
constexpr int CloseUnauthenticated = 4001;
constexpr int CloseResync = 4000;
} // namespace

RealtimeClient::RealtimeClient(TokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
{
    m_socket.setParent(this);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RealtimeClient::open);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")},
                         {QStringLiteral("accessToken"),
                          QString::fromLatin1(m_tokens->accessToken())}};
        if (m_lastId >= 0)
            auth.insert(QStringLiteral("after"), m_lastId);
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    });
    // Never ignored: an untrusted server is refused, and the reconnects keep trying.
    connect(&m_socket, &QWebSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        qCWarning(lcRealtimeClient).noquote()
            << "server certificate not trusted:" << CertificateTrust::describe(errors);
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &RealtimeClient::onDisconnected);
}

void RealtimeClient::start(const QUrl &serverUrl, qint64 afterEventId)
{
    m_url = serverUrl;
    m_url.setScheme(serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                   : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/ws"));
    m_lastId = afterEventId;
    m_running = true;
    m_attempt = 0;
    open();
}

void RealtimeClient::stop()
{
    m_running = false;
    m_retry.stop();
    m_socket.close(QWebSocketProtocol::CloseCodeNormal);
    setState(State::Disconnected);
}

void RealtimeClient::renewToken()
{
    if (m_state != State::Live)
        return;
    m_socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                  {QStringLiteral("accessToken"),
                                   QString::fromLatin1(m_tokens->accessToken())}})
            .toJson(QJsonDocument::Compact)));
}

void RealtimeClient::open()
{
    if (!m_running)
        return;
    setState(State::Connecting);
    // A QWebSocket copies the default SSL configuration when it is made; take the
    // current one, so a CA file chosen since then counts for the realtime socket too.
    m_socket.setSslConfiguration(QSslConfiguration::defaultConfiguration());
    m_socket.open(m_url);
}

void RealtimeClient::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    if (frame.contains(QStringLiteral("id"))) {
        const qint64 id = frame.value(QStringLiteral("id")).toInteger();
        if (id <= m_lastId)
            return; // already handed over
        m_lastId = id;
        Q_EMIT event(id, frame.value(QStringLiteral("type")).toString(),
                     frame.value(QStringLiteral("data")).toObject());
        return;
    }
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ready")) {
        m_attempt = 0;
        if (m_lastId < 0) // started "from now": resume after the server's tip from here on
            m_lastId = frame.value(QStringLiteral("lastId")).toInteger();
        setState(State::Live);
    } else if (type == QLatin1String("resync")) {
        Q_EMIT resyncNeeded(m_lastId);
    }
}

void RealtimeClient::onDisconnected()
{
    const int code = int(m_socket.closeCode());
    if (!m_running) {
        setState(State::Disconnected);
        return;
    }
    setState(State::Connecting);
    if (code == CloseUnauthenticated) {
        // The token lapsed: renew it, then come back at once.
        m_tokens->refreshAccessToken([this](bool ok) {
            if (ok && m_running)
                m_retry.start(0);
            else
                setState(State::Disconnected);
        });
        return;
    }
    if (code == CloseResync)
        Q_EMIT resyncNeeded(m_lastId);
    // Back off 0.5 s, 1 s, 2 s ... 30 s, so a restarting server is not stormed.
    const int delay = qMin(MaxBackoffMs, 500 << qMin(m_attempt, 6));
    ++m_attempt;
    qCInfo(lcRealtimeClient) << "socket closed" << code << "- reconnecting in" << delay << "ms";
    m_retry.start(delay);
}

void RealtimeClient::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace jobdesk::net
