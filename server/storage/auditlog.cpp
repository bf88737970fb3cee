#include "auditlog.h"

#include "database.h"
#include "timecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobdesk::server {

namespace {

QVariant jsonToDb(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QVariant(); // SQL NULL
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonValue jsonFromDb(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

void AuditLog::record(std::optional<qint64> actorId, const QString &action, const QString &entity,
                      const QString &entityId, const QJsonValue &before, const QJsonValue &after,
                      const QString &address)
{
    m_db.exec(QStringLiteral("INSERT INTO audit_log (actor_id, action, entity, entity_id, "
                             "before_json, after_json, address, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {actorId ? QVariant(*actorId) : QVariant(QMetaType::fromType<qint64>()), action,
               entity, entityId, jsonToDb(before), jsonToDb(after), address, nowMs()});
}

QList<AuditEvent> AuditLog::list(const AuditQuery &query, bool *more)
{
    QStringList where;
    QVariantList binds;
    if (query.actorId) {
        where << QStringLiteral("actor_id = ?");
        binds << *query.actorId;
    }
    if (!query.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << query.action;
    }
    if (!query.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        binds << query.entity;
    }
    if (!query.entityId.isEmpty()) {
        where << QStringLiteral("entity_id = ?");
        binds << query.entityId;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        binds << toDb(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        binds << toDb(query.to);
    }
    if (query.beforeId) {
        where << QStringLiteral("id < ?");
        binds << *query.beforeId;
    }
    QString sql = QStringLiteral("SELECT id, actor_id, action, entity, entity_id, before_json, "
                                 "after_json, address, created_at FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << query.limit + 1;
    QList<AuditEvent> out;
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), jsonFromDb(q.value(5)),
                    jsonFromDb(q.value(6)), q.value(7).toString(), fromDb(q.value(8))});
    }
    q.finish();
    *more = out.size() > query.limit;
    if (*more)
        out.removeLast();
    return out;
}

} // namespace jobdesk::server
