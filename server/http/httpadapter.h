#pragma once

#include "httpguard.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QWebSocket>

#include <memory>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace jobdesk::server {

class GuardedTcpServer;
class QtServerBridge;
class Router;

// The one place that knows QtHttpServer (6.4 today, a different API from 6.8 on).
// Every connection goes through an HttpGuard first; requests are routed with the
// Router and answered synchronously, the whole response in one write, except for
// file downloads (streamed) and deferred responses (computed on a worker pool).
class HttpAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpAdapter)

public:
    // `router` must outlive the adapter.
    HttpAdapter(const Router &router, const GuardLimits &limits, QObject *parent = nullptr);
    ~HttpAdapter() override;

    // Listens with SO_REUSEPORT: several adapters (e.g. one per thread) may listen on
    // the same address and port; the kernel spreads the connections. Call once.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

    // Paths on which a WebSocket upgrade is accepted (exact, percent-decoded);
    // default {"/api/v1/ws"}. Upgrades elsewhere are ignored and routed as plain requests.
    void setWebSocketPaths(const QStringList &paths);
    // Reverse proxies (subnets) whose X-Forwarded-For names the client's address.
    void setTrustedProxies(const QList<Subnet> &subnets);
    // Serve HTTPS and WSS with this configuration (before listen()).
    void setTls(const QSslConfiguration &tls);

    // Where deferred responses (HttpResponse::later) run; not owned, and it must
    // outlive the adapter. Without a pool they run on the HTTP thread.
    void setDeferredPool(QThreadPool *pool);

    // Guarded connections currently open (including WebSockets).
    int connectionCount() const;

Q_SIGNALS:
    // A WebSocket completed its handshake. The receiver owns `socket`, which already
    // has its incoming frame (64 KiB) and message (256 KiB) limits set.
    void newWebSocket(QWebSocket *socket);

private:
    friend class QtServerBridge;

    std::shared_ptr<GuardContext> m_context;
    std::unique_ptr<QtServerBridge> m_server;
    GuardedTcpServer *m_tcpServer = nullptr; // owned by m_server once bound
    QThreadPool *m_deferredPool = nullptr;
};

} // namespace jobdesk::server
