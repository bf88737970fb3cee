#pragma once

// Small raw-HTTP helpers for the guard tests: a response parser for bytes read
// from a QTcpSocket, and a blocking POSIX client used from a std::thread to push
// large bodies while the server's event loop keeps running in the test thread.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

namespace rawhttp {

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    int count(QByteArrayView name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }
};

// Takes one complete response off the front of `buffer`. Interim 1xx responses are
// skipped. `headRequest`: the response has no body whatever Content-Length says.
inline bool takeResponse(QByteArray &buffer, Response *out, bool headRequest = false)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Response r;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2)
            return false;
        r.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        if (r.status >= 100 && r.status < 200) {
            buffer.remove(0, end + 4);
            continue;
        }
        const qint64 length = headRequest ? 0 : r.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return false;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        *out = r;
        return true;
    }
}

// Reads `count` responses from `socket`, spinning the event loop (the server runs
// in this thread too, so blocking waits would deadlock).
inline QList<Response> read(QTcpSocket &socket, int count, QByteArray *leftover = nullptr,
                            int timeoutMs = 5000, bool headRequest = false)
{
    QByteArray buffer;
    QList<Response> responses;
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            buffer.append(socket.readAll());
            Response r;
            while (responses.size() < count && takeResponse(buffer, &r, headRequest))
                responses.append(r);
            return responses.size() >= count;
        },
        timeoutMs);
    if (leftover)
        *leftover = buffer;
    return responses;
}

inline bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

inline qint64 residentKiB(QByteArrayView field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux: writing 5 to clear_refs resets VmHWM to the current RSS.
inline bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

struct StreamResult
{
    QByteArray received;
    qint64 sent = 0;
    int sendError = 0;
    std::atomic<bool> done{false};
};

// Blocking client for a std::thread: sends `head`, then `bodyBytes` of filler while
// also reading whatever the server answers, then half-closes and reads to EOF.
inline void streamBody(quint16 port, QByteArray head, qint64 bodyBytes, StreamResult *result)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {
        result->sendError = errno;
        ::close(fd);
        result->done = true;
        return;
    }
    QByteArray pending = head;
    const QByteArray chunk(64 * 1024, 'x');
    char in[16 * 1024];
    bool eof = false;
    qint64 bodySent = 0;
    while (bodySent < bodyBytes) {
        if (pending.isEmpty())
            pending = chunk.left(qsizetype(std::min<qint64>(chunk.size(), bodyBytes - bodySent)));
        pollfd p{fd, short(POLLOUT | (eof ? 0 : POLLIN)), 0};
        if (::poll(&p, 1, 10000) <= 0)
            break;
        if (!eof && (p.revents & POLLIN)) {
            const ssize_t n = ::recv(fd, in, sizeof in, 0);
            if (n > 0)
                result->received.append(in, n);
            else
                eof = true;
        }
        if (p.revents & (POLLERR | POLLHUP)) {
            result->sendError = ECONNRESET;
            break;
        }
        if (p.revents & POLLOUT) {
            const ssize_t n = ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
            if (n < 0) {
                result->sendError = errno;
                break;
            }
            if (result->sent >= head.size())
                bodySent += n;
            result->sent += n;
            pending.remove(0, qsizetype(n));
        }
    }
    ::shutdown(fd, SHUT_WR);
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (eof || ::poll(&p, 1, 5000) <= 0)
            break;
        const ssize_t n = ::recv(fd, in, sizeof in, 0);
        if (n <= 0)
            break;
        result->received.append(in, n);
    }
    ::close(fd);
    result->done = true;
}

} // namespace rawhttp
