#include "eventlog.h"

#include "database.h"
#include "timecodec.h"

#include <QJsonDocument>

namespace jobdesk::server {

qint64 EventLog::append(const QString &type, const QJsonObject &data, std::optional<qint64> jobId,
                        std::optional<qint64> recipientId)
{
    const QVariant none(QMetaType::fromType<qint64>());
    std::optional<Transaction> own; // an append outside a change still commits in order
    if (!m_db.inTransaction())
        own.emplace(m_db);
    m_db.beforeEventAppend();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO events (type, data, job_id, recipient_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {type, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
         jobId ? QVariant(*jobId) : none, recipientId ? QVariant(*recipientId) : none, nowMs()});
    m_db.noteEventAppended(id);
    if (own)
        own->commit();
    return id;
}

QList<Event> EventLog::list(qint64 afterId, int limit, std::optional<qint64> worker)
{
    QString sql = QStringLiteral("SELECT id, type, data, created_at FROM events WHERE id > ?");
    QVariantList binds{afterId};
    if (worker) {
        sql += QStringLiteral(" AND recipient_id = ?");
        binds << *worker;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds << limit;
    QList<Event> events;
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next()) {
        events.append({q.value(0).toLongLong(), q.value(1).toString(),
                       QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                       fromDb(q.value(3))});
    }
    q.finish();
    return events;
}

QList<EventLog::Routed> EventLog::listRouted(qint64 afterId, int limit)
{
    QList<Routed> events;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, type, data, created_at, recipient_id FROM "
                                            "events WHERE id > ? ORDER BY id LIMIT ?"),
                             {afterId, limit});
    while (q.next()) {
        Routed r{{q.value(0).toLongLong(), q.value(1).toString(),
                  QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                  fromDb(q.value(3))},
                 std::nullopt};
        if (!q.value(4).isNull())
            r.recipientId = q.value(4).toLongLong();
        events.append(r);
    }
    q.finish();
    return events;
}

qint64 EventLog::lastId()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")).toLongLong();
}

} // namespace jobdesk::server
