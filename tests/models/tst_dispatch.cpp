#include "dispatchtestdata.h"

#include <QRandomGenerator>

#include <random>

using namespace dispatchtest;

namespace {

// Everything rank() answers, as text, to compare whole rankings.
QString describe(const Ranking &r)
{
    QString out;
    for (const RankedCandidate &c : r.ranked) {
        out += QString::number(c.workerId) + QLatin1Char(' ') + QString::number(c.score, 'g', 17);
        for (const FactorScore &f : c.factors)
            out += QLatin1Char(' ') + QString::number(f.points, 'g', 17) + f.detail;
        out += QLatin1Char('\n');
    }
    for (const ExcludedWorker &e : r.excluded)
        out += QString::number(e.workerId) + QLatin1Char(' ') + reasons(e).join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out;
}

struct ExclusionCase
{
    const char *tag;
    std::function<void(Request &, Candidate &)> change;
    QStringList expected;
};

const QList<ExclusionCase> &exclusionCases()
{
    static const QList<ExclusionCase> cases = {
        {"eligible", [](Request &, Candidate &) {}, {}},
        {"pending account",
         [](Request &, Candidate &c) { c.status = AccountStatus::Pending; },
         {s("notActive:")}},
        {"disabled account",
         [](Request &, Candidate &c) { c.status = AccountStatus::Disabled; },
         {s("notActive:")}},
        {"missing skill",
         [](Request &r, Candidate &) {
             r.requiredSkills.append({s("copywriting"), 1});
         },
         {s("missingSkill:copywriting")}},
        {"skill too low",
         [](Request &r, Candidate &) { r.requiredSkills[0].minLevel = 4; },
         {s("skillTooLow:logo-design level 3 < 4")}},
        {"at capacity", [](Request &, Candidate &c) { c.heldJobs = 3; }, {s("atCapacity:3/3")}},
        {"over capacity", [](Request &, Candidate &c) { c.heldJobs = 5; }, {s("atCapacity:5/3")}},
        {"no capacity",
         [](Request &, Candidate &c) { c.profile.capacity = 0; },
         {s("atCapacity:0/0")}},
        {"only free after the due date",
         [](Request &, Candidate &c) {
             c.profile.availability = {{6, 0, 1440}};
         },
         {s("unavailable:")}},
        {"due date passed",
         [](Request &r, Candidate &) { r.dueAt = kNow.addSecs(-60); },
         {s("unavailable:")}},
        {"no clock to count from",
         [](Request &r, Candidate &) { r.now = QDateTime(); },
         {s("unavailable:")}},
        {"declined before",
         [](Request &, Candidate &c) { c.declinedThisJob = true; },
         {s("declinedBefore:")}},
        {"offer pending",
         [](Request &, Candidate &c) { c.offerPendingThisJob = true; },
         {s("offerPending:")}},
    };
    return cases;
}

// A pool of varied workers (some equal in everything but id) for order tests.
QList<Candidate> variedWorkers(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const char *zones[] = {"UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York", "UTC+05:30"};
    QList<Candidate> out;
    for (int i = 0; i < n; ++i) {
        Candidate c = worker(i + 1);
        c.profile.skills = {{s("logo-design"), rng.bounded(1, 6)}};
        if (rng.bounded(4) != 0)
            c.profile.skills.append({s("research"), rng.bounded(1, 6)});
        c.profile.capacity = rng.bounded(1, 4);
        c.heldJobs = rng.bounded(0, 3);
        c.recentOffers = rng.bounded(0, 3);
        c.profile.timeZone = s(zones[rng.bounded(5)]);
        if (rng.bounded(2))
            c.profile.availability = {{rng.bounded(1, 8), 540, 1020}, {2, 1200, 1440}};
        if (rng.bounded(3) == 0) {
            c.rating = 1 + rng.bounded(41) / 10.0;
            c.ratedJobs = rng.bounded(1, 5);
            c.completedJobs = c.ratedJobs + rng.bounded(3);
            c.revisedJobs = rng.bounded(0, c.completedJobs + 1);
        }
        c.status = rng.bounded(10) == 0 ? AccountStatus::Disabled : AccountStatus::Active;
        out << c;
    }
    return out;
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exclusionReasons_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < exclusionCases().size(); ++i)
            QTest::newRow(exclusionCases().at(i).tag) << int(i);
    }
    void exclusionReasons()
    {
        QFETCH(int, index);
        const ExclusionCase &tc = exclusionCases().at(index);
        Request r = job();
        Candidate c = worker(1);
        tc.change(r, c);
        const Ranking ranking = rank(r, {c}, Weights{});
        if (tc.expected.isEmpty()) {
            QCOMPARE(ranking.ranked.size(), 1);
            QVERIFY(ranking.excluded.isEmpty());
            return;
        }
        QVERIFY(ranking.ranked.isEmpty());
        QCOMPARE(ranking.excluded.size(), 1);
        QCOMPARE(ranking.excluded.first().workerId, 1);
        QCOMPARE(ranking.excluded.first().name, s("Worker 1"));
        QCOMPARE(reasons(ranking.excluded.first()), tc.expected);
    }

    void everyReasonInEnumOrder()
    {
        Request r = job();
        r.requiredSkills = {{s("research"), 2}, {s("logo-design"), 4}, {s("copywriting"), 1}};
        Candidate c = worker(1);
        c.status = AccountStatus::Disabled;
        c.heldJobs = 2;
        c.profile.capacity = 2;
        c.profile.availability = {{6, 0, 1440}};
        c.declinedThisJob = true;
        c.offerPendingThisJob = true;
        const Ranking ranking = rank(r, {c}, Weights{});
        QCOMPARE(ranking.excluded.size(), 1);
        QCOMPARE(
            reasons(ranking.excluded.first()),
            QStringList({s("notActive:"), s("missingSkill:research"), s("missingSkill:copywriting"),
                         s("skillTooLow:logo-design level 3 < 4"), s("atCapacity:2/2"),
                         s("unavailable:"), s("declinedBefore:"), s("offerPending:")}));
    }

    void excludedAreSortedById()
    {
        QList<Candidate> pool;
        for (const qint64 id : {9, 2, 5, 7, 1}) {
            Candidate c = worker(id);
            c.declinedThisJob = id != 5;
            pool << c;
        }
        const Ranking ranking = rank(job(), pool, Weights{});
        QCOMPARE(rankedIds(ranking), QList<qint64>({5}));
        QList<qint64> excluded;
        for (const ExcludedWorker &e : ranking.excluded)
            excluded << e.workerId;
        QCOMPARE(excluded, QList<qint64>({1, 2, 7, 9}));
    }

    // Two workers equal but for one input: only that factor differs, and the
    // worse one (with the lower id, which would win a tie) drops behind.
    void eachFactorMovesAlone_data()
    {
        QTest::addColumn<int>("which");
        for (int f = 0; f < 6; ++f)
            QTest::newRow(qPrintable(toString(Factor(f)))) << f;
    }
    void eachFactorMovesAlone()
    {
        QFETCH(int, which);
        const Request r = job();
        const Candidate better = worker(2);
        Candidate worse = worker(1);
        switch (Factor(which)) {
        case Factor::SkillFit:
            worse.profile.skills = {{s("logo-design"), 2}};
            break;
        case Factor::Availability:
            worse.profile.availability = {{1, 540, 600}}; // one hour before due
            break;
        case Factor::Load:
            worse.heldJobs = 2;
            break;
        case Factor::Quality:
            worse.rating = 2;
            worse.ratedJobs = 10;
            worse.completedJobs = 10;
            worse.revisedJobs = 5;
            break;
        case Factor::Fairness:
            worse.recentOffers = 3;
            break;
        case Factor::Urgency:
            for (int day = 1; day <= 7; ++day) // from 15:00, six hours from now
                worse.profile.availability.append({day, 900, 1440});
            break;
        }
        QCOMPARE(rankedIds(rank(r, {better, worker(1)}, Weights{})), QList<qint64>({1, 2}));
        const Ranking ranking = rank(r, {worse, better}, Weights{});
        QCOMPARE(rankedIds(ranking), QList<qint64>({2, 1}));
        const RankedCandidate &b = ranking.ranked.at(0);
        const RankedCandidate &w = ranking.ranked.at(1);
        QVERIFY(w.score < b.score);
        for (int g = 0; g < 6; ++g) {
            if (g == which)
                QVERIFY(factor(w, Factor(g)).value < factor(b, Factor(g)).value);
            else
                QCOMPARE(factor(w, Factor(g)).value, factor(b, Factor(g)).value);
        }
    }

    void factorValues();
    void quality();
    void urgency();
    void details();
    void weightsAreNormalised();
    void zeroWeightIgnoresItsFactor();
    void invalidWeights();
    void ties();
    void deterministicUnderShuffle();
    void eachAnswerAsIfRankedAlone();
    void wireNames();
};

void TestDispatch::factorValues()
{
    using Edit = std::function<void(Request &, Candidate &)>;
    const auto level = [](int l) -> Edit {
        return [l](Request &, Candidate &c) { c.profile.skills = {{s("logo-design"), l}}; };
    };
    // Exactly meeting the minimum is half; every level above it adds a share of the rest.
    COMPARE_NEAR(valueOf(Factor::SkillFit, level(2)), 0.5);
    COMPARE_NEAR(valueOf(Factor::SkillFit, level(3)), 0.5 + 0.5 / 3);
    COMPARE_NEAR(valueOf(Factor::SkillFit, level(5)), 1.0);
    COMPARE_NEAR(valueOf(Factor::SkillFit, [](Request &r, Candidate &) { r.requiredSkills = {}; }),
                 1.0);
    COMPARE_NEAR(valueOf(Factor::SkillFit,
                         [](Request &r, Candidate &c) {
                             r.requiredSkills = {{s("logo-design"), 2}, {s("research"), 4}};
                             c.profile.skills = {{s("research"), 5}, {s("logo-design"), 2}};
                         }),
                 0.75);
    COMPARE_NEAR(valueOf(Factor::SkillFit,
                         [](Request &r, Candidate &c) {
                             r.requiredSkills = {{s("logo-design"), 5}};
                             c.profile.skills = {{s("logo-design"), 5}};
                         }),
                 1.0);

    // Free time before due against the estimate (at least an hour).
    COMPARE_NEAR(valueOf(Factor::Availability,
                         [](Request &, Candidate &c) {
                             c.profile.availability = {{1, 540, 660}};
                         }),
                 120.0 / 180);
    COMPARE_NEAR(valueOf(Factor::Availability,
                         [](Request &r, Candidate &c) {
                             r.estimateMinutes = 0;
                             c.profile.availability = {{1, 540, 570}};
                         }),
                 0.5);
    COMPARE_NEAR(
        valueOf(Factor::Availability, [](Request &r, Candidate &) { r.estimateMinutes = 30; }),
        1.0);

    COMPARE_NEAR(valueOf(Factor::Load,
                         [](Request &, Candidate &c) {
                             c.heldJobs = 1;
                             c.profile.capacity = 4;
                         }),
                 0.75);
    COMPARE_NEAR(valueOf(Factor::Load, [](Request &, Candidate &) {}), 1.0);

    COMPARE_NEAR(valueOf(Factor::Fairness, [](Request &, Candidate &) {}), 1.0);
    COMPARE_NEAR(valueOf(Factor::Fairness, [](Request &, Candidate &c) { c.recentOffers = 1; }),
                 0.5);
    COMPARE_NEAR(valueOf(Factor::Fairness, [](Request &, Candidate &c) { c.recentOffers = 3; }),
                 0.25);
}

void TestDispatch::quality()
{
    const auto history = [](double rating, int rated, int completed, int revised) {
        return valueOf(Factor::Quality, [=](Request &, Candidate &c) {
            c.rating = rating;
            c.ratedJobs = rated;
            c.completedJobs = completed;
            c.revisedJobs = revised;
        });
    };
    COMPARE_NEAR(history(0, 0, 0, 0), 0.6); // no history: neutral
    COMPARE_NEAR(history(5, 1, 1, 0), 0.7);
    COMPARE_NEAR(history(1, 1, 1, 1), 0.45);
    COMPARE_NEAR(history(4.6, 12, 10, 1), 0.5 * (12 * 0.9 + 1.8) / 15 + 0.5 * (9 + 1.8) / 13);
    // One perfect job does not beat a long good record.
    QVERIFY(history(5, 1, 1, 0) < history(4.6, 12, 10, 1));
    // Revisions cost, at the same rating.
    QVERIFY(history(4, 10, 10, 5) < history(4, 10, 10, 0));
}

void TestDispatch::urgency()
{
    const auto value = [](Urgency u, const QList<AvailabilitySlot> &weekly) {
        return valueOf(Factor::Urgency, [&](Request &r, Candidate &c) {
            r.urgency = u;
            c.profile.availability = weekly;
        });
    };
    COMPARE_NEAR(value(Urgency::Critical, {}), 1.0);
    COMPARE_NEAR(value(Urgency::High, {}), 0.75);
    COMPARE_NEAR(value(Urgency::Normal, {}), 0.5);
    COMPARE_NEAR(value(Urgency::Low, {}), 0.25);
    QList<AvailabilitySlot> evenings;   // from 21:00, twelve hours from now
    QList<AvailabilitySlot> afternoons; // from 15:00, six hours from now
    for (int day = 1; day <= 7; ++day) {
        evenings.append({day, 1260, 1440});
        afternoons.append({day, 900, 1440});
    }
    COMPARE_NEAR(value(Urgency::Critical, evenings), 0.5);
    COMPARE_NEAR(value(Urgency::Low, afternoons), 0.25 * 0.75);
    COMPARE_NEAR(value(Urgency::Critical, {{2, 900, 1440}}), 0.0); // thirty hours away
}

void TestDispatch::details()
{
    Request r = job();
    r.urgency = Urgency::High;
    Candidate c = worker(1);
    c.profile.skills = {{s("logo-design"), 4}};
    c.heldJobs = 1;
    c.rating = 4.6;
    c.ratedJobs = 12;
    c.completedJobs = 10;
    c.revisedJobs = 1;
    c.recentOffers = 2;
    const auto detailsOf = [](const Request &req, const Candidate &cand) {
        const Ranking ranking = rank(req, {cand}, Weights{});
        QStringList out;
        for (const FactorScore &f : ranking.ranked.first().factors)
            out << f.detail;
        return out;
    };
    QStringList got = detailsOf(r, c);
    QCOMPARE(got, QStringList({s("level 4 vs min 2 on logo-design"),
                               s("48 h free before due (estimate 3 h)"), s("1 of 3 slots held"),
                               s("rated 4.6 over 12 jobs, 1 of 10 revised"),
                               s("2 offers in 7 days"), s("can start now (urgent job)")}));

    r.requiredSkills = {};
    r.dueAt = QDateTime();
    r.estimateMinutes = 0;
    r.urgency = Urgency::Low;
    Candidate n = worker(2);
    for (int day = 1; day <= 7; ++day)
        n.profile.availability.append({day, 900, 990});
    got = detailsOf(r, n);
    QCOMPARE(got, QStringList({s("no skills required"),
                               s("10.5 h free in the next 7 days (no estimate)"),
                               s("0 of 3 slots held"), s("not rated yet, no completed jobs"),
                               s("no offers in 7 days"), s("can start in 6 h (low-urgency job)")}));

    r.estimateMinutes = 45;
    n.rating = 5;
    n.ratedJobs = 1;
    n.completedJobs = 1;
    n.recentOffers = 1;
    const RankedCandidate one = rank(r, {n}, Weights{}).ranked.first();
    QCOMPARE(factor(one, Factor::Availability).detail,
             s("10.5 h free in the next 7 days (estimate 45 min)"));
    QCOMPARE(factor(one, Factor::Quality).detail, s("rated 5 over 1 job, 0 of 1 revised"));
    QCOMPARE(factor(one, Factor::Fairness).detail, s("1 offer in 7 days"));
}

void TestDispatch::weightsAreNormalised()
{
    Weights w;
    w.skillFit = 2;
    w.availability = 1;
    w.load = 1;
    w.quality = w.fairness = w.urgency = 0;
    Candidate c = worker(1);
    c.heldJobs = 2;
    const RankedCandidate rc = rank(job(), {c}, w).ranked.first();
    const double expected[] = {0.5, 0.25, 0.25, 0, 0, 0};
    double sum = 0;
    for (int f = 0; f < 6; ++f) {
        const FactorScore &fs = factor(rc, Factor(f));
        QVERIFY(fs.factor == Factor(f));
        COMPARE_NEAR(fs.weight, expected[f]);
        COMPARE_NEAR(fs.points, fs.value * fs.weight * 100);
        sum += fs.points;
    }
    COMPARE_NEAR(rc.score, sum);
    // skill fit 2/3, availability 1, load 1/3
    COMPARE_NEAR(rc.score, 50 * (0.5 + 0.5 / 3) + 25 + 25.0 / 3);

    // Only the proportions matter.
    Weights scaled; // the defaults times ten
    scaled.skillFit = 3;
    scaled.availability = 1.5;
    scaled.load = 2;
    scaled.quality = 1.5;
    scaled.fairness = 1;
    scaled.urgency = 1;
    COMPARE_NEAR(rank(job(), {c}, scaled).ranked.first().score,
                 rank(job(), {c}, Weights{}).ranked.first().score);
    const RankedCandidate perfect = [&] {
        Request r = job();
        r.urgency = Urgency::Critical;
        Weights only;
        only.skillFit = only.availability = only.load = only.quality = only.fairness = 0;
        only.urgency = 1;
        return rank(r, {worker(1)}, only).ranked.first();
    }();
    COMPARE_NEAR(perfect.score, 100.0);
}

void TestDispatch::zeroWeightIgnoresItsFactor()
{
    Candidate low = worker(1);
    low.profile.skills = {{s("logo-design"), 2}};
    Candidate high = worker(2);
    high.profile.skills = {{s("logo-design"), 5}};
    QCOMPARE(rankedIds(rank(job(), {low, high}, Weights{})), QList<qint64>({2, 1}));
    Weights w;
    w.skillFit = 0;
    const Ranking r = rank(job(), {high, low}, w);
    QCOMPARE(rankedIds(r), QList<qint64>({1, 2})); // a tie now: the lower id
    QCOMPARE(r.ranked.at(0).score, r.ranked.at(1).score);
    // The factor is still shown, worth nothing.
    COMPARE_NEAR(factor(r.ranked.at(1), Factor::SkillFit).value, 1.0);
    COMPARE_NEAR(factor(r.ranked.at(1), Factor::SkillFit).points, 0.0);
    COMPARE_NEAR(factor(r.ranked.at(1), Factor::SkillFit).weight, 0.0);
}

void TestDispatch::invalidWeights()
{
    QVERIFY(Weights{}.isValid());
    Weights negative;
    negative.load = -0.1;
    Weights zero;
    zero.skillFit = zero.availability = zero.load = zero.quality = zero.fairness = zero.urgency = 0;
    Weights nan;
    nan.quality = qQNaN();
    Weights inf;
    inf.urgency = qInf();
    Weights one = zero;
    one.fairness = 1;
    QVERIFY(!negative.isValid());
    QVERIFY(!zero.isValid());
    QVERIFY(!nan.isValid());
    QVERIFY(!inf.isValid());
    QVERIFY(one.isValid());

    // Ranking with invalid weights falls back to the defaults rather than
    // answering nonsense (NaN scores, negative points).
    Candidate c = worker(1);
    c.heldJobs = 1;
    const QString defaults = describe(rank(job(), {c}, Weights{}));
    for (const Weights &w : {negative, zero, nan, inf})
        QCOMPARE(describe(rank(job(), {c}, w)), defaults);
    QVERIFY(describe(rank(job(), {c}, one)) != defaults);
}

void TestDispatch::ties()
{
    Weights skillOnly;
    skillOnly.availability = skillOnly.load = skillOnly.quality = skillOnly.fairness =
        skillOnly.urgency = 0;
    QList<Candidate> pool;
    struct Row
    {
        qint64 id;
        int recentOffers;
        int heldJobs;
    };
    for (const Row &row : {Row{5, 1, 0}, Row{3, 0, 2}, Row{4, 0, 1}, Row{1, 1, 1}, Row{2, 0, 1}}) {
        Candidate c = worker(row.id);
        c.recentOffers = row.recentOffers;
        c.heldJobs = row.heldJobs;
        pool << c;
    }
    Candidate best = worker(9);
    best.profile.skills = {{s("logo-design"), 4}};
    best.recentOffers = 2;
    best.heldJobs = 2;
    pool << best;
    // Higher score, then fewer recent offers, then fewer held jobs, then lower id.
    QCOMPARE(rankedIds(rank(job(), pool, skillOnly)), QList<qint64>({9, 2, 4, 3, 5, 1}));
}

void TestDispatch::deterministicUnderShuffle()
{
    const Request r = job();
    QList<Candidate> pool = variedWorkers(300, 42);
    const Ranking reference = rank(r, pool, Weights{});
    QVERIFY(reference.ranked.size() > 100);
    QVERIFY(!reference.excluded.isEmpty());
    bool hasTie = false;
    for (qsizetype i = 1; i < reference.ranked.size(); ++i)
        hasTie = hasTie || reference.ranked.at(i).score == reference.ranked.at(i - 1).score;
    QVERIFY2(hasTie, "the pool should exercise tie-breaking");
    const QString expected = describe(reference);
    for (unsigned seed = 1; seed <= 5; ++seed) {
        std::mt19937 g(seed);
        std::shuffle(pool.begin(), pool.end(), g);
        QCOMPARE(describe(rank(r, pool, Weights{})), expected);
    }
}

// Workers ranked together get exactly what each would get alone: nothing (such
// as the details shared between equal workers) leaks from one to another.
void TestDispatch::eachAnswerAsIfRankedAlone()
{
    Request r = job();
    r.requiredSkills.append({s("research"), 2});
    const QList<Candidate> pool = variedWorkers(300, 7);
    const Ranking together = rank(r, pool, Weights{});
    QVERIFY(together.ranked.size() > 50);
    QVERIFY(together.excluded.size() > 50);
    for (const Candidate &c : pool) {
        const Ranking alone = rank(r, {c}, Weights{});
        if (alone.ranked.isEmpty()) {
            const auto it =
                std::find_if(together.excluded.cbegin(), together.excluded.cend(),
                             [&](const ExcludedWorker &e) { return e.workerId == c.workerId; });
            QVERIFY(it != together.excluded.cend());
            QCOMPARE(reasons(*it), reasons(alone.excluded.first()));
            continue;
        }
        const RankedCandidate &mine = rankedById(together, c.workerId);
        QCOMPARE(mine.score, alone.ranked.first().score);
        for (int f = 0; f < 6; ++f) {
            QCOMPARE(factor(mine, Factor(f)).detail,
                     factor(alone.ranked.first(), Factor(f)).detail);
            QCOMPARE(factor(mine, Factor(f)).points,
                     factor(alone.ranked.first(), Factor(f)).points);
        }
    }
}

void TestDispatch::wireNames()
{
    const QStringList exclusions = {s("notActive"),   s("missingSkill"), s("skillTooLow"),
                                    s("atCapacity"),  s("unavailable"),  s("declinedBefore"),
                                    s("offerPending")};
    for (int i = 0; i < exclusions.size(); ++i) {
        QCOMPARE(toString(Exclusion(i)), exclusions.at(i));
        QVERIFY(exclusionFromString(exclusions.at(i)) == Exclusion(i));
    }
    const QStringList factors = {s("skillFit"), s("availability"), s("load"),
                                 s("quality"),  s("fairness"),     s("urgency")};
    for (int i = 0; i < factors.size(); ++i) {
        QCOMPARE(toString(Factor(i)), factors.at(i));
        QVERIFY(factorFromString(factors.at(i)) == Factor(i));
    }
    QVERIFY(!exclusionFromString(s("NotActive")));
    QVERIFY(!exclusionFromString(QString()));
    QVERIFY(!factorFromString(s("skill_fit")));
    QVERIFY(!factorFromString(s("notActive")));
}

QTEST_APPLESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
