#include "requesthead.h"

#include "httpwire.h"

namespace jobdesk::server {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    for (const char separator : QByteArrayView("()<>@,;:\\\"/[]?={}")) {
        if (c == separator)
            return false;
    }
    return true;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Comma-separated list elements, trimmed, empty ones skipped.
QList<QByteArrayView> listElements(QByteArrayView value)
{
    QList<QByteArrayView> elements;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || value.at(i) == ',') {
            const QByteArrayView element = trimmed(value.sliced(start, i - start));
            if (!element.isEmpty())
                elements.append(element);
            start = i + 1;
        }
    }
    return elements;
}

bool fail(Problem *error, int status, const char *slug, const char *title, const QString &detail)
{
    *error = Problem{status, QString::fromLatin1(slug), QString::fromLatin1(title), detail, {}, {}};
    return false;
}

bool badRequest(Problem *error, const QString &detail)
{
    return fail(error, 400, "bad-request", "Bad request", detail);
}

bool isSupportedMethod(QByteArrayView method)
{
    for (const char *known : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
        if (method == QByteArrayView(known))
            return true;
    }
    return false;
}

// Splits the head into lines without their line ending; rejects bare CR.
bool splitLines(QByteArrayView head, QList<QByteArrayView> *lines)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head.at(i) != '\n')
            continue;
        QByteArrayView line = head.sliced(start, i - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return false;
        lines->append(line);
        start = i + 1;
    }
    while (!lines->isEmpty() && lines->back().isEmpty())
        lines->removeLast();
    return true;
}

bool parseRequestLine(QByteArrayView line, RequestHead *out, Problem *error)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace)
        return badRequest(error, QStringLiteral("Malformed request line."));
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || target.isEmpty() || target.contains(' '))
        return badRequest(error, QStringLiteral("Malformed request line."));
    if (version == "HTTP/1.1")
        out->minorVersion = 1;
    else if (version == "HTTP/1.0")
        out->minorVersion = 0;
    else if (version.startsWith("HTTP/"))
        return fail(error, 505, "http-version-not-supported", "HTTP version not supported",
                    QStringLiteral("This server speaks HTTP/1.1 and HTTP/1.0."));
    else
        return badRequest(error, QStringLiteral("Malformed request line."));
    if (!isSupportedMethod(method))
        return fail(error, 501, "not-implemented", "Not implemented",
                    QStringLiteral("The request method is not supported by this server."));
    if (!target.startsWith('/') || !isFieldValue(target))
        return badRequest(error, QStringLiteral("The request target must be an absolute path."));

    out->method = method.toByteArray();
    out->target = target.toByteArray();
    qsizetype pathEnd = target.indexOf('?');
    if (pathEnd >= 0)
        out->rawQuery = target.sliced(pathEnd + 1).toByteArray();
    else
        pathEnd = target.size();
    if (const qsizetype hash = target.first(pathEnd).indexOf('#'); hash >= 0)
        pathEnd = hash;
    if (!wire::decodePath(target.first(pathEnd), &out->path))
        return badRequest(error, QStringLiteral("The request path contains control characters."));
    return true;
}

bool parseContentLength(QByteArrayView value, qint64 *length, bool *seen)
{
    const QList<QByteArrayView> elements = listElements(value);
    if (elements.isEmpty())
        return false;
    for (const QByteArrayView element : elements) {
        if (element.size() > 18)
            return false;
        qint64 parsed = 0;
        for (const char c : element) {
            if (c < '0' || c > '9')
                return false;
            parsed = parsed * 10 + (c - '0');
        }
        if (*seen && parsed != *length)
            return false;
        *length = parsed;
        *seen = true;
    }
    return true;
}

} // namespace

qsizetype findHeadEnd(QByteArrayView data)
{
    for (qsizetype i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) {
        if (i + 1 < data.size() && data.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < data.size() && data.at(i + 1) == '\r' && data.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

bool parseRequestHead(QByteArrayView head, RequestHead *out, Problem *error)
{
    QList<QByteArrayView> lines;
    if (!splitLines(head, &lines) || lines.isEmpty())
        return badRequest(error, QStringLiteral("Malformed request head."));
    if (!parseRequestLine(lines.first(), out, error))
        return false;

    bool sawLength = false;
    bool transferEncoding = false;
    bool chunkedLast = false;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    bool connectionUpgrade = false;
    int hosts = 0;
    QByteArrayView upgrade;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(error, QStringLiteral("Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return badRequest(error, QStringLiteral("Malformed header field."));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return badRequest(error, QStringLiteral("Header values must not contain control "
                                                    "characters."));
        out->headers.append({name.toByteArray(), value.toByteArray()});

        if (sameName(name, "Content-Length")) {
            if (!parseContentLength(value, &out->contentLength, &sawLength))
                return badRequest(error, QStringLiteral("Invalid or conflicting Content-Length."));
        } else if (sameName(name, "Transfer-Encoding")) {
            transferEncoding = true;
            const QList<QByteArrayView> codings = listElements(value);
            chunkedLast = !codings.isEmpty() && sameName(codings.back(), "chunked");
        } else if (sameName(name, "Host")) {
            ++hosts;
        } else if (sameName(name, "Connection")) {
            for (const QByteArrayView option : listElements(value)) {
                connectionClose = connectionClose || sameName(option, "close");
                connectionKeepAlive = connectionKeepAlive || sameName(option, "keep-alive");
                connectionUpgrade = connectionUpgrade || sameName(option, "upgrade");
            }
        } else if (sameName(name, "Upgrade")) {
            upgrade = value;
        } else if (sameName(name, "Expect")) {
            out->expectContinue = sameName(value, "100-continue");
        }
    }

    if (transferEncoding && chunkedLast)
        return fail(error, 411, "length-required", "Length required",
                    QStringLiteral("Chunked transfer coding is not supported: send the body with "
                                   "a Content-Length header."));
    if (transferEncoding)
        return fail(error, 501, "not-implemented", "Not implemented",
                    QStringLiteral("Transfer-Encoding is not supported: send the body with a "
                                   "Content-Length header."));
    if (out->minorVersion == 1 && hosts != 1)
        return badRequest(error, QStringLiteral("HTTP/1.1 requests carry exactly one Host "
                                                "header."));

    out->keepAlive =
        out->minorVersion == 1 ? !connectionClose : connectionKeepAlive && !connectionClose;
    out->upgradeRequested = connectionUpgrade && !upgrade.isEmpty();
    if (out->upgradeRequested) {
        for (const QByteArrayView protocol : listElements(upgrade)) {
            if (protocol.compare("websocket", Qt::CaseInsensitive) == 0)
                out->webSocketUpgrade = out->method == "GET";
        }
    }
    return true;
}

QByteArray withoutUpgrade(QByteArrayView head)
{
    QByteArray copy = head.toByteArray();
    for (qsizetype i = copy.indexOf('\n'); i >= 0; i = copy.indexOf('\n', i + 1)) {
        if (copy.size() - i > 8 && sameName(QByteArrayView(copy).sliced(i + 1, 8), "Upgrade:"))
            copy.replace(i + 1, 7, "X-Ignored-Upgrade");
    }
    return copy;
}

} // namespace jobdesk::server
