#include "pagedfetch.h"

#include "apiclient.h"

#include <QJsonObject>

#include <memory>

namespace jobdesk::ui {

namespace {

struct Walk
{
    net::ApiClient *api;
    QString path;
    QUrlQuery query;
    QObject *context;
    PagedDone done;
    int pagesLeft;
    QJsonArray items;
};

void nextPage(const std::shared_ptr<Walk> &walk, const QString &cursor)
{
    QUrlQuery q = walk->query;
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    walk->api->get(walk->path, q, walk->context, [walk](const net::ApiResult &r) {
        if (!r.ok()) {
            walk->done(walk->items, r);
            return;
        }
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            walk->items.append(v);
        const QString next = r.json.value(QStringLiteral("nextCursor")).toString();
        if (next.isEmpty() || --walk->pagesLeft <= 0) {
            walk->done(walk->items, r);
            return;
        }
        nextPage(walk, next);
    });
}

} // namespace

void fetchAllPages(net::ApiClient *api, const QString &path, const QUrlQuery &query,
                   QObject *context, PagedDone done, int maxPages)
{
    nextPage(std::make_shared<Walk>(Walk{api, path, query, context, std::move(done), maxPages, {}}),
             QString());
}

void fetchUserNames(net::ApiClient *api, QObject *context, NamesDone done)
{
    QUrlQuery users;
    users.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    api->get(QStringLiteral("/users"), users, context,
             [done = std::move(done)](const net::ApiResult &r) {
                 if (!r.ok())
                     return;
                 QHash<qint64, QString> names;
                 for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
                     const QJsonObject u = v.toObject();
                     names.insert(u.value(QStringLiteral("id")).toInteger(),
                                  u.value(QStringLiteral("name")).toString());
                 }
                 done(names);
             });
}

} // namespace jobdesk::ui
