#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace jobdesk {

enum class TimeEntrySource
{
    Timer,
    Manual,
    Recovered
};
QString toString(TimeEntrySource s); // "timer" | "manual" | "recovered"
std::optional<TimeEntrySource> timeEntrySourceFromString(QStringView s);

// A span of work on a job. The worker's machine generates the id and owns the
// entry; `revision` grows with every local edit so the server can tell a newer
// copy from a stale replay.
struct TimeEntry
{
    QUuid id;
    qint64 jobId = 0;
    qint64 workerId = 0; // set by the server from the token, never trusted from the body
    QDateTime startedAt;
    QDateTime endedAt;
    QString note;
    TimeEntrySource source = TimeEntrySource::Timer;
    bool deleted = false;
    int revision = 1;
    QDateTime updatedAt; // server time of the last applied change
    bool locked = false; // in an approved timesheet week

    qint64 seconds() const { return startedAt.secsTo(endedAt); }
    // Same content as far as sync is concerned (ignores updatedAt and locked).
    bool sameContent(const TimeEntry &o) const
    {
        return id == o.id && jobId == o.jobId && startedAt == o.startedAt && endedAt == o.endedAt &&
               note == o.note && source == o.source && deleted == o.deleted &&
               revision == o.revision;
    }
};

// Per-entry answer of a sync batch.
enum class SyncOutcome
{
    Applied,
    Unchanged,
    Conflict,
    Rejected
};
QString toString(SyncOutcome s); // "applied" | "unchanged" | "conflict" | "rejected"

} // namespace jobdesk
