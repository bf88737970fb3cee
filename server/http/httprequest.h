#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace jobdesk::server {

// One parsed HTTP request as the handlers see it. Independent of QHttpServer so
// that the adapter is the only place that knows the Qt HTTP server API.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS
    QString path;      // percent-decoded path, e.g. /api/v1/jobs/12
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body;
    QHostAddress peer;
    QHash<QString, QString> params; // filled by the router from {name} segments

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QString param(const QString &name) const { return params.value(name); }
};

} // namespace jobdesk::server
