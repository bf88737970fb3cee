// The timer: on disk from the start, heartbeats, recovery after a real kill -9,
// wall-clock jumps and suspends as gaps (held for the worker's answer), and
// 24-hour splitting.
#include "localstore.h"
#include "testclock.h"
#include "timetracker.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace jobdesk;
using namespace jobdesk::net;
using jobdesk::test::TestClock;

namespace {

constexpr qint64 Hour = 3600 * 1000;
const qint64 Monday = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

TimeEntry entryAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<TimeEntry>();
}

} // namespace

class TestTimeTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void startWritesTheTimerToDisk();
    void heartbeatAndStop();
    void switchingJobsStopsTheFirst();
    void recoversAfterKill9();
    void recoveredEntriesWaitForTheWorker();
    void timerKilledBeforeItsFirstHeartbeatLeavesNothing();
    void wallClockJumpIsAGap();
    void clockSetBackIsAGap();
    void lateHeartbeatIsAGap();
    void gapIsHeldAndKept();
    void discardedGapCountsNothing();
    void unansweredGapSurvivesARestart();
    void splitsAt24Hours();
    void recoveredTimerIsSplitToo();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

void TestTimeTracker::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(path()).ok());
}

void TestTimeTracker::startWritesTheTimerToDisk()
{
    TimeTracker tracker(m_store.get());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(tracker.start(7, QStringLiteral("sketches")).ok());
    QVERIFY(tracker.isRunning());
    // Another connection, as the next process would see it, before any event runs.
    LocalStore other;
    QVERIFY(other.open(path()).ok());
    const auto row = other.runningTimer().value;
    QVERIFY(row);
    QCOMPARE(row->jobId, 7);
    QCOMPARE(row->note, QStringLiteral("sketches"));
    QVERIFY(row->startedAtMs >= before);
    QCOMPARE(row->lastHeartbeatMs, row->startedAtMs);
}

void TestTimeTracker::heartbeatAndStop()
{
    TimeTracker tracker(m_store.get());
    tracker.setHeartbeatInterval(50);
    QSignalSpy beats(&tracker, &TimeTracker::heartbeat);
    QSignalSpy recorded(&tracker, &TimeTracker::entryRecorded);
    QVERIFY(!tracker.stop().ok());
    QVERIFY(tracker.start(7).ok());
    const qint64 started = m_store->runningTimer().value->startedAtMs;
    QTRY_VERIFY(beats.size() >= 3);
    const qint64 lastBeat = beats.last().at(0).toDateTime().toMSecsSinceEpoch();
    QCOMPARE(m_store->runningTimer().value->lastHeartbeatMs, lastBeat);
    QVERIFY(lastBeat > started);
    QVERIFY(tracker.elapsed() >= lastBeat - started);

    QVERIFY(tracker.stop().ok());
    QVERIFY(!tracker.isRunning());
    QCOMPARE(tracker.elapsed(), 0);
    QVERIFY(!m_store->runningTimer().value);
    QCOMPARE(recorded.size(), 1);
    const TimeEntry e = entryAt(recorded, 0);
    QCOMPARE(toString(e.source), toString(TimeEntrySource::Timer));
    QCOMPARE(e.startedAt.toMSecsSinceEpoch(), started);
    QVERIFY(e.endedAt.toMSecsSinceEpoch() >= lastBeat);
    const auto stored = m_store->entry(e.id).value;
    QVERIFY(stored);
    QCOMPARE(toString(stored->state), toString(SyncState::Pending));
    QVERIFY(stored->entry.sameContent(e));
    QCOMPARE(m_store->counts().value.pending, 1);
}

void TestTimeTracker::switchingJobsStopsTheFirst()
{
    TestClock clock;
    clock.setManual(Monday);
    TimeTracker tracker(m_store.get(), &clock);
    QSignalSpy recorded(&tracker, &TimeTracker::entryRecorded);
    QVERIFY(tracker.start(7).ok());
    clock.advance(20 * 1000); // less than a heartbeat interval
    QVERIFY(tracker.start(8).ok());
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(entryAt(recorded, 0).jobId, 7);
    QCOMPARE(entryAt(recorded, 0).seconds(), 20);
    QCOMPARE(tracker.runningJobId(), 8);
    QCOMPARE(m_store->runningTimer().value->jobId, 8);
    QVERIFY(!tracker.start(0).ok());
}

void TestTimeTracker::recoversAfterKill9()
{
    constexpr int IntervalMs = 100;
    constexpr int SlackMs = 250; // scheduling on a loaded machine
    m_store->close();
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(JOBDESK_TIMER_HELPER),
                 {path(), QStringLiteral("7"), QString::number(IntervalMs)});
    QVERIFY(helper.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += helper.readAllStandardOutput(), out.count("beat ") >= 4),
                             15000);
    QVERIFY(out.startsWith("running\n"));

    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(::kill(pid_t(helper.processId()), SIGKILL), 0);
    QVERIFY(helper.waitForFinished(5000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    out += helper.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const qint64 lastBeatSeen = lines.last().mid(5).toLongLong();
    QVERIFY(lastBeatSeen > 0);

    QVERIFY(m_store->open(path()).ok());
    QVERIFY(m_store->runningTimer().value);
    TimeTracker tracker(m_store.get());
    QSignalSpy found(&tracker, &TimeTracker::recoveredEntryFound);
    QVERIFY(!m_store->runningTimer().value); // turned into an entry at once
    QVERIFY(found.wait(5000));
    QCOMPARE(found.size(), 1);
    const TimeEntry e = entryAt(found, 0);
    QCOMPARE(toString(e.source), toString(TimeEntrySource::Recovered));
    QCOMPARE(e.jobId, 7);
    const qint64 end = e.endedAt.toMSecsSinceEpoch();
    QVERIFY2(end >= lastBeatSeen && end <= killedAt && killedAt - end <= IntervalMs + SlackMs,
             qPrintable(QStringLiteral("ended %1 ms before the kill").arg(killedAt - end)));
    QVERIFY(e.seconds() >= 0);
    QVERIFY(!tracker.isRunning());
    QCOMPARE(tracker.recoveredEntries().size(), 1);
    QCOMPARE(m_store->counts().value.held, 1);
    QVERIFY(m_store->pendingBatch(10).value.isEmpty()); // not sent until confirmed

    QVERIFY(tracker.confirmRecovered(e.id).ok());
    QVERIFY(tracker.recoveredEntries().isEmpty());
    QCOMPARE(m_store->pendingBatch(10).value.size(), 1);
}

void TestTimeTracker::recoveredEntriesWaitForTheWorker()
{
    const RunningTimer left{QUuid::createUuid(), 7, Monday, Monday + 2 * Hour, QStringLiteral("x")};
    QVERIFY(m_store->setRunningTimer(left).ok());
    {
        TimeTracker first(m_store.get());
        QSignalSpy found(&first, &TimeTracker::recoveredEntryFound);
        QVERIFY(found.wait(5000));
        const TimeEntry e = entryAt(found, 0);
        QCOMPARE(e.id, left.entryId);
        QCOMPARE(e.startedAt, at(Monday));
        QCOMPARE(e.endedAt, at(Monday + 2 * Hour));
        QCOMPARE(e.note, QStringLiteral("x"));
    } // the worker closed the app without answering
    TimeTracker second(m_store.get());
    QSignalSpy again(&second, &TimeTracker::recoveredEntryFound);
    QVERIFY(again.wait(5000));
    QCOMPARE(entryAt(again, 0).id, left.entryId);
    QVERIFY(second.discardRecovered(left.entryId).ok());
    QVERIFY(!second.confirmRecovered(left.entryId).ok());
    QCOMPARE(m_store->counts().value, SyncCounts{});
}

void TestTimeTracker::timerKilledBeforeItsFirstHeartbeatLeavesNothing()
{
    QVERIFY(m_store->setRunningTimer({QUuid::createUuid(), 7, Monday, Monday, {}}).ok());
    TimeTracker tracker(m_store.get());
    QVERIFY(tracker.recoveredEntries().isEmpty());
    QVERIFY(!m_store->runningTimer().value);
}

void TestTimeTracker::wallClockJumpIsAGap()
{
    TestClock clock;
    TimeTracker tracker(m_store.get(), &clock);
    tracker.setHeartbeatInterval(50);
    tracker.setGapTolerance(2000);
    QSignalSpy beats(&tracker, &TimeTracker::heartbeat);
    QSignalSpy gaps(&tracker, &TimeTracker::gapDetected);
    QSignalSpy recorded(&tracker, &TimeTracker::entryRecorded);
    QVERIFY(tracker.start(7).ok());
    const qint64 started = m_store->runningTimer().value->startedAtMs;
    QTRY_VERIFY(beats.size() >= 2);
    const QDateTime lastGood = beats.last().at(0).toDateTime();

    clock.jumpWall(2 * Hour);
    QVERIFY(gaps.wait(5000));
    const QDateTime from = gaps.at(0).at(0).toDateTime();
    const QDateTime to = gaps.at(0).at(1).toDateTime();
    QCOMPARE(from, lastGood);
    QVERIFY(from.msecsTo(to) >= 2 * Hour);
    QCOMPARE(recorded.size(), 1); // the entry ends at the last good heartbeat
    QCOMPARE(entryAt(recorded, 0).startedAt, at(started));
    QCOMPARE(entryAt(recorded, 0).endedAt, from);

    QVERIFY(tracker.isRunning()); // and goes on as a new entry from now
    QCOMPARE(m_store->runningTimer().value->startedAtMs, to.toMSecsSinceEpoch());
    QVERIFY(tracker.elapsed() < Hour);
    // Let the new entry last at least one heartbeat: an entry of zero length is
    // not recorded, and a fast machine could stop within the same millisecond.
    const qint64 beatsAtGap = beats.size();
    QTRY_VERIFY(beats.size() > beatsAtGap);
    QVERIFY(tracker.stop().ok());
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(entryAt(recorded, 1).startedAt, to);
    QVERIFY(entryAt(recorded, 1).id != entryAt(recorded, 0).id);
    QCOMPARE(m_store->counts().value.pending, 2); // the gap is not counted...
    QCOMPARE(m_store->counts().value.held, 1);      // ...but held for the worker to answer
    QCOMPARE(tracker.awaySpans().size(), 1);
    const AwaySpan gap = tracker.awaySpans().constFirst();
    QCOMPARE(gap.kind, AwaySpan::Kind::Gap);
    QCOMPARE(gap.from, from);
    QCOMPARE(gap.to, to);

    QVERIFY(tracker.keepAway(gap.id).ok()); // ...and counts if the worker keeps it
    QCOMPARE(m_store->counts().value.pending, 3);
    const auto all = m_store->entries(at(started), to.addSecs(3600)).value;
    QCOMPARE(all.size(), 3);
    QCOMPARE(toString(all.at(1).entry.source), toString(TimeEntrySource::Manual));
    QCOMPARE(all.at(1).entry.startedAt, from);
    QCOMPARE(all.at(1).entry.endedAt, to);
}

void TestTimeTracker::clockSetBackIsAGap()
{
    TestClock clock;
    TimeTracker tracker(m_store.get(), &clock);
    tracker.setHeartbeatInterval(50);
    tracker.setGapTolerance(2000);
    QSignalSpy beats(&tracker, &TimeTracker::heartbeat);
    QSignalSpy gaps(&tracker, &TimeTracker::gapDetected);
    QVERIFY(tracker.start(7).ok());
    QTRY_VERIFY(beats.size() >= 2);
    clock.jumpWall(-Hour);
    QVERIFY(gaps.wait(5000));
    const QDateTime from = gaps.at(0).at(0).toDateTime();
    const QDateTime to = gaps.at(0).at(1).toDateTime();
    QVERIFY(to < from);
    QVERIFY(tracker.awaySpans().isEmpty()); // no time to ask about
    QVERIFY(tracker.isRunning());
    const qint64 beatsAtGap = beats.size(); // the new entry lasts at least one heartbeat
    QTRY_VERIFY(beats.size() > beatsAtGap);
    QVERIFY(tracker.stop().ok());
    QCOMPARE(m_store->counts().value.pending, 2);
}

void TestTimeTracker::lateHeartbeatIsAGap()
{
    // Both clocks moved 10 minutes between two heartbeats 20 ms apart: a suspend
    // where the monotonic clock counts sleep, or a frozen process. Not proven time.
    TestClock clock;
    clock.setManual(Monday);
    TimeTracker tracker(m_store.get(), &clock);
    tracker.setHeartbeatInterval(20);
    tracker.setGapTolerance(1000);
    QSignalSpy beats(&tracker, &TimeTracker::heartbeat);
    QSignalSpy gaps(&tracker, &TimeTracker::gapDetected);
    QSignalSpy recorded(&tracker, &TimeTracker::entryRecorded);
    QVERIFY(tracker.start(7).ok());
    clock.advance(15 * 1000);
    QVERIFY(beats.wait(5000)); // 15 s late for a 20 ms heartbeat
    QCOMPARE(gaps.size(), 1);
    gaps.clear();
    clock.advance(500);
    QVERIFY(beats.wait(5000));
    clock.advance(10 * 60 * 1000);
    QVERIFY(gaps.wait(5000));
    QCOMPARE(gaps.at(0).at(0).toDateTime(), at(Monday + 15000 + 500));
    QCOMPARE(gaps.at(0).at(1).toDateTime(), at(Monday + 15000 + 500 + 600000));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(entryAt(recorded, 0).startedAt, at(Monday + 15000));
    QCOMPARE(entryAt(recorded, 0).endedAt, at(Monday + 15500));
}

// Timer on job 7 from Monday 08:00 for 10 minutes, then the machine sleeps
// 35 minutes (the wall clock moves, the monotonic one does not).
static AwaySpan sleepThroughAGap(TimeTracker &tracker, TestClock &clock)
{
    tracker.setHeartbeatInterval(20);
    tracker.setGapTolerance(2 * 60 * 1000); // a minute between heartbeats is not late here
    QSignalSpy beats(&tracker, &TimeTracker::heartbeat);
    QSignalSpy found(&tracker, &TimeTracker::awaySpanFound);
    QSignalSpy gaps(&tracker, &TimeTracker::gapDetected);
    if (!tracker.start(7, QStringLiteral("logo")).ok())
        return {};
    for (int i = 0; i < 10; ++i) {
        clock.advance(60 * 1000);
        if (!beats.wait(5000))
            return {};
    }
    clock.jumpWall(35 * 60 * 1000);
    if (!gaps.wait(5000) || found.size() != 1)
        return {};
    return found.first().first().value<AwaySpan>();
}

void TestTimeTracker::gapIsHeldAndKept()
{
    TestClock clock;
    clock.setManual(Monday);
    TimeTracker tracker(m_store.get(), &clock);
    QSignalSpy recorded(&tracker, &TimeTracker::entryRecorded);
    const AwaySpan gap = sleepThroughAGap(tracker, clock);
    QVERIFY(!gap.id.isNull());
    QCOMPARE(gap.kind, AwaySpan::Kind::Gap);
    QCOMPARE(gap.jobId, 7);
    QCOMPARE(gap.from, at(Monday + 10 * 60 * 1000));
    QCOMPARE(gap.to, at(Monday + 45 * 60 * 1000));
    QCOMPARE(gap.note, QStringLiteral("logo"));
    // The entry still ends at the last good heartbeat; the timer goes on from now.
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(entryAt(recorded, 0).endedAt, gap.from);
    QCOMPARE(m_store->runningTimer().value->startedAtMs, gap.to.toMSecsSinceEpoch());
    // On disk and held: not sent, not counted.
    const auto held = m_store->heldEntries().value;
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).entry.id, gap.id);
    QCOMPARE(toString(held.at(0).entry.source), toString(TimeEntrySource::Manual));
    QCOMPARE(m_store->counts().value.pending, 1);
    QVERIFY(tracker.elapsed() < 11 * 60 * 1000);

    QVERIFY(tracker.keepAway(gap.id).ok());
    QVERIFY(tracker.awaySpans().isEmpty());
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_store->counts().value.pending, 2);
    const auto kept = m_store->entry(gap.id).value;
    QVERIFY(kept);
    QVERIFY(!kept->held);
    QCOMPARE(kept->entry.startedAt, gap.from);
    QCOMPARE(kept->entry.endedAt, gap.to);
    QVERIFY(tracker.elapsed() >= 45 * 60 * 1000); // the running timer shows it too
    QVERIFY(!tracker.keepAway(gap.id).ok()); // answered once
}

void TestTimeTracker::discardedGapCountsNothing()
{
    TestClock clock;
    clock.setManual(Monday);
    TimeTracker tracker(m_store.get(), &clock);
    const AwaySpan gap = sleepThroughAGap(tracker, clock);
    QVERIFY(!gap.id.isNull());
    QVERIFY(tracker.discardAway(gap.id).ok());
    QVERIFY(tracker.awaySpans().isEmpty());
    const SyncCounts c = m_store->counts().value;
    QCOMPARE(c.held, 0);
    QCOMPARE(c.pending, 1); // only the entry before the gap
    QVERIFY(m_store->entry(gap.id).value->entry.deleted);
    QVERIFY(m_store->pendingBatch(10).value.size() == 1);
    QVERIFY(tracker.elapsed() < 11 * 60 * 1000);
}

void TestTimeTracker::unansweredGapSurvivesARestart()
{
    TestClock clock;
    clock.setManual(Monday);
    AwaySpan gap;
    {
        TimeTracker tracker(m_store.get(), &clock);
        gap = sleepThroughAGap(tracker, clock);
        QVERIFY(!gap.id.isNull());
        QVERIFY(tracker.stop().ok());
    }
    TimeTracker next(m_store.get(), &clock);
    QCOMPARE(next.awaySpans().size(), 1);
    const AwaySpan again = next.awaySpans().constFirst();
    QCOMPARE(again.id, gap.id);
    QCOMPARE(again.kind, AwaySpan::Kind::Gap);
    QCOMPARE(again.from, gap.from);
    QCOMPARE(again.to, gap.to);
    QVERIFY(next.recoveredEntries().isEmpty());
    QVERIFY(next.keepAway(again.id).ok());
    QCOMPARE(m_store->counts().value.held, 0);
}

void TestTimeTracker::splitsAt24Hours()
{
    TestClock clock;
    clock.setManual(Monday);
    TimeTracker tracker(m_store.get(), &clock);
    tracker.setHeartbeatInterval(20);
    tracker.setGapTolerance(int(30 * Hour)); // only the split is under test
    QSignalSpy beats(&tracker, &TimeTracker::heartbeat);
    QSignalSpy recorded(&tracker, &TimeTracker::entryRecorded);
    QVERIFY(tracker.start(7).ok());
    for (int i = 0; i < 5; ++i) {
        clock.advance(10 * Hour);
        QVERIFY(beats.wait(5000));
    }
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(tracker.elapsed(), 50 * Hour);
    QCOMPARE(m_store->runningTimer().value->startedAtMs, Monday + 48 * Hour);
    QVERIFY(tracker.stop().ok());
    QCOMPARE(recorded.size(), 3);
    qint64 expectedStart = Monday;
    for (int i = 0; i < 3; ++i) {
        const TimeEntry e = entryAt(recorded, i);
        QCOMPARE(e.startedAt, at(expectedStart));
        expectedStart = e.endedAt.toMSecsSinceEpoch();
        QVERIFY(e.seconds() <= 24 * 3600);
    }
    QCOMPARE(expectedStart, Monday + 50 * Hour);
    QCOMPARE(entryAt(recorded, 2).seconds(), 2 * 3600);
    QCOMPARE(m_store->counts().value.pending, 3);
}

void TestTimeTracker::recoveredTimerIsSplitToo()
{
    const RunningTimer left{QUuid::createUuid(), 7, Monday, Monday + 30 * Hour, {}};
    QVERIFY(m_store->setRunningTimer(left).ok());
    TimeTracker tracker(m_store.get());
    QSignalSpy found(&tracker, &TimeTracker::recoveredEntryFound);
    QTRY_COMPARE(found.size(), 2);
    QCOMPARE(entryAt(found, 0).id, left.entryId);
    QCOMPARE(entryAt(found, 0).seconds(), 24 * 3600);
    QCOMPARE(entryAt(found, 1).startedAt, at(Monday + 24 * Hour));
    QCOMPARE(entryAt(found, 1).seconds(), 6 * 3600);
    QCOMPARE(m_store->counts().value.held, 2);
}

QTEST_GUILESS_MAIN(TestTimeTracker)
#include "tst_timetracker.moc"
