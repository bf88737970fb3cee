// The caller's own notifications: list, mark one read, mark all read. Reading
// is private to the user, so it appends no event.
#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace jobdesk::server {

namespace {

Notification notificationFrom(const QSqlQuery &q)
{
    Notification n;
    n.id = q.value(0).toLongLong();
    n.userId = q.value(1).toLongLong();
    n.kind = q.value(2).toString();
    n.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    n.createdAt = fromDb(q.value(4));
    n.readAt = fromDb(q.value(5));
    return n;
}

bool unreadOnly(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("unread")))
        return false;
    const QString v = request.query.queryItemValue(QStringLiteral("unread"));
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    FieldErrors e;
    e.add(QStringLiteral("unread"), QStringLiteral("must be true or false"));
    failValidation(e, QStringLiteral("Invalid query parameter."));
}

HttpResponse listNotifications(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const bool onlyUnread = unreadOnly(request);
    const int limit = limitParam(request, 50, 200);
    const QJsonArray cursor = decodeCursor(request, 1);
    // Newest first; the cursor is the id of the last item of the previous page.
    const qint64 beforeId =
        cursor.isEmpty() ? std::numeric_limits<qint64>::max() : qint64(cursor.at(0).toDouble());
    QString sql = QStringLiteral("SELECT id, user_id, kind, data, created_at, read_at FROM "
                                 "notifications WHERE user_id = ? AND id < ?");
    if (onlyUnread)
        sql += QStringLiteral(" AND read_at IS NULL");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    QJsonArray items;
    qint64 lastId = 0;
    bool more = false;
    QSqlQuery &q = s.db.exec(sql, {p.userId, beforeId, limit + 1});
    while (q.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        const Notification n = notificationFrom(q);
        lastId = n.id;
        items.append(codec::toJson(n));
    }
    q.finish();
    const qint64 unread =
        s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND "
                                   "read_at IS NULL"),
                    {p.userId}, 0)
            .toLongLong();
    const QJsonValue next = more ? QJsonValue(encodeCursor({double(lastId)})) : QJsonValue::Null;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("unread"), unread},
                                               {QStringLiteral("nextCursor"), next}});
}

HttpResponse markOneRead(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const qint64 id = idParam(request);
    Transaction tx(s.db);
    // Another user's notification does not exist as far as the caller can tell.
    if (s.db.scalar(QStringLiteral("SELECT 1 FROM notifications WHERE id = ? AND user_id = ?"),
                    {id, p.userId}, 0)
            .toInt() != 1)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such notification"));
    // Reading twice keeps the first read time.
    s.db.exec(QStringLiteral("UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS "
                             "NULL"),
              {nowMs(), id});
    tx.commit();
    return HttpResponse::noContent();
}

HttpResponse markAllRead(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    s.db.exec(QStringLiteral("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at "
                             "IS NULL"),
              {nowMs(), p.userId});
    return HttpResponse::noContent();
}

} // namespace

void registerNotificationRoutes(Router &router, Services &s)
{
    // The read routes take no body; a small one (e.g. "{}") is tolerated and ignored.
    const RouteOptions noBody{4 * 1024};
    route(router, "GET", QStringLiteral("/api/v1/notifications"),
          [&s](HttpRequest &r) { return listNotifications(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/notifications/{id}/read"),
        [&s](HttpRequest &r) { return markOneRead(s, r); }, noBody);
    route(
        router, "POST", QStringLiteral("/api/v1/notifications/read-all"),
        [&s](HttpRequest &r) { return markAllRead(s, r); }, noBody);
}

} // namespace jobdesk::server
