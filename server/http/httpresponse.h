#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace jobdesk::server {

// A complete response. The adapter adds Content-Length, Date, security headers and
// the connection handling; handlers only say what to send.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject &object)
    {
        return {status, QByteArrayLiteral("application/json"),
                QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static HttpResponse json(int status, const QJsonArray &array)
    {
        return {status, QByteArrayLiteral("application/json"),
                QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
    }
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body)
    {
        return {status, contentType, body, {}};
    }
    static HttpResponse noContent() { return {204, {}, {}, {}}; }
};

} // namespace jobdesk::server
