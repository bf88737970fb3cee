#pragma once

#include "apisupport.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QWebSocket;

namespace jobdesk::server {

struct Services;

// Realtime delivery on /api/v1/ws for one HTTP thread. Protocol (JSON text frames):
//   client: {"type":"auth","accessToken":"...","after":<last event id seen>}
//           first, within the auth timeout; again at any time to renew the token.
//   server: {"type":"ready","lastId":N} once the backlog after `after` is sent;
//           events as {"id","type","data","at"} (the event log's rows, in id order,
//           only those the user may see); {"type":"resync"} when the backlog is too
//           long for the socket (catch up with GET /events, then reconnect);
//           {"type":"error","problem":"...","title":"..."} before a close.
// Close codes: 4001 unauthenticated or token expired, 4400 bad message,
// 1001 server going away. Pings every 30 s; no pong for 60 s closes the socket.
class RealtimeHub final : public QObject
{
    Q_OBJECT

public:
    RealtimeHub(Services &services, QObject *parent = nullptr);
    ~RealtimeHub() override;
    Q_DISABLE_COPY_MOVE(RealtimeHub)

    void accept(QWebSocket *socket); // takes ownership
    // New events may exist up to `lastEventId` (from the bell or the poll).
    void deliverUpTo(qint64 lastEventId);
    int clientCount() const { return int(m_clients.size()); }

    static constexpr int BacklogLimit = 5000;

private:
    struct Client
    {
        Principal principal;
        bool authenticated = false;
        qint64 lastSent = 0;
        qint64 tokenExpiresAt = 0; // seconds since the epoch
        qint64 lastPong = 0;       // ms since the epoch
    };
    void onMessage(QWebSocket *socket, const QString &text);
    void authenticate(QWebSocket *socket, const QJsonObject &message);
    void sendBacklog(QWebSocket *socket, Client &client, qint64 after);
    void closeWith(QWebSocket *socket, int code, const QString &problem, const QString &title);
    void sweep(); // token expiry, pong deadline, auth deadline
    bool visible(const Client &c, std::optional<qint64> recipient) const;

    Services &m_services;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QWebSocket *, qint64> m_authDeadline;
    qint64 m_lastSeen = 0;
    QTimer m_poll;
    QTimer m_sweep;
    QTimer m_ping;
};

} // namespace jobdesk::server
