#include "httpguard.h"

#include "httplog.h"
#include "httpwire.h"
#include "problem.h"
#include "requesthead.h"
#include "router.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

#include <algorithm>

namespace jobdesk::server {

namespace {

constexpr qint64 discardBufferBytes = 64 * 1024;

} // namespace

HttpGuard::HttpGuard(QTcpSocket *socket, std::shared_ptr<const GuardContext> context,
                     std::shared_ptr<int> liveCount)
    : QObject(socket)
    , m_socket(socket)
    , m_context(std::move(context))
    , m_liveCount(std::move(liveCount))
{
    if (m_liveCount)
        ++*m_liveCount;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpGuard::onTimeout);
    // Signals are delivered in connection order: this slot runs before QHttpServer's.
    connect(m_socket, &QIODevice::readyRead, this, &HttpGuard::onReadyRead);
    // QHttpServer deletes its sockets on disconnect too, but not the ones it never
    // saw (refused) or dropped from its own bookkeeping; deleteLater twice is harmless.
    connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater);
    const GuardLimits &limits = m_context->limits;
    arm(TimerKind::Idle, std::min(limits.headerTimeoutMs, limits.keepAliveIdleMs));
}

HttpGuard::~HttpGuard()
{
    if (m_liveCount)
        --*m_liveCount;
}

HttpGuard *HttpGuard::of(const QTcpSocket *socket)
{
    return socket ? socket->findChild<HttpGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void HttpGuard::refuse(QTcpSocket *socket, std::shared_ptr<const GuardContext> context,
                       const HttpResponse &response)
{
    auto *guard = new HttpGuard(socket, std::move(context));
    guard->reject(response);
}

std::optional<GuardedRequest> HttpGuard::takeRequest()
{
    std::optional<GuardedRequest> request;
    request.swap(m_ready);
    return request;
}

void HttpGuard::responseStreaming()
{
    m_streaming = true;
    m_timer.stop();
    m_timerKind = TimerKind::None;
}

void HttpGuard::responseSent(bool closing)
{
    m_streaming = false;
    if (closing) {
        m_state = State::Closing;
        m_inbox.clear();
        // A client that never reads its answer must not hold the socket forever.
        arm(TimerKind::Idle, m_context->limits.keepAliveIdleMs);
        return;
    }
    if (m_state != State::Awaiting || m_pumpQueued)
        return;
    // QHttpServer is still inside its readyRead slot: continue once it has returned.
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &HttpGuard::pump, Qt::QueuedConnection);
}

void HttpGuard::onReadyRead()
{
    if (m_reemitting)
        return; // the bytes in the buffer are meant for QHttpServer
    if (m_state == State::Closing || m_state == State::Rejected) {
        discardInput();
        return;
    }
    // QHttpServer 6.4 keeps everything it parsed inside a read transaction (only to
    // roll back a WebSocket handshake). Its parser already holds those bytes, so
    // committing frees them and leaves exactly the unread bytes in the buffer.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;

    // Fast path while a body streams in: leave the bytes where QHttpServer reads them.
    if (m_state == State::Body && m_inbox.isEmpty() && available <= m_bodyRemaining) {
        m_bodyRemaining -= available;
        if (m_bodyRemaining == 0)
            completeRequest();
        else
            arm(TimerKind::BodyIdle, m_context->limits.bodyIdleTimeoutMs);
        return;
    }

    m_inbox.append(m_socket->readAll());
    QByteArray release;
    process(&release);
    if (!release.isEmpty())
        giveToServer(release);
}

void HttpGuard::process(QByteArray *release)
{
    const GuardLimits &limits = m_context->limits;
    for (;;) {
        switch (m_state) {
        case State::Head: {
            // RFC 9112 2.2: ignore empty lines before a request line.
            qsizetype skip = 0;
            while (skip < m_inbox.size() && (m_inbox.at(skip) == '\r' || m_inbox.at(skip) == '\n'))
                ++skip;
            m_inbox.remove(0, skip);
            if (m_inbox.isEmpty())
                return;
            // Not the start of a method token (e.g. a TLS ClientHello): no need to wait.
            if (m_inbox.at(0) < 'A' || m_inbox.at(0) > 'Z') {
                reject(problem(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
                               QStringLiteral("This is not an HTTP/1.1 request.")));
                return;
            }
            if (!m_headDeadlineArmed) {
                m_headDeadlineArmed = true;
                arm(TimerKind::HeadDeadline, limits.headerTimeoutMs);
            }
            const qsizetype headLength = findHeadEnd(m_inbox);
            if ((headLength < 0 && m_inbox.size() > limits.maxHeaderBytes) ||
                headLength > limits.maxHeaderBytes) {
                reject(problem(431, QStringLiteral("header-too-large"),
                               QStringLiteral("Request header fields too large"),
                               QStringLiteral("The request line and headers may take at most "
                                              "%1 bytes.")
                                   .arg(limits.maxHeaderBytes)));
                return;
            }
            if (headLength < 0)
                return; // wait for the rest, the head deadline is running
            if (!acceptHead(headLength, release))
                return;
            break;
        }
        case State::Body: {
            if (m_inbox.isEmpty())
                return;
            const qsizetype n = qsizetype(std::min<qint64>(m_inbox.size(), m_bodyRemaining));
            release->append(m_inbox.constData(), n);
            m_inbox.remove(0, n);
            m_bodyRemaining -= n;
            if (m_bodyRemaining > 0) {
                arm(TimerKind::BodyIdle, limits.bodyIdleTimeoutMs);
                return;
            }
            completeRequest();
            return;
        }
        case State::Awaiting:
            if (m_inbox.size() > limits.maxPipelinedBytes) {
                reject(
                    problem(503, QStringLiteral("overloaded"), QStringLiteral("Overloaded"),
                            QStringLiteral("Too many pipelined requests."))
                        .withHeader("Retry-After", QByteArray::number(limits.retryAfterSeconds)));
            }
            return;
        case State::Closing:
        case State::Detached:
        case State::Rejected:
            return;
        }
    }
}

bool HttpGuard::acceptHead(qsizetype headLength, QByteArray *release)
{
    RequestHead head;
    Problem error;
    if (!parseRequestHead(QByteArrayView(m_inbox).first(headLength), &head, &error)) {
        reject(error.toResponse());
        return false;
    }
    QByteArray headBytes = m_inbox.left(headLength);
    if (head.upgradeRequested) {
        if (head.webSocketUpgrade && head.contentLength == 0 &&
            m_context->webSocketPaths.contains(head.path)) {
            // QHttpServer hands the socket to its QWebSocketServer: stop guarding it.
            release->append(m_inbox);
            m_inbox.clear();
            detach();
            return false;
        }
        headBytes = withoutUpgrade(headBytes);
    }

    const qint64 limit = m_context->router->bodyLimit(head.method, head.path);
    if (head.contentLength > limit) {
        reject(problem(413, QStringLiteral("payload-too-large"),
                       QStringLiteral("Payload too large"),
                       QStringLiteral("The request body may be at most %1 bytes for %2 %3.")
                           .arg(limit)
                           .arg(QString::fromLatin1(head.method), head.path)));
        return false;
    }
    if (head.expectContinue && head.minorVersion == 1 && head.contentLength > 0)
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));

    release->append(headBytes);
    m_inbox.remove(0, headLength);
    m_headDeadlineArmed = false;
    m_current = GuardedRequest{head.method,  head.path,      head.rawQuery,
                               head.headers, head.keepAlive, head.minorVersion == 0};
    m_bodyRemaining = head.contentLength;
    if (m_bodyRemaining == 0) {
        completeRequest();
    } else {
        m_state = State::Body;
        arm(TimerKind::BodyIdle, m_context->limits.bodyIdleTimeoutMs);
    }
    return true;
}

void HttpGuard::completeRequest()
{
    m_ready = std::move(m_current);
    m_current = {};
    m_state = State::Awaiting;
    // Handlers answer synchronously; this only fires if QHttpServer never dispatched.
    arm(TimerKind::Idle, m_context->limits.keepAliveIdleMs);
}

void HttpGuard::giveToServer(const QByteArray &bytes)
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    // Back to the front of the read buffer, where QHttpServer's readAll() finds them.
    for (qsizetype i = bytes.size() - 1; i >= 0; --i)
        m_socket->ungetChar(bytes.at(i));
}

void HttpGuard::pump()
{
    m_pumpQueued = false;
    if (m_state != State::Awaiting || m_ready)
        return;
    m_state = State::Head;
    m_timer.stop();
    QByteArray release;
    process(&release);
    if (!release.isEmpty()) {
        giveToServer(release);
        m_reemitting = true;
        Q_EMIT m_socket->readyRead();
        m_reemitting = false;
    }
    if (m_state == State::Head && m_inbox.isEmpty())
        arm(TimerKind::Idle, m_context->limits.keepAliveIdleMs);
}

void HttpGuard::reject(const HttpResponse &response)
{
    if (m_state == State::Rejected)
        return;
    if (m_streaming) {
        // An answer written now would land inside the streamed body.
        m_state = State::Rejected;
        m_socket->abort();
        return;
    }
    qCInfo(lcHttp).nospace() << "refusing request from " << m_socket->peerAddress().toString()
                             << ": " << response.status;
    m_state = State::Rejected;
    m_inbox.clear();
    m_ready.reset();
    // QHttpServer must not see another byte of this connection.
    QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->setReadBufferSize(discardBufferBytes);
    connect(m_socket, &QIODevice::readyRead, this, &HttpGuard::discardInput);
    // Over TLS no half-close: a TCP FIN right behind the answer, without the TLS
    // close_notify that QSslSocket cannot send on its own, makes TLS clients (Qt's
    // among them) drop the answer that arrived with it. The linger timer ends the
    // connection instead, after the answer has had time to arrive and be read.
    if (!qobject_cast<QSslSocket *>(m_socket))
        connect(m_socket, &QIODevice::bytesWritten, this, &HttpGuard::shutdownWhenFlushed);
    discardInput();
    m_socket->write(wire::serialize(response, wire::Framing{false, true, false}));
    // Lingering close: keep draining so that the client's unsent body does not turn
    // into a reset that destroys our answer before the client has read it.
    arm(TimerKind::Linger, m_context->limits.lingerMs);
}

void HttpGuard::discardInput()
{
    while (m_socket->bytesAvailable() > 0)
        m_socket->skip(m_socket->bytesAvailable());
}

void HttpGuard::shutdownWhenFlushed()
{
    if (m_shutDown || m_socket->bytesToWrite() > 0 ||
        m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_shutDown = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void HttpGuard::detach()
{
    m_state = State::Detached;
    m_timer.stop();
    m_timerKind = TimerKind::None;
    disconnect(m_socket, &QIODevice::readyRead, this, &HttpGuard::onReadyRead);
}

void HttpGuard::arm(TimerKind kind, int ms)
{
    m_timerKind = kind;
    m_timer.start(std::max(ms, 1));
}

void HttpGuard::onTimeout()
{
    const TimerKind kind = m_timerKind;
    m_timerKind = TimerKind::None;
    switch (kind) {
    case TimerKind::None:
        return;
    case TimerKind::Idle:
        if (m_state == State::Head && m_inbox.isEmpty()) {
            m_state = State::Closing;
            m_socket->disconnectFromHost(); // idle keep-alive: close without a word
            arm(TimerKind::Linger, m_context->limits.lingerMs);
        } else {
            if (m_state == State::Awaiting)
                qCWarning(lcHttp) << "request was never dispatched; aborting connection";
            m_socket->abort();
            m_socket->deleteLater();
        }
        return;
    case TimerKind::HeadDeadline:
        reject(problem(408, QStringLiteral("request-timeout"), QStringLiteral("Request timeout"),
                       QStringLiteral("The request head was not complete within %1 ms.")
                           .arg(m_context->limits.headerTimeoutMs)));
        return;
    case TimerKind::BodyIdle:
        reject(problem(408, QStringLiteral("request-timeout"), QStringLiteral("Request timeout"),
                       QStringLiteral("No request body bytes arrived for %1 ms.")
                           .arg(m_context->limits.bodyIdleTimeoutMs)));
        return;
    case TimerKind::Linger:
        m_socket->abort();
        m_socket->deleteLater();
        return;
    }
}

} // namespace jobdesk::server
