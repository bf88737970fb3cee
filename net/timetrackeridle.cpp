// TimeTracker: idle detection. While a timer runs the idle source is polled; past
// the threshold the running entry is cut where idling began, and when the worker
// is back the span in between is written as held entries (not sent, not counted)
// and offered back: keep, discard, or assign to another job. Nothing in between
// is ever on disk as counted time, so a crash while away loses nothing that
// was worked and counts nothing that was not.
#include "timetracker.h"

#include "clock.h"
#include "idlesource.h"
#include "localstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcTracker)

namespace jobdesk::net {

namespace {

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Held gaps are written as `manual` (the tracker did not measure them), away spans as `timer`.
AwaySpan::Kind kindOf(const TimeEntry &e)
{
    return e.source == TimeEntrySource::Manual ? AwaySpan::Kind::Gap : AwaySpan::Kind::Away;
}

} // namespace

void TimeTracker::setIdleSource(IdleSource *source)
{
    if (m_idleSource)
        disconnect(m_idleSource, nullptr, this, nullptr);
    m_idleSource = source;
    m_idleAsked = false;
    if (source) {
        connect(source, &IdleSource::idleTime, this, &TimeTracker::idleAnswered);
        connect(source, &IdleSource::unavailable, this, [this] { m_idleAsked = false; });
    }
    if (m_running && source && m_idleThresholdMs > 0)
        m_idlePoll.start(isIdle() ? awayPollMs() : m_idlePollMs);
    else
        m_idlePoll.stop();
}

void TimeTracker::setIdleThreshold(qint64 ms)
{
    m_idleThresholdMs = qMax<qint64>(0, ms);
    if (m_idleThresholdMs == 0 && isIdle()) {
        // Detection turned off while away: the worker is back as of now.
        const qint64 wall = m_clock->wallMs();
        if (const Status s = comeBack(wall, wall, true); !s)
            Q_EMIT failed(s.error);
    }
    setIdleSource(m_idleSource); // starts or stops the poll
}

void TimeTracker::setIdlePollInterval(int ms)
{
    m_idlePollMs = qMax(10, ms);
    if (m_idlePoll.isActive() && !isIdle())
        m_idlePoll.start(m_idlePollMs);
}

QDateTime TimeTracker::idleSince() const
{
    return isIdle() ? at(m_idleSinceMs) : QDateTime();
}

void TimeTracker::pollIdle()
{
    if (!m_running || !m_idleSource || m_idleAsked || m_idleThresholdMs <= 0)
        return;
    m_idleAsked = true; // before asking: the answer may come before request() returns
    m_idleSource->request();
}

void TimeTracker::idleAnswered(qint64 idleMs)
{
    m_idleAsked = false;
    if (!m_running || m_idleThresholdMs <= 0 || idleMs < 0)
        return;
    const qint64 wall = m_clock->wallMs();
    if (isIdle()) {
        if (idleMs >= m_idleThresholdMs)
            return; // still away
        if (const Status s = comeBack(qBound(m_idleSinceMs, wall - idleMs, wall), wall, true); !s) {
            qCWarning(lcTracker) << "cannot record the away span:" << s.error;
            Q_EMIT failed(s.error);
        }
        return;
    }
    if (idleMs < m_idleThresholdMs)
        return;
    // Settle a suspend or clock change first: idling that began in time no
    // heartbeat proves must not leave that time in the entry.
    if (read().gap)
        tick();
    if (!m_running || isIdle())
        return;
    goIdle(qBound(m_running->startedAtMs, wall - idleMs, wall));
}

void TimeTracker::goIdle(qint64 sinceMs)
{
    const QList<TimeEntry> closed = segments(*m_running, sinceMs, TimeEntrySource::Timer);
    // The running row restarts at the idle start and stays there while away: a
    // crash now recovers nothing of the time away.
    const RunningTimer next{QUuid::createUuid(), m_running->jobId, sinceMs, sinceMs,
                            m_running->note};
    if (const Status s = m_store->closeSegments(closed, false, next); !s) {
        qCWarning(lcTracker) << "cannot cut the entry at the idle start:" << s.error;
        Q_EMIT failed(s.error);
        return;
    }
    m_running = next;
    m_idleSinceMs = sinceMs;
    recorded(closed);
    m_idlePoll.start(awayPollMs());
    qCInfo(lcTracker) << "idle since" << at(sinceMs);
    Q_EMIT idleStarted(at(sinceMs));
}

Status TimeTracker::comeBack(qint64 backMs, qint64 nowMs, bool keepRunning)
{
    const QList<TimeEntry> span = segments(*m_running, backMs, TimeEntrySource::Timer);
    const bool ask = !span.isEmpty() && backMs - m_idleSinceMs >= MinAwayMs;
    std::optional<RunningTimer> next;
    if (keepRunning)
        next = RunningTimer{QUuid::createUuid(), m_running->jobId, backMs, nowMs, m_running->note};
    if (Status s = m_store->closeSegments(ask ? span : QList<TimeEntry>(), true, next); !s)
        return s;
    m_idleSinceMs = 0;
    if (keepRunning) {
        m_running = next;
        m_lastWall = nowMs;
        m_lastMono = m_clock->monotonicMs();
        m_idlePoll.start(m_idlePollMs);
    } else {
        m_running.reset();
    }
    if (ask)
        addAwaySpan(span);
    return {};
}

void TimeTracker::addAwaySpan(const QList<TimeEntry> &entries)
{
    AwaySpan span;
    span.id = entries.constFirst().id;
    span.kind = kindOf(entries.constFirst());
    span.jobId = entries.constFirst().jobId;
    span.from = entries.constFirst().startedAt;
    span.to = entries.constLast().endedAt;
    span.note = entries.constFirst().note;
    for (const TimeEntry &e : entries)
        span.ids.append(e.id);
    m_away.append(span);
    Q_EMIT awaySpanFound(span);
    Q_EMIT awaySpansChanged();
}

void TimeTracker::loadAwaySpans(const QList<TimeEntry> &held)
{
    // Pieces of one span (cut at 24 h) follow each other on the same job, with
    // the same source (an away span and a gap may touch).
    QList<TimeEntry> run;
    const auto flush = [this, &run] {
        if (run.isEmpty())
            return;
        AwaySpan span;
        span.id = run.constFirst().id;
        span.kind = kindOf(run.constFirst());
        span.jobId = run.constFirst().jobId;
        span.from = run.constFirst().startedAt;
        span.to = run.constLast().endedAt;
        span.note = run.constFirst().note;
        for (const TimeEntry &e : std::as_const(run))
            span.ids.append(e.id);
        m_away.append(span);
        run.clear();
    };
    for (const TimeEntry &e : held) {
        if (!run.isEmpty() &&
            (run.constLast().jobId != e.jobId || run.constLast().endedAt != e.startedAt ||
             run.constLast().source != e.source))
            flush();
        run.append(e);
    }
    flush();
    if (!m_away.isEmpty())
        QMetaObject::invokeMethod(this, &TimeTracker::awaySpansChanged, Qt::QueuedConnection);
}

Status TimeTracker::settleAway(const QUuid &spanId,
                               const std::function<Status(const AwaySpan &)> &how, bool counts)
{
    const auto it = std::find_if(m_away.cbegin(), m_away.cend(),
                                 [&spanId](const AwaySpan &s) { return s.id == spanId; });
    if (it == m_away.cend())
        return Status::failure(tr("This time away has already been answered."));
    const AwaySpan span = *it;
    if (Status s = how(span); !s)
        return s;
    m_away.removeIf([&spanId](const AwaySpan &s) { return s.id == spanId; });
    // Kept time of the running timer shows in its elapsed time too.
    if (counts && m_running && span.jobId == m_running->jobId &&
        span.from.toMSecsSinceEpoch() >= m_sessionStartMs)
        m_countedMs += span.from.msecsTo(span.to);
    Q_EMIT awaySpansChanged();
    return {};
}

Status TimeTracker::keepAway(const QUuid &spanId)
{
    return settleAway(
        spanId, [this](const AwaySpan &s) { return m_store->confirmHeld(s.ids); }, true);
}

Status TimeTracker::discardAway(const QUuid &spanId)
{
    return settleAway(
        spanId, [this](const AwaySpan &s) { return m_store->discardHeld(s.ids); }, false);
}

Status TimeTracker::assignAway(const QUuid &spanId, qint64 jobId, const QString &note)
{
    if (jobId <= 0)
        return Status::failure(tr("Choose a job for this time."));
    return settleAway(
        spanId,
        [this, jobId, &note](const AwaySpan &s) { return m_store->assignHeld(s.ids, jobId, note); },
        false);
}

} // namespace jobdesk::net
