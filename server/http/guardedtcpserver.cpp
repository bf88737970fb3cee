#include "guardedtcpserver.h"

#include "httplog.h"
#include "problem.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace jobdesk::server {

namespace {

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

// Fills `storage` for `address`; QHostAddress::Any becomes a dual-stack "::".
bool toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage,
                socklen_t *length, bool *v6only)
{
    std::memset(storage, 0, sizeof *storage);
    if (address == QHostAddress::Any || address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (address == QHostAddress::Any) {
            in6->sin6_addr = in6addr_any;
            *v6only = false;
        } else {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
            in6->sin6_scope_id = address.scopeId().toUInt();
            *v6only = true;
        }
        *length = sizeof(sockaddr_in6);
        return true;
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4)
        return false;
    auto *in4 = reinterpret_cast<sockaddr_in *>(storage);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(port);
    in4->sin_addr.s_addr = htonl(v4);
    *length = sizeof(sockaddr_in);
    return true;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(std::shared_ptr<const GuardContext> context, QObject *parent)
    : QTcpServer(parent)
    , m_context(std::move(context))
{}

GuardedTcpServer::~GuardedTcpServer() = default;

bool GuardedTcpServer::listenReusePort(const QHostAddress &address, quint16 port, QString *error)
{
    sockaddr_storage storage;
    socklen_t length = 0;
    bool v6only = false;
    if (!toSockaddr(address, port, &storage, &length, &v6only)) {
        if (error)
            *error = QStringLiteral("unsupported listen address %1").arg(address.toString());
        return false;
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        if (error)
            *error = systemError("socket");
        return false;
    }
    const int one = 1;
    const int v6onlyValue = v6only ? 1 : 0;
    const char *failed = nullptr;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0)
        failed = "SO_REUSEADDR";
    else if (::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0)
        failed = "SO_REUSEPORT";
    else if (storage.ss_family == AF_INET6 &&
             ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6onlyValue, sizeof v6onlyValue) != 0)
        failed = "IPV6_V6ONLY";
    else if (::bind(fd, reinterpret_cast<const sockaddr *>(&storage), length) != 0)
        failed = "bind";
    else if (::listen(fd, SOMAXCONN) != 0)
        failed = "listen";
    if (failed) {
        if (error)
            *error = systemError(failed);
        ::close(fd);
        return false;
    }
    if (!setSocketDescriptor(fd)) {
        if (error)
            *error = errorString();
        ::close(fd);
        return false;
    }
    return true;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    // With TLS the guard and QHttpServer read the decrypted stream; a client that
    // never finishes its handshake sends no request bytes and times out as idle.
    QSslSocket *tls = m_context->tls.isNull() ? nullptr : new QSslSocket(this);
    QTcpSocket *socket = tls ? tls : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        qCWarning(lcHttp) << "cannot adopt accepted socket:" << socket->errorString();
        ::close(int(handle));
        delete socket;
        return;
    }
    if (*m_live >= m_context->limits.maxConnections) {
        qCWarning(lcHttp) << "connection cap" << m_context->limits.maxConnections
                          << "reached; refusing" << socket->peerAddress().toString();
        HttpGuard::refuse(
            socket, m_context,
            problem(503, QStringLiteral("overloaded"), QStringLiteral("Overloaded"),
                    QStringLiteral("The server has too many open connections; retry later."))
                .withHeader("Retry-After",
                            QByteArray::number(m_context->limits.retryAfterSeconds)));
        return;
    }
    if (tls) {
        tls->setSslConfiguration(m_context->tls);
        connect(tls, &QSslSocket::sslErrors, tls, [tls](const QList<QSslError> &errors) {
            qCInfo(lcHttp) << "TLS handshake failed from" << tls->peerAddress().toString()
                           << errors.value(0).errorString();
        });
        tls->startServerEncryption();
    }
    new HttpGuard(socket, m_context, m_live); // connects its readyRead slot first
    addPendingConnection(socket);             // QHttpServer connects its slots after this
}

} // namespace jobdesk::server
