#pragma once

#include "records.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace jobdesk::server {

class Database;

struct AuditQuery
{
    std::optional<qint64> actorId;
    QString action;
    QString entity;
    QString entityId;
    QDateTime from;
    QDateTime to;
    int limit = 100;
    std::optional<qint64> beforeId; // newest first
};

// Who changed what, with the record before and after. Written in the same
// transaction as the change.
class AuditLog final
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    void record(std::optional<qint64> actorId, const QString &action, const QString &entity,
                const QString &entityId, const QJsonValue &before, const QJsonValue &after,
                const QString &address);
    QList<AuditEvent> list(const AuditQuery &query, bool *more);

private:
    Database &m_db;
};

} // namespace jobdesk::server
