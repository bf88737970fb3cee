// LocalStore: what the server answered, conflicts and counts.
#include "localstore.h"

#include "codecs.h"
#include "localstoresql.h"

#include <QJsonDocument>

namespace jobdesk::net {

using namespace localsql;

Status LocalStore::markResult(const QUuid &id, int sentRevision, SyncOutcome outcome,
                              const QString &reason, const std::optional<TimeEntry> &serverCopy)
{
    return changed(recordAnswer({id, sentRevision, outcome, reason, serverCopy}));
}

Status LocalStore::markResults(const QList<Answer> &answers)
{
    Transaction tx(db());
    for (const Answer &a : answers) {
        if (const Status s = recordAnswer(a); !s)
            return s;
    }
    return changed(tx.commit());
}

Status LocalStore::recordAnswer(const Answer &a)
{
    SyncState state = SyncState::Synced;
    if (a.outcome == SyncOutcome::Conflict)
        state = SyncState::Conflict;
    else if (a.outcome == SyncOutcome::Rejected)
        state = SyncState::Rejected;
    const bool keepCopy = state != SyncState::Synced && a.serverCopy.has_value();
    const QVariant copy =
        keepCopy ? QVariant(QString::fromUtf8(
                       QJsonDocument(codec::toJson(*a.serverCopy)).toJson(QJsonDocument::Compact)))
                 : QVariant(QMetaType::fromType<QString>());
    // The revision guard: an answer about an older revision never overwrites a newer edit.
    const auto rows =
        execCount(db(),
                  QStringLiteral("UPDATE time_entries SET sync_state = ?, reason = "
                                 "?, server_copy = ?, updated_at = ? WHERE id = ? "
                                 "AND revision = ? AND sync_state = 'pending'"),
                  {toString(state), text(state == SyncState::Synced ? QString() : a.reason), copy,
                   nowMs(), a.id.toString(QUuid::WithoutBraces), a.sentRevision});
    return rows.ok() ? Status::success() : Status::failure(rows.error);
}

Status LocalStore::resolveConflict(const QUuid &id, ConflictChoice choice)
{
    const auto found = entry(id);
    if (!found.ok())
        return Status::failure(found.error);
    if (!found.value || !found.value->serverCopy)
        return Status::failure(tr("This entry has no server copy to compare with."));
    const TimeEntry server = *found.value->serverCopy;
    if (choice == ConflictChoice::KeepMine) {
        // bumpRevision outranks the server copy it still holds.
        return bumpRevision(id, QStringLiteral("deleted = deleted"), {});
    }
    Status s = exec(db(),
                    QStringLiteral("UPDATE time_entries SET job_id = ?, started_at = ?, ended_at = "
                                   "?, note = ?, source = ?, deleted = ?, revision = ?, "
                                   "sync_state = 'synced', reason = '', server_copy = NULL, "
                                   "updated_at = ? WHERE id = ?"),
                    {server.jobId, toMs(server.startedAt), toMs(server.endedAt), text(server.note),
                     toString(server.source), server.deleted, server.revision, nowMs(),
                     id.toString(QUuid::WithoutBraces)});
    return changed(s);
}

Status LocalStore::resetToPending()
{
    return changed(exec(db(), QStringLiteral("UPDATE time_entries SET sync_state = 'pending', "
                                             "reason = '', server_copy = NULL")));
}

Result<SyncCounts> LocalStore::counts() const
{
    Result<SyncCounts> r;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // Discarded held entries (held and deleted) count nowhere: they never leave the machine.
    if (!q.exec(QStringLiteral("SELECT sync_state, held, COUNT(*) FROM time_entries "
                               "WHERE NOT (held = 1 AND deleted = 1) GROUP BY sync_state, held"))) {
        r.error = storeError(q.lastError());
        return r;
    }
    while (q.next()) {
        const int n = q.value(2).toInt();
        if (q.value(1).toBool()) {
            r.value.held += n;
            continue;
        }
        switch (syncStateFromString(q.value(0).toString()).value_or(SyncState::Pending)) {
        case SyncState::Pending:
            r.value.pending += n;
            break;
        case SyncState::Synced:
            r.value.synced += n;
            break;
        case SyncState::Rejected:
            r.value.rejected += n;
            break;
        case SyncState::Conflict:
            r.value.conflict += n;
            break;
        }
    }
    return r;
}

} // namespace jobdesk::net
