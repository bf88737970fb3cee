#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "routes.h"
#include "services.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace jobdesk::server {

namespace {

HttpResponse events(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const qint64 after = int64Query(request, QStringLiteral("after")).value_or(0);
    const int limit = limitParam(request, 200, 1000);
    const QList<Event> list =
        s.events.list(after, limit + 1, p.isAdmin() ? std::nullopt : std::optional(p.userId));
    QJsonArray items;
    for (int i = 0; i < qMin(limit, int(list.size())); ++i)
        items.append(codec::toJson(list.at(i)));
    const qint64 last =
        items.isEmpty() ? after
                        : qint64(items.last().toObject().value(QStringLiteral("id")).toDouble());
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("lastId"), last},
                                               {QStringLiteral("more"), list.size() > limit}});
}

HttpResponse audit(Services &s, HttpRequest &request)
{
    requireAdmin(s, request);
    AuditQuery q;
    q.limit = limitParam(request, 100, 1000);
    q.actorId = int64Query(request, QStringLiteral("actorId"));
    q.action = textQuery(request, QStringLiteral("action"), 100);
    q.entity = textQuery(request, QStringLiteral("entity"), 100);
    q.entityId = textQuery(request, QStringLiteral("entityId"), 100);
    timeRangeQuery(request, &q.from, &q.to);
    const QJsonArray cursor = decodeCursor(request, 1);
    if (!cursor.isEmpty())
        q.beforeId = qint64(cursor.at(0).toDouble());
    bool more = false;
    const QList<AuditEvent> rows = s.audit.list(q, &more);
    QJsonArray items;
    for (const AuditEvent &a : rows)
        items.append(codec::toJson(a));
    QJsonValue next = QJsonValue::Null;
    if (more && !rows.isEmpty())
        next = encodeCursor({double(rows.last().id)});
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}});
}

} // namespace

void registerLogRoutes(Router &router, Services &s)
{
    route(router, "GET", QStringLiteral("/api/v1/events"),
          [&s](HttpRequest &r) { return events(s, r); });
    route(router, "GET", QStringLiteral("/api/v1/audit"),
          [&s](HttpRequest &r) { return audit(s, r); });
}

void registerHealthRoutes(Router &router, Services &s)
{
    route(router, "GET", QStringLiteral("/api/v1/healthz"), [&s](HttpRequest &) {
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), QStringLiteral(JOBDESK_VERSION)},
                             {QStringLiteral("minClientVersion"), s.config.minClientVersion},
                             {QStringLiteral("database"), s.db.dialect().name()}});
    });
    route(router, "GET", QStringLiteral("/api/v1/skills"), [&s](HttpRequest &r) {
        authenticate(s, r);
        QJsonArray items;
        QSqlQuery &q =
            s.db.exec(QStringLiteral("SELECT skill_key, name FROM skills ORDER BY name"));
        while (q.next())
            items.append(codec::toJson(Skill{q.value(0).toString(), q.value(1).toString()}));
        q.finish();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
    });
    route(
        router, "PUT", QStringLiteral("/api/v1/skills/{key}"),
        [&s](HttpRequest &r) {
            const Principal admin = requireAdmin(s, r);
            const QString key = r.param(QStringLiteral("key"));
            const QJsonObject body = jsonBody(r);
            FieldErrors errors;
            JsonReader reader(body, errors);
            const auto name = reader.string(QStringLiteral("name"), true, 1, 100);
            reader.rejectUnknown({QStringLiteral("name"), QStringLiteral("key")});
            static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
            if (!slug.match(key).hasMatch())
                errors.add(QStringLiteral("key"),
                           QStringLiteral("must be lower-case letters, digits and dashes"));
            if (!errors.isEmpty())
                failValidation(errors);
            Transaction tx(s.db);
            const QVariant old =
                s.db.scalar(QStringLiteral("SELECT name FROM skills WHERE skill_key = ?"), {key});
            s.db.exec(QStringLiteral("INSERT INTO skills (skill_key, name) VALUES (?, ?) "
                                     "ON CONFLICT (skill_key) DO UPDATE SET name = excluded.name"),
                      {key, *name});
            const Skill skill{key, *name};
            s.audit.record(admin.userId, QStringLiteral("skill.put"), QStringLiteral("skill"), key,
                           old.isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(codec::toJson(Skill{key, old.toString()})),
                           codec::toJson(skill), clientAddress(r));
            tx.commit();
            return HttpResponse::json(old.isNull() ? 201 : 200, codec::toJson(skill));
        },
        RouteOptions{4 * 1024});
}

} // namespace jobdesk::server
