#include "offerstore.h"

#include "database.h"
#include "timecodec.h"

namespace jobdesk::server {

namespace {

const QString Columns =
    QStringLiteral("id, job_id, worker_id, status, rank, offered_at, expires_at, "
                   "responded_at, decline_reason, run_id");

Offer offerFromRow(const QSqlQuery &q)
{
    Offer o;
    o.id = q.value(0).toLongLong();
    o.jobId = q.value(1).toLongLong();
    o.workerId = q.value(2).toLongLong();
    o.status = offerStatusFromString(q.value(3).toString()).value_or(OfferStatus::Withdrawn);
    o.rank = q.value(4).toInt();
    o.offeredAt = fromDb(q.value(5));
    o.expiresAt = fromDb(q.value(6));
    o.respondedAt = fromDb(q.value(7));
    o.declineReason = q.value(8).toString();
    if (!q.value(9).isNull())
        o.runId = q.value(9).toLongLong();
    return o;
}

} // namespace

std::optional<Offer> OfferStore::find(qint64 id)
{
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM offers WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Offer o = offerFromRow(q);
    q.finish();
    return o;
}

QList<Offer> OfferStore::list(const OfferQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (query.jobId) {
        where << QStringLiteral("job_id = ?");
        binds << *query.jobId;
    }
    if (query.workerId) {
        where << QStringLiteral("worker_id = ?");
        binds << *query.workerId;
    }
    if (query.status) {
        where << QStringLiteral("status = ?");
        binds << toString(*query.status);
    }
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM offers");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << query.limit;
    QList<Offer> out;
    QSqlQuery &q = m_db.exec(sql, binds);
    while (q.next())
        out << offerFromRow(q);
    q.finish();
    return out;
}

qint64 OfferStore::insert(const Offer &o)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO offers (job_id, worker_id, status, rank, "
                       "offered_at, expires_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {o.jobId, o.workerId, toString(o.status), o.rank, toDb(o.offeredAt), toDb(o.expiresAt),
         o.runId ? QVariant(*o.runId) : QVariant(QMetaType::fromType<qint64>())});
}

bool OfferStore::respond(qint64 id, OfferStatus status, const QString &reason, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("UPDATE offers SET status = ?, responded_at = ?, "
                                 "decline_reason = ? WHERE id = ? AND status = 'pending'"),
                  {toString(status), nowMs, reason, id});
    const bool claimed = q.numRowsAffected() == 1;
    q.finish();
    return claimed;
}

int OfferStore::pendingCount(qint64 jobId)
{
    return m_db
        .scalar(
            QStringLiteral("SELECT COUNT(*) FROM offers WHERE job_id = ? AND status = 'pending'"),
            {jobId})
        .toInt();
}

bool OfferStore::hasPending(qint64 jobId, qint64 workerId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM offers WHERE job_id = ? AND "
                                      "worker_id = ? AND status = 'pending'"),
                       {jobId, workerId})
               .toInt() > 0;
}

QList<Offer> OfferStore::due(qint64 nowMs, int limit)
{
    QList<Offer> out;
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                                 QStringLiteral(" FROM offers WHERE status = 'pending' AND "
                                                "expires_at <= ? ORDER BY expires_at, id LIMIT ?"),
                             {nowMs, limit});
    while (q.next())
        out << offerFromRow(q);
    q.finish();
    return out;
}

} // namespace jobdesk::server
