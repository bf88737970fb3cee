#pragma once

#include "forwardedfor.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace jobdesk::server {

class Router;

struct GuardLimits
{
    int maxHeaderBytes = 16 * 1024;  // request line + headers; more -> 431
    int headerTimeoutMs = 10000;     // whole head, counted from its first byte -> 408
    int bodyIdleTimeoutMs = 30000;   // no body byte for this long -> 408
    int keepAliveIdleMs = 60000;     // idle between requests -> silent close
    int maxConnections = 1024;       // live sockets per adapter; more -> 503
    int lingerMs = 2000;             // after a refusal: read and discard this long, then abort
    int retryAfterSeconds = 5;       // Retry-After of the 503
    int maxPipelinedBytes = 1 << 20; // bytes held back behind an unanswered request -> 503
};

// Shared by the adapter, its QTcpServer and every guard.
struct GuardContext
{
    const Router *router = nullptr;
    GuardLimits limits;
    QStringList webSocketPaths;
    QList<Subnet> trustedProxies; // whose X-Forwarded-For counts
    QSslConfiguration tls;        // null: plain HTTP
};

// What the guard learnt about a request it let through to QHttpServer.
struct GuardedRequest
{
    QByteArray method;
    QString path; // percent-decoded, the same string the body limit was looked up with
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers; // as received, duplicates kept
    bool keepAlive = true;
    bool http10 = false;
};

// Sits in front of QHttpServer 6.4 on one socket. Its readyRead slot is connected
// before QHttpServer's, so it sees every byte first. It keeps the bytes QHttpServer
// must not see yet in its own inbox and gives QHttpServer exactly one request at a
// time (head only once complete and checked, body only up to Content-Length), by
// putting them back into the socket's read buffer. Bad or abusive requests get their
// 4xx answer here, before QHttpServer buffers anything.
class HttpGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGuard)

public:
    // Becomes a child of `socket`. Connect it before QHttpServer sees the socket.
    // `liveCount` is incremented now and decremented when the socket dies (the guard
    // dies with it; a `destroyed` connection would not survive QHttpServer's
    // socket->disconnect() on a WebSocket upgrade).
    HttpGuard(QTcpSocket *socket, std::shared_ptr<const GuardContext> context,
              std::shared_ptr<int> liveCount = {});
    ~HttpGuard() override;

    static HttpGuard *of(const QTcpSocket *socket);

    // Answers `response` on a fresh socket and closes it (connection cap).
    static void refuse(QTcpSocket *socket, std::shared_ptr<const GuardContext> context,
                       const HttpResponse &response);

    // The request QHttpServer is dispatching now; empty if the guard did not let a
    // complete request through (QHttpServer and the guard disagree on framing).
    std::optional<GuardedRequest> takeRequest();

    // True once an approved WebSocket upgrade went to QHttpServer: the socket is no
    // longer guarded and belongs to the WebSocket handshake.
    bool handedOffToWebSocket() const { return m_state == State::Detached; }

    // The adapter wrote the response; `closing` when it also closed the connection.
    void responseSent(bool closing);
    // The adapter streams the response (a file) or computes it (a deferred response)
    // until responseSent(): no request timer may cut it off meanwhile, and the next
    // pipelined request waits; the streamer has its own stall timeout.
    void responseStreaming();

private:
    enum class State
    {
        Head,
        Body,
        Awaiting,
        Closing,
        Detached,
        Rejected
    };
    enum class TimerKind
    {
        None,
        Idle,
        HeadDeadline,
        BodyIdle,
        Linger
    };

    void onReadyRead();
    void process(QByteArray *release);
    bool acceptHead(qsizetype headLength, QByteArray *release);
    void completeRequest();
    void giveToServer(const QByteArray &bytes);
    void pump();
    void reject(const HttpResponse &response);
    void discardInput();
    void shutdownWhenFlushed();
    void detach();
    void arm(TimerKind kind, int ms);
    void onTimeout();

    QTcpSocket *m_socket;
    std::shared_ptr<const GuardContext> m_context;
    std::shared_ptr<int> m_liveCount;
    QTimer m_timer;
    TimerKind m_timerKind = TimerKind::None;
    State m_state = State::Head;
    QByteArray m_inbox;                    // received, not yet given to QHttpServer
    qint64 m_bodyRemaining = 0;            // of the request being given to QHttpServer
    GuardedRequest m_current;              // its head
    std::optional<GuardedRequest> m_ready; // complete, waiting for the handler
    bool m_headDeadlineArmed = false;
    bool m_reemitting = false; // our own readyRead emission meant for QHttpServer
    bool m_pumpQueued = false;
    bool m_shutDown = false;
    bool m_streaming = false; // a response is being streamed: never write into it
};

} // namespace jobdesk::server
