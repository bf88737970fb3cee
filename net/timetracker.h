#pragma once

#include "localtypes.h"
#include "timeentry.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace jobdesk::net {

class Clock;
class LocalStore;

// The worker's stopwatch. The running timer is on disk from the moment it starts
// and a heartbeat moves its end forward, so a crash or power loss costs at most
// one heartbeat interval; on the next start the leftover becomes a *recovered*
// entry that waits for the worker to confirm it. Time the tracker cannot vouch
// for (suspend, a wall-clock change, a frozen process) is never counted silently:
// the entry ends at the last good heartbeat and gapDetected() asks the worker.
class TimeTracker final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultHeartbeatMs = 30000;
    static constexpr int DefaultGapToleranceMs = 10000;
    static constexpr qint64 MaxEntryMs = qint64(24) * 60 * 60 * 1000;

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
    // The worker's answer to gapDetected(): count [from, to) on `jobId` after all
    // (keep, or assign to another job). Not answering counts nothing.
    Status keepGap(const QDateTime &from, const QDateTime &to, qint64 jobId,
                   const QString &note = {});

Q_SIGNALS:
    void runningChanged(bool running);
    void heartbeat(const QDateTime &at);
    void entryRecorded(const jobdesk::TimeEntry &entry);
    void recoveredEntryFound(const jobdesk::TimeEntry &entry);
    // Wall time from the last good heartbeat to now was not counted. `to` may be
    // before `from` when the clock was set back.
    void gapDetected(const QDateTime &from, const QDateTime &to);
    void failed(const QString &message);

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
};

} // namespace jobdesk::net
