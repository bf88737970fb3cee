// Idle detection in the time tracker, with a fake idle source and a manual clock:
// the entry is cut where idling began (on disk at once), the span comes back as a
// question when the worker returns, and keep / discard / assign settle it.
#include "fakeidlesource.h"
#include "localstore.h"
#include "testclock.h"
#include "timetracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::net;
using jobdesk::test::FakeIdleSource;
using jobdesk::test::TestClock;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
const qint64 Monday = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestIdleTracking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pollsOnlyWhileATimerRuns();
    void idleCutsTheEntryWhereIdlingBegan();
    void crashWhileAwayCountsNothingOfIt();
    void comingBackAsksAboutTheSpan();
    void keepCountsTheSpan();
    void discardLeavesTheEntrySplit();
    void assignMovesTheSpanToAnotherJob();
    void unansweredSpanSurvivesARestart();
    void stoppingWhileAwayAsksToo();
    void shortAwayIsNotAsked();
    void idleNeverReachesBeforeTheTimerStarted();
    void longAwayIsSplitAndAnsweredAsOne();
    void unavailableSourceChangesNothing();

private:
    // Starts a timer on job 7 at Monday 08:00 with fast polls and no heartbeats.
    void startTimer();
    // Idle from `sinceMs`, detected now; returns when the tracker cut the entry.
    bool goIdle(qint64 nowMs, qint64 sinceMs);
    // Back at `backMs`, noticed at `nowMs`; returns the span offered.
    AwaySpan comeBack(qint64 nowMs, qint64 backMs);
    QString path() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<FakeIdleSource> m_idle;
    std::unique_ptr<TimeTracker> m_tracker;
};

void TestIdleTracking::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(path()).ok());
    m_clock = std::make_unique<TestClock>();
    m_clock->setManual(Monday);
    m_idle = std::make_unique<FakeIdleSource>();
    m_tracker = std::make_unique<TimeTracker>(m_store.get(), m_clock.get());
    // Heartbeats are another test's subject: far apart, so the manual clock's
    // jumps are not late heartbeats.
    m_tracker->setHeartbeatInterval(int(2 * Hour));
    m_tracker->setIdlePollInterval(10);
    m_tracker->setIdleThreshold(5 * Minute);
    m_tracker->setIdleSource(m_idle.get());
}

void TestIdleTracking::cleanup()
{
    m_tracker.reset();
    m_idle.reset();
    m_store.reset();
}

void TestIdleTracking::startTimer()
{
    QVERIFY(m_tracker->start(7, QStringLiteral("layout")).ok());
}

bool TestIdleTracking::goIdle(qint64 nowMs, qint64 sinceMs)
{
    QSignalSpy started(m_tracker.get(), &TimeTracker::idleStarted);
    m_idle->setIdle(0);
    m_clock->advance(nowMs - m_clock->wallMs());
    m_idle->setIdle(nowMs - sinceMs);
    return started.wait(5000) && m_tracker->isIdle();
}

AwaySpan TestIdleTracking::comeBack(qint64 nowMs, qint64 backMs)
{
    QSignalSpy found(m_tracker.get(), &TimeTracker::awaySpanFound);
    m_clock->advance(nowMs - m_clock->wallMs());
    m_idle->setIdle(nowMs - backMs);
    if (!found.wait(5000))
        return {};
    return found.first().first().value<AwaySpan>();
}

void TestIdleTracking::pollsOnlyWhileATimerRuns()
{
    QTest::qWait(100);
    QCOMPARE(m_idle->requests(), 0);
    startTimer();
    QTRY_VERIFY(m_idle->requests() >= 3);
    QVERIFY(m_tracker->stop().ok());
    const int after = m_idle->requests();
    QTest::qWait(100);
    QCOMPARE(m_idle->requests(), after);
    // Threshold 0: detection off, no polling at all.
    m_tracker->setIdleThreshold(0);
    startTimer();
    QTest::qWait(100);
    QCOMPARE(m_idle->requests(), after);
}

void TestIdleTracking::idleCutsTheEntryWhereIdlingBegan()
{
    QSignalSpy recorded(m_tracker.get(), &TimeTracker::entryRecorded);
    startTimer();
    // Idle for 6 minutes at 08:10: away since 08:04.
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    QCOMPARE(m_tracker->idleSince(), at(Monday + 4 * Minute));
    QCOMPARE(recorded.size(), 1);
    const TimeEntry e = recorded.first().first().value<TimeEntry>();
    QCOMPARE(e.startedAt, at(Monday));
    QCOMPARE(e.endedAt, at(Monday + 4 * Minute));
    QCOMPARE(m_store->counts().value.pending, 1);
    // On disk the timer restarts where idling began and stays there while away.
    const auto row = m_store->runningTimer().value;
    QVERIFY(row);
    QCOMPARE(row->startedAtMs, Monday + 4 * Minute);
    QCOMPARE(row->lastHeartbeatMs, Monday + 4 * Minute);
    QVERIFY(m_tracker->isRunning());
    // The display stands still while away.
    QCOMPARE(m_tracker->elapsed(), 4 * Minute);
    m_clock->advance(20 * Minute);
    QCOMPARE(m_tracker->elapsed(), 4 * Minute);
}

void TestIdleTracking::crashWhileAwayCountsNothingOfIt()
{
    startTimer();
    QVERIFY(goIdle(Monday + 30 * Minute, Monday + 20 * Minute));
    m_clock->advance(3 * Hour); // away all afternoon, then the power goes
    m_tracker.reset();          // the destructor leaves the row, as a crash would
    TimeTracker next(m_store.get(), m_clock.get());
    QSignalSpy found(&next, &TimeTracker::recoveredEntryFound);
    QTest::qWait(50);
    QCOMPARE(found.size(), 0);
    QVERIFY(next.recoveredEntries().isEmpty());
    QVERIFY(!m_store->runningTimer().value);
    const auto all = m_store->entries(at(Monday), at(Monday + 24 * Hour)).value;
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().entry.endedAt, at(Monday + 20 * Minute));
}

void TestIdleTracking::comingBackAsksAboutTheSpan()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    QSignalSpy changed(m_tracker.get(), &TimeTracker::awaySpansChanged);
    // Back at 08:47 (input 5 s before the poll).
    const AwaySpan span = comeBack(Monday + 47 * Minute + 5000, Monday + 47 * Minute);
    QCOMPARE(span.jobId, 7);
    QCOMPARE(span.from, at(Monday + 4 * Minute));
    QCOMPARE(span.to, at(Monday + 47 * Minute));
    QCOMPARE(span.note, QStringLiteral("layout"));
    QCOMPARE(span.ids.size(), 1);
    QCOMPARE(span.id, span.ids.first());
    QVERIFY(changed.size() >= 1);
    QVERIFY(!m_tracker->isIdle());
    QCOMPARE(m_tracker->awaySpans().size(), 1);
    // Held: on disk, not sent, not counted.
    const auto held = m_store->entry(span.id).value;
    QVERIFY(held && held->held);
    QCOMPARE(m_store->counts().value.held, 1);
    QCOMPARE(m_store->pendingBatch(10).value.size(), 1);
    // The timer goes on from the moment the worker came back.
    QVERIFY(m_tracker->isRunning());
    QCOMPARE(m_store->runningTimer().value->startedAtMs, Monday + 47 * Minute);
    QCOMPARE(m_tracker->elapsed(), 4 * Minute + 5000);
}

void TestIdleTracking::keepCountsTheSpan()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    const AwaySpan span = comeBack(Monday + 30 * Minute, Monday + 30 * Minute);
    QVERIFY(!span.id.isNull());
    QVERIFY(m_tracker->keepAway(span.id).ok());
    QVERIFY(m_tracker->awaySpans().isEmpty());
    QVERIFY(!m_tracker->keepAway(span.id).ok()); // answered once
    const auto kept = m_store->entry(span.id).value;
    QVERIFY(kept && !kept->held && !kept->entry.deleted);
    QCOMPARE(toString(kept->entry.source), toString(TimeEntrySource::Timer));
    QCOMPARE(kept->entry.jobId, 7);
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_store->pendingBatch(10).value.size(), 2);
    // The running display includes it: nothing lost since 08:00.
    QCOMPARE(m_tracker->elapsed(), 30 * Minute);
    QVERIFY(m_tracker->stop().ok());
    qint64 total = 0;
    for (const LocalEntry &l : m_store->entries(at(Monday), at(Monday + Hour)).value)
        total += l.entry.seconds();
    QCOMPARE(total, 30 * 60);
}

void TestIdleTracking::discardLeavesTheEntrySplit()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    const AwaySpan span = comeBack(Monday + 30 * Minute, Monday + 30 * Minute);
    QVERIFY(m_tracker->discardAway(span.id).ok());
    QVERIFY(m_tracker->awaySpans().isEmpty());
    m_clock->advance(6 * Minute);
    m_idle->setIdle(0);
    QVERIFY(m_tracker->stop().ok());
    const auto list = m_store->entries(at(Monday), at(Monday + Hour)).value;
    QCOMPARE(list.size(), 2); // 08:00–08:04 and 08:30–08:36; the span is gone
    QCOMPARE(list.at(0).entry.endedAt, at(Monday + 4 * Minute));
    QCOMPARE(list.at(1).entry.startedAt, at(Monday + 30 * Minute));
    QCOMPARE(list.at(1).entry.endedAt, at(Monday + 36 * Minute));
    QCOMPARE(m_store->counts().value.pending, 2);
    QVERIFY(m_store->entry(span.id).value->entry.deleted);
}

void TestIdleTracking::assignMovesTheSpanToAnotherJob()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    const AwaySpan span = comeBack(Monday + 34 * Minute, Monday + 34 * Minute);
    QVERIFY(!m_tracker->assignAway(span.id, 0, QString()).ok());
    QVERIFY(m_tracker->assignAway(span.id, 8, QStringLiteral("Call with the client")).ok());
    const auto moved = m_store->entry(span.id).value;
    QVERIFY(moved && !moved->held);
    QCOMPARE(moved->entry.jobId, 8);
    QCOMPARE(moved->entry.note, QStringLiteral("Call with the client"));
    QCOMPARE(toString(moved->entry.source), toString(TimeEntrySource::Manual));
    QCOMPARE(moved->entry.seconds(), 30 * 60);
    QCOMPARE(m_store->pendingBatch(10).value.size(), 2);
    // Not this timer's time: its display does not grow.
    QCOMPARE(m_tracker->elapsed(), 4 * Minute);
}

void TestIdleTracking::unansweredSpanSurvivesARestart()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    const AwaySpan span = comeBack(Monday + 40 * Minute, Monday + 40 * Minute);
    QVERIFY(m_tracker->stop().ok());
    m_tracker.reset(); // closed without answering
    TimeTracker next(m_store.get(), m_clock.get());
    QSignalSpy changed(&next, &TimeTracker::awaySpansChanged);
    QCOMPARE(next.awaySpans().size(), 1);
    QCOMPARE(next.awaySpans().first().id, span.id);
    QCOMPARE(next.awaySpans().first().from, span.from);
    QCOMPARE(next.awaySpans().first().to, span.to);
    QVERIFY(next.recoveredEntries().isEmpty()); // not a crash question
    QVERIFY(changed.wait(5000));                // told once the event loop runs
    QVERIFY(next.discardAway(span.id).ok());
    QCOMPARE(m_store->counts().value.held, 0);
}

void TestIdleTracking::stoppingWhileAwayAsksToo()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    QSignalSpy found(m_tracker.get(), &TimeTracker::awaySpanFound);
    m_clock->advance(15 * Minute); // 08:25, Stop from the tray before the poll saw input
    QVERIFY(m_tracker->stop().ok());
    QVERIFY(!m_tracker->isRunning());
    QVERIFY(!m_tracker->isIdle());
    QVERIFY(!m_store->runningTimer().value);
    QCOMPARE(found.size(), 1);
    const AwaySpan span = found.first().first().value<AwaySpan>();
    QCOMPARE(span.from, at(Monday + 4 * Minute));
    QCOMPARE(span.to, at(Monday + 25 * Minute));
    QCOMPARE(m_store->counts().value.held, 1);
}

void TestIdleTracking::shortAwayIsNotAsked()
{
    // Idle since before the start (cut at the start), back 40 s later: the blur
    // of a first poll, not a break.
    startTimer();
    QVERIFY(goIdle(Monday + 20 * 1000, Monday - 10 * Minute));
    QCOMPARE(m_tracker->idleSince(), at(Monday));
    QSignalSpy found(m_tracker.get(), &TimeTracker::awaySpanFound);
    m_clock->advance(20 * 1000);
    m_idle->setIdle(0);
    QTRY_VERIFY(!m_tracker->isIdle());
    QCOMPARE(found.size(), 0);
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_store->runningTimer().value->startedAtMs, Monday + 40 * 1000);
}

void TestIdleTracking::idleNeverReachesBeforeTheTimerStarted()
{
    // The worker started the timer from the tray after a long break: the idle
    // time reaches back before the start, which is where the cut is made.
    startTimer();
    QSignalSpy recorded(m_tracker.get(), &TimeTracker::entryRecorded);
    QVERIFY(goIdle(Monday + 6 * Minute, Monday - Hour));
    QCOMPARE(m_tracker->idleSince(), at(Monday));
    QCOMPARE(recorded.size(), 0); // nothing worked yet
    QCOMPARE(m_tracker->elapsed(), 0);
}

void TestIdleTracking::longAwayIsSplitAndAnsweredAsOne()
{
    startTimer();
    QVERIFY(goIdle(Monday + 10 * Minute, Monday + 4 * Minute));
    const AwaySpan span = comeBack(Monday + 30 * Hour, Monday + 30 * Hour);
    QCOMPARE(span.ids.size(), 2); // the server takes entries of at most 24 h
    QCOMPARE(span.from.msecsTo(span.to), 30 * Hour - 4 * Minute);
    QCOMPARE(m_store->counts().value.held, 2);
    m_tracker.reset();
    TimeTracker next(m_store.get(), m_clock.get());
    QCOMPARE(next.awaySpans().size(), 1); // reassembled after a restart
    QCOMPARE(next.awaySpans().first().ids, span.ids);
    QVERIFY(next.keepAway(span.id).ok());
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_store->pendingBatch(10).value.size(), 3);
}

void TestIdleTracking::unavailableSourceChangesNothing()
{
    m_idle->setUnavailable(true);
    startTimer();
    QTRY_VERIFY(m_idle->requests() >= 3);
    m_clock->advance(Hour);
    QTest::qWait(50);
    QVERIFY(!m_tracker->isIdle());
    QCOMPARE(m_tracker->elapsed(), Hour);
}

QTEST_GUILESS_MAIN(TestIdleTracking)
#include "tst_idletracking.moc"
