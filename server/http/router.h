#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace jobdesk::server {

using Handler = std::function<HttpResponse(HttpRequest &)>;

struct RouteOptions
{
    qint64 maxBodyBytes = 64 * 1024; // enforced by the guard before the body is read
};

struct RouteInfo
{
    QByteArray method;
    QString pattern; // e.g. /api/v1/jobs/{id}
    qint64 maxBodyBytes = 0;
};

// Method + path-pattern routing. Patterns are literal segments and {name}
// placeholders matching one non-empty segment.
class Router final
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler,
             RouteOptions options = {});

    enum class MatchKind { Found, MethodNotAllowed, NotFound };
    struct Match
    {
        MatchKind kind = MatchKind::NotFound;
        const Handler *handler = nullptr;
        QList<QByteArray> allowedMethods; // for 405's Allow header
    };
    // Fills `params` from the placeholders on a match.
    Match match(const QByteArray &method, const QString &path,
                QHash<QString, QString> &params) const;

    // Body limit for a request line, known before any body byte is read.
    // Unknown routes get the smallest limit of all.
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;

    QList<RouteInfo> routes() const;

    // Replaces each route's handler with what `wrap` makes of it: a check that holds
    // for many routes (e.g. the client version gate) written once. Call after every
    // add(); `wrap` may return the handler unchanged.
    void wrapHandlers(const std::function<Handler(const RouteInfo &, Handler)> &wrap);

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        RouteOptions options;
    };
    static bool matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *params);
    std::vector<Route> m_routes;
};

} // namespace jobdesk::server
