#include "localtypes.h"

#include "codecs.h"
#include "jsonreader.h"

namespace jobdesk::net {

QString toString(SyncState s)
{
    switch (s) {
    case SyncState::Pending:
        return QStringLiteral("pending");
    case SyncState::Synced:
        return QStringLiteral("synced");
    case SyncState::Rejected:
        return QStringLiteral("rejected");
    case SyncState::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

std::optional<SyncState> syncStateFromString(QStringView s)
{
    for (const SyncState state :
         {SyncState::Pending, SyncState::Synced, SyncState::Rejected, SyncState::Conflict}) {
        if (s == toString(state))
            return state;
    }
    return std::nullopt;
}

QJsonObject toSyncJson(const TimeEntry &e)
{
    QJsonObject o = codec::toJson(e);
    for (const char *serverOwned : {"workerId", "seconds", "updatedAt", "locked"})
        o.remove(QLatin1String(serverOwned));
    return o;
}

std::optional<TimeEntry> entryFromServerJson(const QJsonObject &o)
{
    // The decoder refuses members it does not know (right for what a client sends);
    // a newer server may add some, so only the known ones are read here.
    QJsonObject known;
    for (const char *key :
         {"id", "jobId", "startedAt", "endedAt", "note", "source", "deleted", "revision"}) {
        const QString name = QLatin1String(key);
        if (o.contains(name))
            known.insert(name, o.value(name));
    }
    FieldErrors errors;
    auto e = codec::timeEntryFromJson(known, errors);
    if (!e)
        return std::nullopt;
    e->workerId = o.value(QStringLiteral("workerId")).toInteger();
    e->locked = o.value(QStringLiteral("locked")).toBool();
    if (const auto updated = fromWireTime(o.value(QStringLiteral("updatedAt")).toString()))
        e->updatedAt = *updated;
    return e;
}

} // namespace jobdesk::net
