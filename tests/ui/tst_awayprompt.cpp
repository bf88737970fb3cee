// The away banner's three answers on the real TimeTracker and LocalStore, with
// a fake idle source and a manual clock: Keep counts the span, Discard leaves
// it out, Assign moves it to another held job with the worker's note. A sleep
// gap is asked about in the same banner, in its own words.
#include "apptranslations.h"
#include "awayprompt.h"
#include "fakeidlesource.h"
#include "localstore.h"
#include "testclock.h"
#include "timetracker.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::net;
using jobdesk::test::FakeIdleSource;
using jobdesk::test::TestClock;

namespace {

constexpr qint64 Minute = 60 * 1000;
const qint64 Start = QDateTime(QDate::currentDate(), QTime(9, 0)).toMSecsSinceEpoch();

QJsonObject job(qint64 id, const QString &title)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}};
}

} // namespace

class TestAwayPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::AppTranslations::install(qApp); }
    void init();
    void cleanup();
    void whileAwayTheBannerSaysSo();
    void keepCountsTheTimeAway();
    void discardLeavesItOut();
    void assignMovesItToAnotherJob();
    void severalSpansComeOneAfterAnother();
    void jobsArrivingLaterFillTheAssignList();
    void sleepGapIsAskedAboutAndKept();

private:
    // Timer on job 7 from 09:00; away from 09:10, back at `backMinute`.
    QUuid awayAndBack(int backMinute);
    QPushButton *button(const char *name) const
    {
        return m_prompt->findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<FakeIdleSource> m_idle;
    std::unique_ptr<TimeTracker> m_tracker;
    std::unique_ptr<QWidget> m_host;
    ui::AwayPrompt *m_prompt = nullptr;
};

void TestAwayPrompt::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))).ok());
    m_clock = std::make_unique<TestClock>();
    m_clock->setManual(Start);
    m_idle = std::make_unique<FakeIdleSource>();
    m_tracker = std::make_unique<TimeTracker>(m_store.get(), m_clock.get());
    m_tracker->setHeartbeatInterval(3600 * 1000);
    m_tracker->setIdlePollInterval(10);
    m_tracker->setIdleThreshold(5 * Minute);
    m_tracker->setIdleSource(m_idle.get());
    // In a window, as under the timer bar: the banner shows and hides itself.
    m_host = std::make_unique<QWidget>();
    m_prompt = new ui::AwayPrompt(m_tracker.get(), m_host.get());
    m_prompt->setJobs({job(7, QStringLiteral("Logo for Mekong Coffee")),
                       job(8, QStringLiteral("Brochure translation")),
                       job(9, QStringLiteral("Survey data entry"))});
    m_host->resize(900, 90);
    m_host->show();
    QVERIFY(!m_prompt->isVisible()); // nothing to ask
    QVERIFY(m_tracker->start(7, QStringLiteral("logo sketches")).ok());
}

void TestAwayPrompt::cleanup()
{
    m_host.reset();
    m_tracker.reset();
    m_store.reset();
}

QUuid TestAwayPrompt::awayAndBack(int backMinute)
{
    QSignalSpy started(m_tracker.get(), &TimeTracker::idleStarted);
    QSignalSpy found(m_tracker.get(), &TimeTracker::awaySpanFound);
    m_clock->advance(16 * Minute);
    m_idle->setIdle(6 * Minute); // no input since 09:10
    if (!started.wait(5000))
        return {};
    m_clock->advance(qint64(backMinute - 16) * Minute);
    m_idle->setIdle(0);
    if (!found.wait(5000))
        return {};
    return found.first().first().value<AwaySpan>().id;
}

void TestAwayPrompt::whileAwayTheBannerSaysSo()
{
    QSignalSpy started(m_tracker.get(), &TimeTracker::idleStarted);
    m_clock->advance(16 * Minute);
    m_idle->setIdle(6 * Minute);
    QVERIFY(started.wait(5000));
    QTRY_VERIFY(m_prompt->isVisible());
    const QString since = QLocale().toString(QTime(9, 10), QLocale::ShortFormat);
    QVERIFY2(m_prompt->text().contains(since), qPrintable(m_prompt->text()));
    QVERIFY(m_prompt->text().contains(QStringLiteral("not counting")));
    QVERIFY(!button("awayKeep")->isVisible()); // nothing to answer yet
}

void TestAwayPrompt::keepCountsTheTimeAway()
{
    const QUuid span = awayAndBack(55);
    QVERIFY(!span.isNull());
    QTRY_VERIFY(button("awayKeep")->isVisible());
    QCOMPARE(m_prompt->currentSpan(), span);
    QVERIFY(m_prompt->text().contains(QStringLiteral("Logo for Mekong Coffee")));
    QVERIFY2(m_prompt->text().contains(QStringLiteral("45 min")), qPrintable(m_prompt->text()));
    QVERIFY(m_store->entry(span).value->held);

    QSignalSpy message(m_prompt, &ui::AwayPrompt::message);
    QTest::mouseClick(button("awayKeep"), Qt::LeftButton);
    QVERIFY(!m_prompt->isVisible());
    QCOMPARE(message.size(), 1);
    const auto kept = m_store->entry(span).value;
    QVERIFY(kept && !kept->held && !kept->entry.deleted);
    QCOMPARE(kept->entry.jobId, 7);
    QCOMPARE(kept->entry.seconds(), 45 * 60);
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_tracker->elapsed(), 55 * Minute); // nothing lost since 09:00
}

void TestAwayPrompt::discardLeavesItOut()
{
    const QUuid span = awayAndBack(40);
    QTRY_VERIFY(button("awayDiscard")->isVisible());
    QTest::mouseClick(button("awayDiscard"), Qt::LeftButton);
    QVERIFY(!m_prompt->isVisible());
    QVERIFY(m_store->entry(span).value->entry.deleted);
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_tracker->elapsed(), 10 * Minute);
    QVERIFY(m_tracker->stop().ok());
    qint64 counted = 0;
    const QDateTime day = QDateTime::fromMSecsSinceEpoch(Start);
    for (const LocalEntry &e : m_store->entries(day, day.addDays(1)).value)
        counted += e.entry.seconds();
    QCOMPARE(counted, 10 * 60); // 09:00–09:10; stopped as the worker came back
}

void TestAwayPrompt::assignMovesItToAnotherJob()
{
    const QUuid span = awayAndBack(30);
    auto *jobs = m_prompt->findChild<QComboBox *>(QStringLiteral("awayAssignJob"));
    QTRY_VERIFY(jobs->isVisible());
    // The other jobs the worker holds, not the one the timer ran for.
    QCOMPARE(jobs->count(), 2);
    QCOMPARE(jobs->itemData(0).toLongLong(), 8);
    jobs->setCurrentIndex(jobs->findData(9));
    auto *note = m_prompt->findChild<QLineEdit *>(QStringLiteral("awayAssignNote"));
    QTest::keyClicks(note, QStringLiteral("Phone call about the survey"));
    QTest::mouseClick(button("awayAssign"), Qt::LeftButton);
    QVERIFY(!m_prompt->isVisible());
    const auto moved = m_store->entry(span).value;
    QVERIFY(moved && !moved->held);
    QCOMPARE(moved->entry.jobId, 9);
    QCOMPARE(moved->entry.note, QStringLiteral("Phone call about the survey"));
    QCOMPARE(toString(moved->entry.source), toString(TimeEntrySource::Manual));
    QCOMPARE(moved->entry.seconds(), 20 * 60);
}

void TestAwayPrompt::severalSpansComeOneAfterAnother()
{
    const QUuid first = awayAndBack(30);
    QVERIFY(!first.isNull());
    // Away again from 09:31 to 09:50.
    QSignalSpy started(m_tracker.get(), &TimeTracker::idleStarted);
    QSignalSpy found(m_tracker.get(), &TimeTracker::awaySpanFound);
    m_clock->advance(7 * Minute);
    m_idle->setIdle(6 * Minute);
    QVERIFY(started.wait(5000));
    m_clock->advance(13 * Minute);
    m_idle->setIdle(0);
    QVERIFY(found.wait(5000));
    QTRY_COMPARE(m_tracker->awaySpans().size(), 2);
    QCOMPARE(m_prompt->currentSpan(), first); // oldest first
    QVERIFY2(m_prompt->text().contains(QStringLiteral("1 more time away to review")),
             qPrintable(m_prompt->text()));
    QTest::mouseClick(button("awayDiscard"), Qt::LeftButton);
    QVERIFY(m_prompt->isVisible());
    QVERIFY(m_prompt->currentSpan() != first);
    QVERIFY(!m_prompt->text().contains(QStringLiteral("more time away")));
    QTest::mouseClick(button("awayKeep"), Qt::LeftButton);
    QVERIFY(!m_prompt->isVisible());
    QCOMPARE(m_store->counts().value.held, 0);
}

void TestAwayPrompt::jobsArrivingLaterFillTheAssignList()
{
    // After a restart the span is on screen before the queue has loaded.
    m_prompt->setJobs({});
    awayAndBack(30);
    auto *jobs = m_prompt->findChild<QComboBox *>(QStringLiteral("awayAssignJob"));
    QTRY_VERIFY(jobs->isVisible());
    QCOMPARE(jobs->count(), 0);
    QVERIFY(!button("awayAssign")->isEnabled());
    m_prompt->setJobs({job(7, QStringLiteral("Logo for Mekong Coffee")),
                       job(8, QStringLiteral("Brochure translation"))});
    QCOMPARE(jobs->count(), 1);
    QCOMPARE(jobs->currentIndex(), 0);
    QCOMPARE(jobs->currentText(), QStringLiteral("Brochure translation"));
    QVERIFY(button("awayAssign")->isEnabled());
}

void TestAwayPrompt::sleepGapIsAskedAboutAndKept()
{
    // Heartbeats every 20 ms; a late one is not a gap here, clocks disagreeing by
    // 20 minutes is. 09:00–09:10 timed, then the computer sleeps until 09:45.
    m_tracker->setGapTolerance(int(20 * Minute));
    QSignalSpy beats(m_tracker.get(), &TimeTracker::heartbeat);
    QSignalSpy found(m_tracker.get(), &TimeTracker::awaySpanFound);
    m_tracker->setHeartbeatInterval(20);
    m_clock->advance(10 * Minute);
    QVERIFY(beats.wait(5000));
    QVERIFY(found.isEmpty());
    m_clock->jumpWall(35 * Minute); // asleep: the monotonic clock stood still
    QVERIFY(found.wait(5000));
    const AwaySpan gap = found.first().first().value<AwaySpan>();
    QCOMPARE(gap.kind, AwaySpan::Kind::Gap);
    QTRY_VERIFY(button("awayKeep")->isVisible());
    QCOMPARE(m_prompt->currentSpan(), gap.id);
    const QString text = m_prompt->text();
    QVERIFY2(text.contains(QStringLiteral("The computer was asleep")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QTime(9, 10), QLocale::ShortFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QTime(9, 45), QLocale::ShortFormat)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("35 min")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Logo for Mekong Coffee")));
    QVERIFY(!text.contains(QStringLiteral("You were away")));
    QVERIFY(m_store->entry(gap.id).value->held);

    QSignalSpy message(m_prompt, &ui::AwayPrompt::message);
    QTest::mouseClick(button("awayKeep"), Qt::LeftButton);
    QVERIFY(!m_prompt->isVisible());
    QCOMPARE(message.size(), 1);
    QVERIFY(message.first().first().toString().contains(QStringLiteral("asleep")));
    const auto kept = m_store->entry(gap.id).value;
    QVERIFY(kept && !kept->held && !kept->entry.deleted);
    QCOMPARE(kept->entry.jobId, 7);
    QCOMPARE(kept->entry.seconds(), 35 * 60);
    QCOMPARE(toString(kept->entry.source), toString(TimeEntrySource::Manual));
    QCOMPARE(m_store->counts().value.held, 0);
    QCOMPARE(m_tracker->elapsed(), 45 * Minute); // 09:00 to 09:45, the sleep kept
}

QTEST_MAIN(TestAwayPrompt)
#include "tst_awayprompt.moc"
