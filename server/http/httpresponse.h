#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace jobdesk::server {

// A complete response. The adapter adds Content-Length, Date, security headers and
// the connection handling; handlers only say what to send.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // When set, the body is the first `fileLength` bytes of this file, which the
    // adapter streams from disk with backpressure instead of sending `body`.
    QString filePath;
    qint64 fileLength = 0;
    // When set, the response is computed later, off the HTTP thread: the adapter runs
    // `deferred` on its worker pool and sends what it returns; the connection's next
    // request waits for it, other connections do not. The other members are unused.
    std::function<HttpResponse()> deferred;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body)
    {
        HttpResponse r;
        r.status = status;
        r.contentType = contentType;
        r.body = body;
        return r;
    }
    static HttpResponse json(int status, const QJsonObject &object)
    {
        return raw(status, QByteArrayLiteral("application/json"),
                   QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    static HttpResponse json(int status, const QJsonArray &array)
    {
        return raw(status, QByteArrayLiteral("application/json"),
                   QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    static HttpResponse later(std::function<HttpResponse()> work)
    {
        HttpResponse r;
        r.deferred = std::move(work);
        return r;
    }
    static HttpResponse noContent() { return raw(204, {}, {}); }
    static HttpResponse file(const QByteArray &contentType, const QString &path, qint64 length)
    {
        HttpResponse r = raw(200, contentType, {});
        r.filePath = path;
        r.fileLength = length;
        return r;
    }
};

} // namespace jobdesk::server
