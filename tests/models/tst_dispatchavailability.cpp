// Available minutes by weekly slots in the worker's own time zone, and how
// rank() uses them (unavailable workers, the horizon without a due date).
#include "dispatchtestdata.h"

using namespace dispatchtest;

class TestDispatchAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acrossMidnight();
    void inTimeZones();
    void acrossDst();
    void untilDueInsideSlot();
    void edgeCases();
    void rankReadsEachWorkersZone();
    void noDueDateLooksAWeekAhead();
    void distantDueDateLooksFourWeeksAhead();
};

void TestDispatchAvailability::acrossMidnight()
{
    // Monday until midnight and Tuesday from midnight are one stretch.
    const WorkerProfile p = profile("UTC", {{1, 1320, 1440}, {2, 0, 120}});
    QCOMPARE(availableMinutes(p, utc(2026, 3, 2, 23), utc(2026, 3, 3, 1, 30)), 150);
    // Sunday night into Monday morning crosses the week boundary.
    const WorkerProfile w = profile("UTC", {{7, 1380, 1440}, {1, 0, 60}});
    QCOMPARE(availableMinutes(w, utc(2026, 3, 8, 23, 30), utc(2026, 3, 9, 0, 30)), 60);
    // Starting now across midnight counts as now.
    Request r = job();
    r.now = utc(2026, 3, 2, 23, 30);
    r.urgency = Urgency::Critical;
    Candidate c = worker(1);
    c.profile = profile("UTC", {{1, 1320, 1440}, {2, 0, 120}});
    c.profile.skills = {{s("logo-design"), 3}};
    const RankedCandidate rc = rank(r, {c}, Weights{}).ranked.first();
    COMPARE_NEAR(factor(rc, Factor::Urgency).value, 1.0);
}

void TestDispatchAvailability::inTimeZones()
{
    // Tokyo (UTC+9, no DST): Monday 09:00-17:00 there is Monday 00:00-08:00 UTC.
    const WorkerProfile tokyo = profile("Asia/Tokyo", {{1, 540, 1020}});
    QCOMPARE(availableMinutes(tokyo, utc(2026, 3, 1, 20), utc(2026, 3, 2, 4)), 240);
    // The same instants written with another offset give the same answer.
    const QDateTime from(QDate(2026, 3, 2), QTime(2, 0), Qt::OffsetFromUTC, 6 * 3600);
    QCOMPARE(availableMinutes(tokyo, from, utc(2026, 3, 2, 4)), 240);
    // A plain UTC offset: Monday 10:00-12:00 at +05:30 is 04:30-06:30 UTC.
    const WorkerProfile india = profile("UTC+05:30", {{1, 600, 720}});
    QCOMPARE(availableMinutes(india, utc(2026, 3, 2, 5), utc(2026, 3, 2, 23)), 90);
    // West of UTC: Monday 22:00-24:00 in Sao Paulo (UTC-3) is Tuesday 01:00-03:00 UTC.
    const WorkerProfile brazil = profile("America/Sao_Paulo", {{1, 1320, 1440}});
    QCOMPARE(availableMinutes(brazil, utc(2026, 3, 3, 0), utc(2026, 3, 3, 2)), 60);
    QCOMPARE(availableMinutes(brazil, utc(2026, 3, 2, 20), utc(2026, 3, 2, 23, 59)), 0);
}

void TestDispatchAvailability::acrossDst()
{
    // Berlin, Sunday 00:00-06:00: five real hours on 29 March 2026 (clocks go
    // forward at 02:00), seven on 25 October 2026 (back at 03:00).
    const WorkerProfile night = profile("Europe/Berlin", {{7, 0, 360}});
    QCOMPARE(availableMinutes(night, utc(2026, 3, 28, 12), utc(2026, 3, 30, 12)), 300);
    QCOMPARE(availableMinutes(night, utc(2026, 10, 24, 12), utc(2026, 10, 26, 12)), 420);
    // After the change in the same window, the new offset applies: Monday
    // 09:00-10:00 in Berlin is 07:00-08:00 UTC in summer time (08:00 in winter).
    const WorkerProfile morning = profile("Europe/Berlin", {{1, 540, 600}});
    QCOMPARE(availableMinutes(morning, utc(2026, 3, 28, 0), utc(2026, 3, 30, 8)), 60);
    QCOMPARE(availableMinutes(morning, utc(2026, 3, 21, 0), utc(2026, 3, 23, 8)), 0);
}

void TestDispatchAvailability::untilDueInsideSlot()
{
    const WorkerProfile p = profile("UTC", {{1, 540, 1020}, {2, 540, 1020}});
    QCOMPARE(availableMinutes(p, utc(2026, 3, 2, 8), utc(2026, 3, 2, 10, 15)), 75);
    QCOMPARE(availableMinutes(p, utc(2026, 3, 2, 16), utc(2026, 3, 3, 10, 15)), 135);
    Request r = job();
    r.dueAt = utc(2026, 3, 2, 10, 15);
    Candidate c = worker(1);
    c.profile.availability = p.availability;
    const RankedCandidate rc = rank(r, {c}, Weights{}).ranked.first();
    COMPARE_NEAR(factor(rc, Factor::Availability).value, 75.0 / 180);
    QCOMPARE(factor(rc, Factor::Availability).detail,
             s("1 h 15 min free before due (estimate 3 h)"));
}

void TestDispatchAvailability::edgeCases()
{
    const WorkerProfile always = profile("UTC", {});
    QCOMPARE(availableMinutes(always, utc(2026, 3, 2, 9), utc(2026, 3, 2, 17, 30)), 510);
    // Overlapping slots count once.
    const WorkerProfile overlap = profile("UTC", {{1, 540, 720}, {1, 660, 840}, {1, 540, 600}});
    QCOMPARE(availableMinutes(overlap, utc(2026, 3, 2, 0), utc(2026, 3, 3, 0)), 300);
    // Three weeks of one weekly hour.
    const WorkerProfile weekly = profile("UTC", {{1, 540, 600}});
    QCOMPARE(availableMinutes(weekly, utc(2026, 3, 2, 0), utc(2026, 3, 23, 0)), 180);
    QCOMPARE(availableMinutes(weekly, utc(2026, 3, 2, 10), utc(2026, 3, 2, 9)), 0);
    QCOMPARE(availableMinutes(weekly, QDateTime(), utc(2026, 3, 2, 9)), 0);
    // Partial minutes do not count.
    QCOMPARE(availableMinutes(always, utc(2026, 3, 2, 9).addSecs(30), utc(2026, 3, 2, 9, 1)), 0);
    // An unknown zone is read as UTC.
    const WorkerProfile unknown = profile("Mars/Olympus_Mons", {{1, 540, 600}});
    QCOMPARE(availableMinutes(unknown, utc(2026, 3, 2, 9, 30), utc(2026, 3, 3, 0)), 30);
    // Slots that are all invalid leave nothing, unlike no slots at all.
    const WorkerProfile invalid = profile("UTC", {{8, 0, 60}, {1, 600, 540}, {0, 0, 1440}});
    QCOMPARE(availableMinutes(invalid, utc(2026, 3, 2, 0), utc(2026, 3, 9, 0)), 0);
}

void TestDispatchAvailability::rankReadsEachWorkersZone()
{
    Request r = job();
    r.dueAt = utc(2026, 3, 2, 12); // now is 09:00 UTC
    Candidate tokyo = worker(1);
    tokyo.profile.timeZone = s("Asia/Tokyo");
    tokyo.profile.availability = {{1, 540, 1020}}; // over by now (18:00 there)
    Candidate berlin = worker(2);
    berlin.profile.timeZone = s("Europe/Berlin");
    berlin.profile.availability = {{1, 540, 1020}}; // 10:00-13:00 there until due
    Candidate lunch = worker(3);
    lunch.profile.timeZone = s("Europe/Berlin");
    lunch.profile.availability = {{1, 720, 780}}; // 12:00 there, two hours from now
    const Ranking ranking = rank(r, {tokyo, lunch, berlin}, Weights{});
    QCOMPARE(rankedIds(ranking), QList<qint64>({2, 3}));
    QCOMPARE(ranking.excluded.size(), 1);
    QCOMPARE(reasons(ranking.excluded.first()), QStringList({s("unavailable:")}));
    QCOMPARE(factor(rankedById(ranking, 2), Factor::Availability).detail,
             s("3 h free before due (estimate 3 h)"));
    QCOMPARE(factor(rankedById(ranking, 3), Factor::Availability).detail,
             s("1 h free before due (estimate 3 h)"));
    QCOMPARE(factor(rankedById(ranking, 3), Factor::Urgency).detail,
             s("can start in 2 h (normal-urgency job)"));
}

void TestDispatchAvailability::noDueDateLooksAWeekAhead()
{
    Request r = job();
    r.dueAt = QDateTime();
    Candidate weekly = worker(1);
    weekly.profile.availability = {{1, 480, 600}}; // Monday 08:00-10:00; now is 09:00
    Candidate none = worker(2);
    none.profile.availability = {{9, 0, 60}};
    const Ranking ranking = rank(r, {weekly, none, worker(3)}, Weights{});
    QCOMPARE(rankedIds(ranking), QList<qint64>({3, 1}));
    // This Monday's last hour and next Monday's first, within seven days.
    QCOMPARE(factor(rankedById(ranking, 1), Factor::Availability).detail,
             s("2 h free in the next 7 days (estimate 3 h)"));
    QCOMPARE(factor(rankedById(ranking, 3), Factor::Availability).detail,
             s("168 h free in the next 7 days (estimate 3 h)"));
    QCOMPARE(reasons(ranking.excluded.first()), QStringList({s("unavailable:")}));
}

void TestDispatchAvailability::distantDueDateLooksFourWeeksAhead()
{
    Request r = job();
    r.dueAt = kNow.addDays(90);
    Candidate weekly = worker(1);
    weekly.profile.availability = {{1, 540, 600}}; // from now, one hour a week
    const Ranking ranking = rank(r, {weekly}, Weights{});
    QCOMPARE(factor(ranking.ranked.first(), Factor::Availability).detail,
             s("4 h free in the next 28 days (estimate 3 h)"));
    COMPARE_NEAR(factor(ranking.ranked.first(), Factor::Availability).value, 1.0);
    // Up to four weeks the due date itself is the end.
    r.dueAt = kNow.addDays(28);
    QCOMPARE(factor(rank(r, {weekly}, Weights{}).ranked.first(), Factor::Availability).detail,
             s("4 h free before due (estimate 3 h)"));
}

QTEST_APPLESS_MAIN(TestDispatchAvailability)
#include "tst_dispatchavailability.moc"
