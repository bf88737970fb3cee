#include "realtimehub.h"

#include "codecs.h"
#include "database.h"
#include "services.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcRealtime, "jobdesk.server.realtime", QtInfoMsg)

namespace jobdesk::server {

namespace {

constexpr int AuthTimeoutMs = 10000;
constexpr int PingIntervalMs = 30000;
constexpr int PongTimeoutMs = 60000;
constexpr int PollIntervalMs = 1000;
constexpr int FetchBatch = 500;

QString frame(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 nowMsec()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

RealtimeHub::RealtimeHub(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    try {
        m_lastSeen = m_services.events.lastId();
    } catch (const DbError &) {
        m_lastSeen = 0;
    }
    // The poll catches events the bell did not announce: other processes and instances.
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_clients.isEmpty())
            return;
        try {
            deliverUpTo(m_services.events.lastId());
        } catch (const DbError &e) {
            qCWarning(lcRealtime) << "event poll failed:" << e.what();
        }
    });
    m_poll.start();
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &RealtimeHub::sweep);
    m_sweep.start();
    m_ping.setInterval(PingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
            it.key()->ping();
    });
    m_ping.start();
}

RealtimeHub::~RealtimeHub()
{
    const auto sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *s : sockets) {
        s->disconnect(this);
        s->close(QWebSocketProtocol::CloseCodeGoingAway);
        delete s;
    }
}

void RealtimeHub::accept(QWebSocket *socket)
{
    socket->setParent(this);
    m_clients.insert(socket, Client{{}, false, 0, 0, nowMsec()});
    m_authDeadline.insert(socket, nowMsec() + AuthTimeoutMs);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
        closeWith(socket, 4400, QStringLiteral("bad-message"),
                  QStringLiteral("Only JSON text messages are accepted"));
    });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        const auto it = m_clients.find(socket);
        if (it != m_clients.end())
            it->lastPong = nowMsec();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.remove(socket);
        m_authDeadline.remove(socket);
        socket->deleteLater();
    });
}

void RealtimeHub::onMessage(QWebSocket *socket, const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject message = doc.object();
    if (!doc.isObject() ||
        message.value(QStringLiteral("type")).toString() != QLatin1String("auth")) {
        closeWith(socket, 4400, QStringLiteral("bad-message"),
                  QStringLiteral("Expected {\"type\":\"auth\",\"accessToken\":...}"));
        return;
    }
    authenticate(socket, message);
}

void RealtimeHub::authenticate(QWebSocket *socket, const QJsonObject &message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const QByteArray token = message.value(QStringLiteral("accessToken")).toString().toLatin1();
    qint64 expiresAt = 0;
    Principal principal;
    try {
        principal = authenticateToken(m_services, token, &expiresAt);
    } catch (const ApiError &e) {
        closeWith(socket, 4001, e.problem.slug, e.problem.title);
        return;
    } catch (const DbError &) {
        closeWith(socket, 1011, QStringLiteral("storage-unavailable"),
                  QStringLiteral("The database could not complete the request"));
        return;
    }
    if (it->authenticated && principal.userId != it->principal.userId) {
        closeWith(socket, 4001, QStringLiteral("forbidden"),
                  QStringLiteral("A socket stays with the user who opened it"));
        return;
    }
    const bool first = !it->authenticated;
    it->principal = principal;
    it->tokenExpiresAt = expiresAt;
    it->authenticated = true;
    m_authDeadline.remove(socket);
    if (first) {
        const qint64 after =
            qMax<qint64>(0, qint64(message.value(QStringLiteral("after")).toDouble()));
        sendBacklog(socket, *it,
                    message.contains(QStringLiteral("after")) ? after : principal.generation);
    }
}

void RealtimeHub::sendBacklog(QWebSocket *socket, Client &client, qint64 after)
{
    const qint64 upTo = client.principal.generation;
    qint64 cursor = after;
    int sent = 0;
    while (cursor < upTo) {
        const auto batch = m_services.events.listRouted(cursor, FetchBatch);
        if (batch.isEmpty())
            break;
        for (const auto &r : batch) {
            if (r.event.id > upTo)
                break;
            cursor = r.event.id;
            if (!visible(client, r.recipientId))
                continue;
            if (++sent > BacklogLimit) {
                socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("resync")},
                                               {QStringLiteral("after"), after}}));
                closeWith(socket, 4000, QStringLiteral("resync"),
                          QStringLiteral("Too many missed events: catch up with GET /events"));
                return;
            }
            socket->sendTextMessage(frame(codec::toJson(r.event)));
        }
        if (batch.size() < FetchBatch)
            break;
    }
    client.lastSent = upTo;
    socket->sendTextMessage(frame(
        {{QStringLiteral("type"), QStringLiteral("ready")}, {QStringLiteral("lastId"), upTo}}));
    // Anything committed while the backlog was read goes out with the next delivery.
    deliverUpTo(m_services.events.lastId());
}

void RealtimeHub::deliverUpTo(qint64 lastEventId)
{
    if (lastEventId <= m_lastSeen &&
        std::none_of(m_clients.cbegin(), m_clients.cend(),
                     [&](const Client &c) { return c.authenticated && c.lastSent < lastEventId; }))
        return;
    qint64 from = m_lastSeen;
    for (const Client &c : std::as_const(m_clients)) {
        if (c.authenticated)
            from = qMin(from, c.lastSent);
    }
    while (from < lastEventId) {
        const auto batch = m_services.events.listRouted(from, FetchBatch);
        if (batch.isEmpty())
            break;
        for (const auto &r : batch) {
            from = r.event.id;
            QString text;
            for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
                Client &c = it.value();
                if (!c.authenticated || c.lastSent >= r.event.id)
                    continue;
                c.lastSent = r.event.id;
                if (!visible(c, r.recipientId))
                    continue;
                if (text.isEmpty())
                    text = frame(codec::toJson(r.event));
                it.key()->sendTextMessage(text);
            }
        }
        if (batch.size() < FetchBatch)
            break;
    }
    m_lastSeen = qMax(m_lastSeen, from);
}

bool RealtimeHub::visible(const Client &c, std::optional<qint64> recipient) const
{
    return c.principal.isAdmin() || (recipient && *recipient == c.principal.userId);
}

void RealtimeHub::closeWith(QWebSocket *socket, int code, const QString &problem,
                            const QString &title)
{
    socket->sendTextMessage(frame({{QStringLiteral("type"), QStringLiteral("error")},
                                   {QStringLiteral("problem"), problem},
                                   {QStringLiteral("title"), title}}));
    const auto it = m_clients.find(socket);
    if (it != m_clients.end())
        it->authenticated = false; // nothing more goes out to it
    socket->close(QWebSocketProtocol::CloseCode(code), title);
}

void RealtimeHub::sweep()
{
    // Collected first: closing a socket can remove it from these maps at once.
    const qint64 now = nowMsec();
    QList<QWebSocket *> unauthenticated;
    for (auto it = m_authDeadline.cbegin(); it != m_authDeadline.cend(); ++it) {
        if (it.value() < now)
            unauthenticated << it.key();
    }
    QList<QWebSocket *> expired;
    QList<QWebSocket *> silent;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->authenticated && it->tokenExpiresAt * 1000 <= now)
            expired << it.key();
        else if (now - it->lastPong > PongTimeoutMs)
            silent << it.key();
    }
    for (QWebSocket *s : unauthenticated) {
        m_authDeadline.remove(s);
        closeWith(s, 4001, QStringLiteral("unauthenticated"),
                  QStringLiteral("Send an auth message first"));
    }
    for (QWebSocket *s : expired)
        closeWith(s, 4001, QStringLiteral("token-expired"),
                  QStringLiteral("The access token expired: renew it with an auth message"));
    for (QWebSocket *s : silent)
        s->abort();
}

} // namespace jobdesk::server
