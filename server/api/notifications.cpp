#include "notifications.h"

#include "codecs.h"
#include "services.h"
#include "timecodec.h"

#include <QJsonDocument>

namespace jobdesk::server {

qint64 notifyUser(Services &s, qint64 userId, const QString &kind, const QJsonObject &data)
{
    const qint64 now = nowMs();
    const qint64 id = s.db.insert(
        QStringLiteral("INSERT INTO notifications (user_id, kind, data, created_at) "
                       "VALUES (?, ?, ?, ?) RETURNING id"),
        {userId, kind, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now});
    Notification n;
    n.id = id;
    n.userId = userId;
    n.kind = kind;
    n.data = data;
    n.createdAt = fromDb(now);
    s.events.append(QStringLiteral("notification.created"), codec::toJson(n),
                    data.contains(QStringLiteral("jobId"))
                        ? std::optional<qint64>(data.value(QStringLiteral("jobId")).toInteger())
                        : std::nullopt,
                    userId);
    return id;
}

} // namespace jobdesk::server
