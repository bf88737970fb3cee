#pragma once

#include <QDateTime>
#include <QVariant>

namespace jobdesk::server {

// Times are stored as milliseconds since the epoch, UTC; NULL for "none".
inline QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}
inline QDateTime fromDb(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace jobdesk::server
