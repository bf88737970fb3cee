#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QObject;

namespace jobdesk::net {
class ApiClient;
struct ApiResult;
} // namespace jobdesk::net

namespace jobdesk::ui {

// GETs a cursor-paged list (`items` + `nextCursor`) page after page and hands
// over every item at the end, or the first failed answer. `maxPages` bounds
// the walk so a runaway list cannot keep the page loading forever.
using PagedDone = std::function<void(const QJsonArray &items, const net::ApiResult &last)>;
void fetchAllPages(net::ApiClient *api, const QString &path, const QUrlQuery &query,
                   QObject *context, PagedDone done, int maxPages = 20);

// GETs the first 500 users and hands over their names by id; nothing on failure.
using NamesDone = std::function<void(const QHash<qint64, QString> &names)>;
void fetchUserNames(net::ApiClient *api, QObject *context, NamesDone done);

} // namespace jobdesk::ui
