#include "timetracker.h"

#include "clock.h"
#include "localstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTracker, "jobdesk.net.timer", QtInfoMsg)

namespace jobdesk::net {

namespace {

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

TimeTracker::TimeTracker(LocalStore *store, QObject *parent)
    : TimeTracker(store, Clock::system(), parent)
{}

TimeTracker::TimeTracker(LocalStore *store, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TimeTracker::tick);
    m_idlePoll.setInterval(m_idlePollMs);
    connect(&m_idlePoll, &QTimer::timeout, this, &TimeTracker::pollIdle);
    recover();
}

// Leaves the running row on disk: closing the app with a timer running is the
// same as a crash, and the worker confirms the time on the next start.
TimeTracker::~TimeTracker() = default;

void TimeTracker::setHeartbeatInterval(int ms)
{
    m_intervalMs = qMax(10, ms);
    m_timer.setInterval(m_intervalMs);
}

QList<TimeEntry> TimeTracker::segments(const RunningTimer &timer, qint64 endMs,
                                       TimeEntrySource source)
{
    QList<TimeEntry> list;
    for (qint64 from = timer.startedAtMs; from < endMs; from += MaxEntryMs) {
        TimeEntry e;
        e.id = list.isEmpty() && !timer.entryId.isNull() ? timer.entryId : QUuid::createUuid();
        e.jobId = timer.jobId;
        e.startedAt = at(from);
        e.endedAt = at(qMin(endMs, from + MaxEntryMs));
        e.note = timer.note;
        e.source = source;
        list.append(e);
    }
    return list;
}

void TimeTracker::recover()
{
    const auto leftover = m_store->runningTimer();
    if (!leftover.ok()) {
        qCWarning(lcTracker) << "cannot read the running timer:" << leftover.error;
    } else if (leftover.value) {
        // The process that ran this timer is gone: what the last heartbeat proved is kept.
        const RunningTimer &t = *leftover.value;
        const QList<TimeEntry> found = segments(t, t.lastHeartbeatMs, TimeEntrySource::Recovered);
        const Status s = m_store->closeSegments(found, true, std::nullopt);
        if (!s)
            qCWarning(lcTracker) << "cannot recover the running timer:" << s.error;
        else if (!found.isEmpty())
            qCInfo(lcTracker) << "recovered" << found.size() << "entries of a timer on job"
                              << t.jobId;
    }
    // Held entries are either recovered time or away spans nobody answered yet.
    const auto held = m_store->heldEntries();
    QList<TimeEntry> away;
    for (const LocalEntry &l : held.value) {
        if (l.entry.source == TimeEntrySource::Recovered)
            m_recovered.append(l.entry);
        else
            away.append(l.entry);
    }
    loadAwaySpans(away);
    if (m_recovered.isEmpty())
        return;
    // Queued, so whoever constructed the tracker has had the chance to connect.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (const TimeEntry &e : std::as_const(m_recovered))
                Q_EMIT recoveredEntryFound(e);
        },
        Qt::QueuedConnection);
}

TimeTracker::Reading TimeTracker::read() const
{
    Reading r{m_clock->wallMs(), m_clock->monotonicMs(), false};
    const qint64 wallDelta = r.wall - m_lastWall;
    const qint64 monoDelta = r.mono - m_lastMono;
    // The clocks disagree: the wall clock was changed, or the machine slept and
    // the monotonic clock stood still. A late heartbeat: the machine slept with a
    // monotonic clock that counts sleep, or the process was frozen. Either way no
    // heartbeat proves the time in between.
    r.gap = qAbs(wallDelta - monoDelta) > m_toleranceMs || wallDelta > m_intervalMs + m_toleranceMs;
    return r;
}

Status TimeTracker::start(qint64 jobId, const QString &note)
{
    if (jobId <= 0)
        return Status::failure(tr("Choose a job to track time on."));
    if (m_running) {
        if (Status s = stop(); !s)
            return s;
    }
    const qint64 wall = m_clock->wallMs();
    const RunningTimer t{QUuid::createUuid(), jobId, wall, wall, note};
    if (Status s = m_store->setRunningTimer(t); !s)
        return s;
    m_running = t;
    m_lastWall = wall;
    m_lastMono = m_clock->monotonicMs();
    m_countedMs = 0;
    m_sessionStartMs = wall;
    m_idleSinceMs = 0;
    m_timer.start();
    if (m_idleSource && m_idleThresholdMs > 0)
        m_idlePoll.start(m_idlePollMs);
    Q_EMIT runningChanged(true);
    return {};
}

Status TimeTracker::stop()
{
    if (!m_running)
        return Status::failure(tr("No timer is running."));
    if (isIdle()) {
        // Whoever pressed Stop is back: the time since idling began is a span to ask about.
        const qint64 wall = m_clock->wallMs();
        if (Status s = comeBack(qMax(wall, m_idleSinceMs), wall, false); !s)
            return s;
        m_timer.stop();
        m_idlePoll.stop();
        Q_EMIT runningChanged(false);
        return {};
    }
    const Reading now = read();
    const qint64 end = now.gap ? m_lastWall : now.wall;
    const QList<TimeEntry> closed = segments(*m_running, end, TimeEntrySource::Timer);
    const QList<TimeEntry> gap = now.gap ? gapSegments(m_lastWall, now.wall) : QList<TimeEntry>();
    if (Status s = m_store->closeSegments(closed, gap, std::nullopt); !s)
        return s; // still running, still on disk
    m_timer.stop();
    m_idlePoll.stop();
    m_running.reset();
    recorded(closed);
    if (!gap.isEmpty())
        addAwaySpan(gap);
    if (now.gap)
        Q_EMIT gapDetected(at(m_lastWall), at(now.wall));
    Q_EMIT runningChanged(false);
    return {};
}

void TimeTracker::tick()
{
    if (!m_running)
        return;
    const Reading now = read();
    if (isIdle()) {
        // Nothing is counted while away, so nothing moves on disk; a gap in
        // here is part of the away span the worker will be asked about.
        m_lastWall = now.wall;
        m_lastMono = now.mono;
        return;
    }
    QList<TimeEntry> closed;
    QList<TimeEntry> gap;
    std::optional<RunningTimer> next = *m_running;
    if (now.gap) {
        closed = segments(*m_running, m_lastWall, TimeEntrySource::Timer);
        gap = gapSegments(m_lastWall, now.wall);
        next = RunningTimer{QUuid::createUuid(), m_running->jobId, now.wall, now.wall,
                            m_running->note};
    } else {
        // The server takes entries of at most 24 h: cut whole days off as they pass.
        while (now.wall - next->startedAtMs >= MaxEntryMs) {
            closed += segments(*next, next->startedAtMs + MaxEntryMs, TimeEntrySource::Timer);
            next->entryId = QUuid::createUuid();
            next->startedAtMs += MaxEntryMs;
        }
        next->lastHeartbeatMs = now.wall;
    }
    const Status s = closed.isEmpty() && !now.gap ? m_store->heartbeat(now.wall)
                                                  : m_store->closeSegments(closed, gap, next);
    if (!s) {
        // Nothing changed on disk; the next heartbeat tries again.
        qCWarning(lcTracker) << "heartbeat failed:" << s.error;
        Q_EMIT failed(s.error);
        return;
    }
    const qint64 gapFrom = m_lastWall;
    m_running = next;
    m_lastWall = now.wall;
    m_lastMono = now.mono;
    recorded(closed);
    if (!gap.isEmpty())
        addAwaySpan(gap);
    if (now.gap)
        Q_EMIT gapDetected(at(gapFrom), at(now.wall));
    Q_EMIT heartbeat(at(now.wall));
}

void TimeTracker::recorded(const QList<TimeEntry> &entries)
{
    for (const TimeEntry &e : entries) {
        m_countedMs += e.startedAt.msecsTo(e.endedAt);
        Q_EMIT entryRecorded(e);
    }
}

qint64 TimeTracker::elapsed() const
{
    if (!m_running)
        return 0;
    if (isIdle())
        return m_countedMs;
    return m_countedMs + (m_lastWall - m_running->startedAtMs) +
           qMax<qint64>(0, m_clock->monotonicMs() - m_lastMono);
}

Status TimeTracker::confirmRecovered(const QUuid &id)
{
    Status s = m_store->confirmHeld(id);
    if (s)
        m_recovered.removeIf([&id](const TimeEntry &e) { return e.id == id; });
    return s;
}

Status TimeTracker::discardRecovered(const QUuid &id)
{
    Status s = m_store->discardHeld(id);
    if (s)
        m_recovered.removeIf([&id](const TimeEntry &e) { return e.id == id; });
    return s;
}

QList<TimeEntry> TimeTracker::gapSegments(qint64 fromMs, qint64 toMs) const
{
    if (!m_running || toMs - fromMs < MinAwayMs)
        return {};
    const RunningTimer span{QUuid(), m_running->jobId, fromMs, toMs, m_running->note};
    // Held until the worker answers; kept, it is theirs to vouch for: `manual`.
    return segments(span, toMs, TimeEntrySource::Manual);
}

} // namespace jobdesk::net
