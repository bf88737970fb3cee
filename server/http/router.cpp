#include "router.h"

#include "httplog.h"

#include <algorithm>
#include <limits>

namespace jobdesk::server {

namespace {

// "/a/b/" and "/a/b" are the same path; "/" has no segments. Empty segments in
// the middle ("/a//b") are kept so that they never match anything.
QStringList splitPath(const QString &path)
{
    QStringView view(path);
    if (view.startsWith(u'/'))
        view = view.mid(1);
    if (view.endsWith(u'/'))
        view.chop(1);
    if (view.isEmpty())
        return {};
    QStringList segments;
    for (const QStringView segment : view.split(u'/'))
        segments.append(segment.toString());
    return segments;
}

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Literal segments beat placeholders, compared from the left: for "/jobs/mine"
// the route "/jobs/mine" wins over "/jobs/{id}".
bool moreSpecific(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        const bool aLiteral = !isPlaceholder(a.at(i));
        const bool bLiteral = !isPlaceholder(b.at(i));
        if (aLiteral != bLiteral)
            return aLiteral;
    }
    return false;
}

bool isBodylessMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "DELETE" || method == "OPTIONS";
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler,
                 RouteOptions options)
{
    Q_ASSERT_X(pattern.startsWith(u'/'), "Router::add", "patterns start with '/'");
    Q_ASSERT_X(options.maxBodyBytes >= 0, "Router::add", "negative body limit");
    const QByteArray upper = method.toUpper();
    const QStringList segments = splitPath(pattern);
    for (const Route &existing : m_routes) {
        if (existing.method == upper && existing.segments == segments) {
            qCWarning(lcHttp) << "duplicate route ignored:" << upper << pattern;
            Q_ASSERT_X(false, "Router::add", "duplicate route");
            return;
        }
    }
    m_routes.push_back(Route{upper, pattern, segments, std::move(handler), options});
}

bool Router::matches(const Route &route, const QStringList &segments,
                     QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        const QString &actual = segments.at(i);
        if (isPlaceholder(expected)) {
            if (actual.isEmpty())
                return false;
            if (params)
                params->insert(expected.mid(1, expected.size() - 2), actual);
        } else if (expected != actual) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path,
                            QHash<QString, QString> &params) const
{
    const QStringList segments = splitPath(path);
    Match result;
    const Route *best = nullptr;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        if (route.method == method) {
            if (!best || moreSpecific(route.segments, best->segments))
                best = &route;
        } else if (!result.allowedMethods.contains(route.method)) {
            result.allowedMethods.append(route.method);
        }
    }
    if (best) {
        params.clear();
        matches(*best, segments, &params);
        result.kind = MatchKind::Found;
        result.handler = &best->handler;
        result.allowedMethods.clear();
        return result;
    }
    if (!result.allowedMethods.isEmpty()) {
        std::sort(result.allowedMethods.begin(), result.allowedMethods.end());
        result.kind = MatchKind::MethodNotAllowed;
    }
    return result;
}

qint64 Router::bodyLimit(const QByteArray &method, const QString &path) const
{
    QHash<QString, QString> params;
    const Match found = match(method, path, params);
    if (found.kind == MatchKind::Found) {
        for (const Route &route : m_routes) {
            if (&route.handler == found.handler)
                return route.options.maxBodyBytes;
        }
    }
    if (isBodylessMethod(method) || m_routes.empty())
        return 0;
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const Route &route : m_routes)
        smallest = std::min(smallest, route.options.maxBodyBytes);
    return std::max<qint64>(0, smallest);
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> list;
    list.reserve(qsizetype(m_routes.size()));
    for (const Route &route : m_routes)
        list.append(RouteInfo{route.method, route.pattern, route.options.maxBodyBytes});
    return list;
}

void Router::wrapHandlers(const std::function<Handler(const RouteInfo &, Handler)> &wrap)
{
    for (Route &route : m_routes)
        route.handler =
            wrap(RouteInfo{route.method, route.pattern, route.options.maxBodyBytes},
                 std::move(route.handler));
}

} // namespace jobdesk::server
