#include "httpadapter.h"

#include "filestreamer.h"
#include "forwardedfor.h"
#include "guardedtcpserver.h"
#include "httplog.h"
#include "httpwire.h"
#include "problem.h"
#include "router.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QMetaMethod>
#include <QPromise>
#include <QTcpSocket>
#include <QThreadPool>
#include <QUrlQuery>

#include <exception>

#ifndef QT_WEBSOCKETS_LIB
#error "QAbstractHttpServer declares its WebSocket API only with QT_WEBSOCKETS_LIB"
#endif

namespace jobdesk::server {

namespace {

constexpr qint64 maxFrameBytes = 64 * 1024;
constexpr qint64 maxMessageBytes = 256 * 1024;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return {};
    }
}

HttpResponse internalError()
{
    return problem(500, QStringLiteral("internal"), QStringLiteral("Internal server error"),
                   QStringLiteral("The server failed to handle the request."));
}

HttpResponse dispatch(const Router &router, HttpRequest &request)
{
    const Router::Match match = router.match(request.method, request.path, request.params);
    switch (match.kind) {
    case Router::MatchKind::NotFound:
        return problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                       QStringLiteral("No resource matches the request path."));
    case Router::MatchKind::MethodNotAllowed: {
        const QByteArray allow = match.allowedMethods.join(", ");
        return problem(405, QStringLiteral("method-not-allowed"),
                       QStringLiteral("Method not allowed"),
                       QStringLiteral("Allowed methods: %1.").arg(QString::fromLatin1(allow)))
            .withHeader("Allow", allow);
    }
    case Router::MatchKind::Found:
        break;
    }
    try {
        return (*match.handler)(request);
    } catch (const std::exception &e) {
        qCCritical(lcHttp).nospace()
            << "handler for " << request.method << ' ' << request.path << " threw: " << e.what();
    } catch (...) {
        qCCritical(lcHttp).nospace() << "handler for " << request.method << ' ' << request.path
                                     << " threw a non-standard exception";
    }
    return internalError();
}

// Runs a deferred response's work; nothing it throws leaves the call.
HttpResponse runDeferred(const std::function<HttpResponse()> &work)
{
    try {
        HttpResponse response = work();
        if (!response.deferred)
            return response;
        qCCritical(lcHttp) << "a deferred response deferred again";
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "deferred response threw:" << e.what();
    } catch (...) {
        qCCritical(lcHttp) << "deferred response threw a non-standard exception";
    }
    return internalError();
}

} // namespace

// QAbstractHttpServer (6.4 API) behind the adapter. Sockets reach it through the
// GuardedTcpServer, already guarded.
class QtServerBridge final : public QAbstractHttpServer
{
public:
    explicit QtServerBridge(HttpAdapter *adapter)
        : m_adapter(adapter)
    {
        // QHttpServer only upgrades when someone listens to this signal.
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
                &QtServerBridge::takeWebSockets);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpGuard *guard = HttpGuard::of(socket);
        if (guard && guard->handedOffToWebSocket()) {
            // Qt 6.4.2 lets handleRequest() approve a WebSocket upgrade: true (and no
            // bytes written) lets the handshake go on. The guard has checked the path.
            return true;
        }
        std::optional<GuardedRequest> guarded = guard ? guard->takeRequest() : std::nullopt;
        if (!guarded) {
            // QHttpServer saw a request the guard did not frame: never answer what
            // might be a smuggled request, drop the connection.
            qCWarning(lcHttp) << "dispatch without a guarded request; closing" << request.url();
            socket->disconnectFromHost();
            return true;
        }
        if (methodName(request.method()) != guarded->method)
            qCWarning(lcHttp) << "QHttpServer and guard disagree on the method:"
                              << methodName(request.method()) << guarded->method;

        HttpRequest converted;
        converted.method = guarded->method;
        converted.path = guarded->path;
        converted.query.setQuery(QString::fromUtf8(guarded->rawQuery));
        converted.headers = std::move(guarded->headers);
        converted.body = request.body();
        converted.peer =
            forwardedClient(request.remoteAddress(), converted.header("X-Forwarded-For"),
                            m_adapter->m_context->trustedProxies);

        HttpResponse response = dispatch(*m_adapter->m_context->router, converted);
        const bool close = !guarded->keepAlive;
        const wire::Framing framing{guarded->method == "HEAD", close, guarded->http10 && !close};
        if (response.deferred)
            defer(socket, guard, std::move(response.deferred), framing);
        else
            send(socket, guard, std::move(response), framing);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        // Not reached: handleRequest always answers. Kept total for safety.
        socket->write(wire::serialize(internalError(), wire::Framing{false, true, false}));
        socket->disconnectFromHost();
    }

private:
    static void send(QTcpSocket *socket, HttpGuard *guard, HttpResponse response,
                     const wire::Framing &framing)
    {
        if (!response.filePath.isEmpty() && !framing.headRequest) {
            if (streamFile(socket, guard, response, framing))
                return;
            response = internalError();
        }
        socket->write(wire::serialize(response, framing));
        if (framing.close)
            socket->disconnectFromHost();
        if (guard)
            guard->responseSent(framing.close);
    }

    // Runs `work` on the adapter's pool and answers with its result on this thread.
    // The guard holds the connection's next request back meanwhile. The watcher is a
    // child of the socket: a socket that goes away takes it along and the result is
    // dropped; work that has not begun when the client leaves is skipped.
    void defer(QTcpSocket *socket, HttpGuard *guard, std::function<HttpResponse()> work,
               const wire::Framing &framing)
    {
        QThreadPool *pool = m_adapter->m_deferredPool;
        if (!pool) {
            send(socket, guard, runDeferred(work), framing);
            return;
        }
        if (guard)
            guard->responseStreaming();
        auto promise = std::make_shared<QPromise<HttpResponse>>();
        auto *watcher = new QFutureWatcher<HttpResponse>(socket);
        connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, socket, guard, framing] {
            watcher->deleteLater();
            const QFuture<HttpResponse> future = watcher->future();
            if (future.isCanceled() || future.resultCount() == 0 ||
                socket->state() != QAbstractSocket::ConnectedState)
                return;
            send(socket, guard, future.result(), framing);
        });
        connect(socket, &QAbstractSocket::disconnected, watcher, &QFutureWatcherBase::cancel);
        watcher->setFuture(promise->future());
        pool->start([promise, work = std::move(work)] {
            promise->start();
            if (!promise->isCanceled())
                promise->addResult(runDeferred(work));
            promise->finish();
        });
    }

    // Writes the head now and the file after it, a bounded piece at a time; the
    // guard holds back the next request until the last byte is queued.
    static bool streamFile(QTcpSocket *socket, HttpGuard *guard, const HttpResponse &response,
                           const wire::Framing &framing)
    {
        auto file = std::make_unique<QFile>(response.filePath);
        if (!file->open(QIODevice::ReadOnly) || file->size() < response.fileLength) {
            qCWarning(lcHttp) << "cannot stream" << response.filePath << file->errorString();
            return false;
        }
        socket->write(wire::serialize(response, framing));
        if (guard)
            guard->responseStreaming();
        const bool close = framing.close;
        FileStreamer::start(socket, std::move(file), response.fileLength, [socket, guard, close] {
            if (close)
                socket->disconnectFromHost();
            if (guard)
                guard->responseSent(close);
        });
        return true;
    }

    void takeWebSockets()
    {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (!socket)
                break;
            socket->setMaxAllowedIncomingFrameSize(maxFrameBytes);
            socket->setMaxAllowedIncomingMessageSize(maxMessageBytes);
            qCDebug(lcHttp) << "WebSocket connected from" << socket->peerAddress().toString()
                            << socket->requestUrl().path();
            static const QMetaMethod signal = QMetaMethod::fromSignal(&HttpAdapter::newWebSocket);
            if (!m_adapter->isSignalConnected(signal)) {
                socket->close(QWebSocketProtocol::CloseCodeGoingAway);
                continue; // nobody to own it: the unique_ptr deletes it
            }
            QWebSocket *raw = socket.release();
            // Until a receiver takes it (or if it ignores it), the adapter owns it.
            raw->setParent(m_adapter);
            Q_EMIT m_adapter->newWebSocket(raw);
        }
    }

    HttpAdapter *m_adapter;
};

HttpAdapter::HttpAdapter(const Router &router, const GuardLimits &limits, QObject *parent)
    : QObject(parent)
    , m_context(std::make_shared<GuardContext>())
    , m_server(std::make_unique<QtServerBridge>(this))
{
    m_context->router = &router;
    m_context->limits = limits;
    m_context->webSocketPaths = {QStringLiteral("/api/v1/ws")};
}

void HttpAdapter::setTrustedProxies(const QList<Subnet> &subnets)
{
    m_context->trustedProxies = subnets;
}

HttpAdapter::~HttpAdapter()
{
    // Sockets (children of the TCP server, itself a child of m_server) go first.
    m_server.reset();
}

bool HttpAdapter::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcpServer) {
        if (error)
            *error = QStringLiteral("already listening");
        return false;
    }
    auto server = std::make_unique<GuardedTcpServer>(m_context);
    if (!server->listenReusePort(address, port, error))
        return false;
    m_tcpServer = server.release();
    m_server->bind(m_tcpServer); // reparents it to m_server
    qCDebug(lcHttp).nospace() << "listening on " << address.toString() << ':'
                              << m_tcpServer->serverPort();
    return true;
}

quint16 HttpAdapter::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

void HttpAdapter::setDeferredPool(QThreadPool *pool)
{
    m_deferredPool = pool;
}

void HttpAdapter::setTls(const QSslConfiguration &tls)
{
    m_context->tls = tls;
}

void HttpAdapter::setWebSocketPaths(const QStringList &paths)
{
    m_context->webSocketPaths = paths;
}

int HttpAdapter::connectionCount() const
{
    return m_tcpServer ? m_tcpServer->liveConnections() : 0;
}

} // namespace jobdesk::server
