#pragma once

#include "timeentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>
#include <utility>

namespace jobdesk::net {

// Errors travel as values: an empty error means success.
struct Status
{
    QString error;

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    static Status success() { return {}; }
    static Status failure(QString why) { return Status{std::move(why)}; }
};

template <typename T> struct Result
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

// Where a local entry stands with the server.
enum class SyncState
{
    Pending,  // changed locally, not yet acknowledged
    Synced,   // the server holds this revision
    Rejected, // the server refused it; `reason` says why; editing resends it
    Conflict  // the server holds another copy (`serverCopy`); the user picks one
};
QString toString(SyncState s); // "pending" | "synced" | "rejected" | "conflict"
std::optional<SyncState> syncStateFromString(QStringView s);

struct LocalEntry
{
    TimeEntry entry;
    SyncState state = SyncState::Pending;
    QString reason;
    std::optional<TimeEntry> serverCopy; // the server's copy, kept for conflicts
    // Awaiting the worker's decision (a recovered entry): never synced, not counted.
    bool held = false;
    QDateTime localUpdatedAt;
};

// The timer that is running now, as written on disk. Times are wall-clock epoch ms.
struct RunningTimer
{
    QUuid entryId;
    qint64 jobId = 0;
    qint64 startedAtMs = 0;
    qint64 lastHeartbeatMs = 0;
    QString note;
};

struct SyncCounts
{
    int pending = 0;
    int synced = 0;
    int rejected = 0;
    int conflict = 0;
    int held = 0; // recovered entries awaiting a decision (not part of the four above)

    bool operator==(const SyncCounts &o) const
    {
        return pending == o.pending && synced == o.synced && rejected == o.rejected &&
               conflict == o.conflict && held == o.held;
    }
    bool operator!=(const SyncCounts &o) const { return !(*this == o); }
};

enum class ConflictChoice
{
    KeepMine,  // resend the local copy with a revision above the server's
    TakeServer // replace the local copy with the server's
};

// The members of a sync batch entry (what the client owns, nothing the server sets).
QJsonObject toSyncJson(const TimeEntry &e);
// An entry as the server sends it, server-owned members included; nullopt if malformed.
std::optional<TimeEntry> entryFromServerJson(const QJsonObject &o);

} // namespace jobdesk::net
