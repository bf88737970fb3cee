#include "httpwire.h"

#include "httplog.h"

#include <QLocale>
#include <QUrl>

namespace jobdesk::server::wire {

namespace {

bool isSafeHeaderText(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == ':' || c == '(' || c == ')' || c == '"' || c == ',' ||
            c == '/' || c == ';' || c == '<' || c == '>' || c == '=' || c == '?' || c == '@' ||
            c == '[' || c == ']' || c == '\\' || c == '{' || c == '}')
            return false;
    }
    return true;
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

struct FixedHeader
{
    const char *name;
    const char *value;
};

// Sent on every response; handlers cannot replace these.
constexpr FixedHeader securityHeaders[] = {
    {"X-Content-Type-Options", "nosniff"},
    {"X-Frame-Options", "DENY"},
    {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
    {"Referrer-Policy", "no-referrer"},
    {"Cross-Origin-Resource-Policy", "same-origin"},
    // Not security: lets the desktop app tell which server it talks to.
    {"X-Jobdesk-Version", JOBDESK_VERSION},
};

// Framing headers are the adapter's business, not the handler's.
constexpr const char *reservedHeaders[] = {
    "Content-Length", "Date", "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade"};

bool isReserved(QByteArrayView name)
{
    for (const char *reserved : reservedHeaders) {
        if (sameName(name, reserved))
            return true;
    }
    for (const FixedHeader &fixed : securityHeaders) {
        if (sameName(name, fixed.name))
            return true;
    }
    return false;
}

void appendHeader(QByteArray &out, QByteArrayView name, QByteArrayView value)
{
    out.append(name);
    out.append(": ");
    out.append(value);
    out.append("\r\n");
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 416:
        return QByteArrayLiteral("Range Not Satisfiable");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 425:
        return QByteArrayLiteral("Too Early");
    case 426:
        return QByteArrayLiteral("Upgrade Required");
    case 428:
        return QByteArrayLiteral("Precondition Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 460:
        return QByteArrayLiteral("Checksum Mismatch"); // tus 1.0 checksum extension
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return {};
    }
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool decodePath(QByteArrayView rawPath, QString *path)
{
    *path = QUrl::fromPercentEncoding(rawPath.toByteArray());
    for (const QChar c : std::as_const(*path)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

QByteArray serialize(const HttpResponse &response, const Framing &framing)
{
    const int status = response.status;
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    const bool sendBody = bodyAllowed && !framing.headRequest;

    QByteArray out;
    out.reserve(512 + (sendBody ? response.body.size() : 0));
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(status));
    out.append(' ');
    out.append(reasonPhrase(status));
    out.append("\r\n");

    if (bodyAllowed && !response.contentType.isEmpty() && isSafeHeaderText(response.contentType))
        appendHeader(out, "Content-Type", response.contentType);
    if (bodyAllowed) {
        // A HEAD handler may state the length its GET twin would send. A file body
        // is streamed after this head by the adapter.
        QByteArray length = QByteArray::number(
            response.filePath.isEmpty() ? qint64(response.body.size()) : response.fileLength);
        if (framing.headRequest && response.body.isEmpty() && response.filePath.isEmpty()) {
            for (const auto &header : response.headers) {
                if (sameName(header.first, "Content-Length") && isSafeHeaderText(header.second))
                    length = header.second;
            }
        }
        appendHeader(out, "Content-Length", length);
    }
    appendHeader(out, "Date", httpDate(QDateTime::currentDateTimeUtc()));

    bool ownCacheControl = false;
    for (const auto &header : response.headers) {
        if (isReserved(header.first))
            continue;
        // The contentType member wins over a Content-Type header.
        if (sameName(header.first, "Content-Type") &&
            (!bodyAllowed || !response.contentType.isEmpty()))
            continue;
        if (!isToken(header.first) || !isSafeHeaderText(header.second)) {
            qCWarning(lcHttp) << "dropping unsafe response header" << header.first;
            continue;
        }
        ownCacheControl = ownCacheControl || sameName(header.first, "Cache-Control");
        appendHeader(out, header.first, header.second);
    }
    if (!ownCacheControl)
        appendHeader(out, "Cache-Control", "no-store");
    for (const FixedHeader &fixed : securityHeaders)
        appendHeader(out, fixed.name, fixed.value);

    if (framing.close)
        appendHeader(out, "Connection", "close");
    else if (framing.http10KeepAlive)
        appendHeader(out, "Connection", "keep-alive");
    out.append("\r\n");
    if (sendBody)
        out.append(response.body);
    return out;
}

} // namespace jobdesk::server::wire
