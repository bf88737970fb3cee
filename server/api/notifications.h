#pragma once

#include <QJsonObject>
#include <QString>

namespace jobdesk::server {

struct Services;

// Tells a user something happened (kinds: offer_received, offer_expired,
// revision_requested, message): a notification row they can list and mark read,
// and a "notification.created" event that the realtime socket pushes to them.
// Runs inside the caller's transaction. Returns the notification id.
qint64 notifyUser(Services &s, qint64 userId, const QString &kind, const QJsonObject &data);

} // namespace jobdesk::server
