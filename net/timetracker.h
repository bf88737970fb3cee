#pragma once

#include "localtypes.h"
#include "timeentry.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <optional>

namespace jobdesk::net {

class Clock;
class IdleSource;
class LocalStore;

// Time the worker was away from the computer while the timer ran, awaiting their
// choice. On disk as held entries (not sent, not counted) from the moment the
// worker came back; until then the running timer simply ends where idling began.
// A gap (suspend, clock change) is held and answered the same way, from the
// moment it is detected.
struct AwaySpan
{
    enum class Kind
    {
        Away, // idle: held entries of source `timer` (the timer measured them)
        Gap,  // asleep or clock changed: source `manual` (only the worker can vouch)
    };
    QUuid id; // the first held entry's id; names the span
    Kind kind = Kind::Away;
    qint64 jobId = 0;
    QDateTime from;
    QDateTime to;
    QString note;     // the timer's note
    QList<QUuid> ids; // the held entries (more than one past 24 h)
    qint64 seconds() const { return from.secsTo(to); }
};

// The worker's stopwatch. The running timer is on disk from the moment it starts
// and a heartbeat moves its end forward, so a crash or power loss costs at most
// one heartbeat interval; on the next start the leftover becomes a *recovered*
// entry that waits for the worker to confirm it. Time the tracker cannot vouch
// for (suspend, a wall-clock change, a frozen process) is never counted silently:
// the entry ends at the last good heartbeat, the gap is held as an AwaySpan of
// kind Gap and gapDetected() is emitted.
// With an idle source, time away from keyboard and mouse beyond the threshold is
// cut out the same way and offered back to the worker (timetrackeridle.cpp).
class TimeTracker final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultHeartbeatMs = 30000;
    static constexpr int DefaultGapToleranceMs = 10000;
    static constexpr qint64 MaxEntryMs = qint64(24) * 60 * 60 * 1000;
    static constexpr qint64 DefaultIdleThresholdMs = 5 * 60 * 1000;
    static constexpr int DefaultIdlePollMs = 15000;
    // While away, the source is asked more often so the question comes promptly.
    static constexpr int AwayPollMs = 2000;
    // Away spans shorter than this are not asked about (and not counted): they
    // are the blur of a poll right after a suspend, not a break.
    static constexpr qint64 MinAwayMs = 60 * 1000;

    // `store` must be open and outlive the tracker. A timer left running by a
    // previous process is turned into held recovered entries here, and
    // recoveredEntryFound() is emitted for every held entry once the event loop runs.
    explicit TimeTracker(LocalStore *store, QObject *parent = nullptr);
    explicit TimeTracker(LocalStore *store, const Clock *clock, QObject *parent = nullptr);
    ~TimeTracker() override;
    Q_DISABLE_COPY_MOVE(TimeTracker)

    void setHeartbeatInterval(int ms);
    int heartbeatInterval() const { return m_intervalMs; }
    // How far the two clocks may disagree, or a heartbeat be late, before it is a gap.
    void setGapTolerance(int ms) { m_toleranceMs = ms; }
    int gapTolerance() const { return m_toleranceMs; }

    // Starts timing `jobId`. A running timer is stopped first (switching jobs).
    Status start(qint64 jobId, const QString &note = {});
    // Stops and records the time as pending entries (split at each 24 h).
    Status stop();
    bool isRunning() const { return m_running.has_value(); }
    qint64 runningJobId() const { return m_running ? m_running->jobId : 0; }
    // Milliseconds counted since start(), gaps excluded.
    qint64 elapsed() const;

    // Recovered entries awaiting the worker's decision.
    QList<TimeEntry> recoveredEntries() const { return m_recovered; }
    Status confirmRecovered(const QUuid &id);
    Status discardRecovered(const QUuid &id);

    // --- idle detection (timetrackeridle.cpp) ---------------------------------
    // `source` (not owned) is polled while a timer runs; nullptr turns it off.
    void setIdleSource(IdleSource *source);
    IdleSource *idleSource() const { return m_idleSource; }
    // Idle time at which the worker counts as away; 0 turns detection off.
    void setIdleThreshold(qint64 ms);
    qint64 idleThreshold() const { return m_idleThresholdMs; }
    void setIdlePollInterval(int ms);
    // The worker is away now: the running entry ended at idleSince().
    bool isIdle() const { return m_idleSinceMs != 0; }
    QDateTime idleSince() const;
    // Away spans and gaps awaiting the worker's choice, oldest first.
    QList<AwaySpan> awaySpans() const { return m_away; }
    // Keep: the span counts on its job, as the timer measured it (a gap as `manual`).
    Status keepAway(const QUuid &spanId);
    // Discard: the span stays out; the entry remains split around it.
    Status discardAway(const QUuid &spanId);
    // Assign: the span becomes time on `jobId` with `note` (the worker's word for it).
    Status assignAway(const QUuid &spanId, qint64 jobId, const QString &note);

Q_SIGNALS:
    void runningChanged(bool running);
    void heartbeat(const QDateTime &at);
    void entryRecorded(const jobdesk::TimeEntry &entry);
    void recoveredEntryFound(const jobdesk::TimeEntry &entry);
    // Wall time from the last good heartbeat to now was not counted. `to` may be
    // before `from` when the clock was set back. A gap of at least MinAwayMs is
    // held as an away span of kind Gap (awaySpanFound() comes first).
    void gapDetected(const QDateTime &from, const QDateTime &to);
    void failed(const QString &message);
    // Idle passed the threshold; the running entry was cut at `since`.
    void idleStarted(const QDateTime &since);
    // The worker is back (or stopped the timer while away): a span to decide on.
    void awaySpanFound(const jobdesk::net::AwaySpan &span);
    // A span was found or answered.
    void awaySpansChanged();

private:
    struct Reading
    {
        qint64 wall;
        qint64 mono;
        bool gap;
    };
    Reading read() const;
    void tick();
    void recover();
    // [timer.startedAtMs, endMs) as entries of at most 24 h; the first keeps the timer's id.
    static QList<TimeEntry> segments(const RunningTimer &timer, qint64 endMs,
                                     TimeEntrySource source);
    void recorded(const QList<TimeEntry> &entries);
    // The held entries for a gap [fromMs, toMs) of the running timer; none when
    // shorter than MinAwayMs (or the clock went back).
    QList<TimeEntry> gapSegments(qint64 fromMs, qint64 toMs) const;
    void pollIdle();
    int awayPollMs() const { return qMin(AwayPollMs, m_idlePollMs); }
    void idleAnswered(qint64 idleMs);
    void goIdle(qint64 sinceMs);
    // The worker is back at `backMs`; the span [idle start, backMs) is held.
    // `next` continues the timer from `backMs`, or nothing (stopping while away).
    Status comeBack(qint64 backMs, qint64 nowMs, bool keepRunning);
    void loadAwaySpans(const QList<TimeEntry> &held);
    void addAwaySpan(const QList<TimeEntry> &entries);
    Status settleAway(const QUuid &spanId, const std::function<Status(const AwaySpan &)> &how,
                      bool counts);

    LocalStore *m_store;
    const Clock *m_clock;
    QTimer m_timer;
    int m_intervalMs = DefaultHeartbeatMs;
    int m_toleranceMs = DefaultGapToleranceMs;
    std::optional<RunningTimer> m_running;
    qint64 m_lastWall = 0; // the last good heartbeat
    qint64 m_lastMono = 0;
    qint64 m_countedMs = 0; // closed segments since start()
    QList<TimeEntry> m_recovered;

    IdleSource *m_idleSource = nullptr;
    QTimer m_idlePoll;
    qint64 m_idleThresholdMs = DefaultIdleThresholdMs;
    int m_idlePollMs = DefaultIdlePollMs;
    bool m_idleAsked = false;    // a request is out
    qint64 m_idleSinceMs = 0;    // 0 = not idle
    qint64 m_sessionStartMs = 0; // start() of the running timer, for kept spans
    QList<AwaySpan> m_away;
};

} // namespace jobdesk::net
