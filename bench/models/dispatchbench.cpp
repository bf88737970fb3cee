// Measures dispatch::rank(): N synthetic workers (varied skills, time zones,
// weekly slots, load and history) ranked for one job, many times over, in a few
// job shapes. Prints the time of the first call and the median and p99 of the
// rest; exits non-zero only when something is wrong with the result.
//
//   jobdesk-bench-dispatch [--workers 10000] [--iterations 300] [--seed 1]
#include "dispatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <time.h>

using namespace jobdesk;
using namespace jobdesk::dispatch;

namespace {

const char *const kSkills[] = {"data-entry",  "logo-design",   "copywriting",   "research",
                               "translation", "illustration",  "proofreading",  "web-design",
                               "seo",         "video-editing", "transcription", "bookkeeping"};

const char *const kZones[] = {"UTC",
                              "Europe/Berlin",
                              "Europe/London",
                              "Europe/Kyiv",
                              "America/New_York",
                              "America/Los_Angeles",
                              "America/Sao_Paulo",
                              "Africa/Lagos",
                              "Asia/Kolkata",
                              "Asia/Phnom_Penh",
                              "Asia/Manila",
                              "Asia/Tokyo",
                              "Australia/Sydney",
                              "Pacific/Auckland",
                              "UTC+05:30",
                              "UTC-03:00"};

// Weekly patterns people actually keep: office hours, split shifts, evenings,
// nights across midnight, weekends only, or no slots (always available).
QList<AvailabilitySlot> slotsFor(int pattern, QRandomGenerator &rng)
{
    QList<AvailabilitySlot> slots;
    const int shift = int(rng.bounded(-2, 3)) * 60;
    switch (pattern) {
    case 0:
        for (int d = 1; d <= 5; ++d)
            slots.append({d, 540 + shift, 1020 + shift});
        break;
    case 1:
        for (int d = 1; d <= 6; ++d) {
            slots.append({d, 480, 720});
            slots.append({d, 840 + shift, 1080 + shift});
        }
        break;
    case 2:
        for (int d = 1; d <= 7; ++d)
            slots.append({d, 1080 + shift, 1380});
        break;
    case 3:
        for (int d = 1; d <= 7; ++d) {
            slots.append({d, 1320, 1440});
            slots.append({d % 7 + 1, 0, 180 + shift});
        }
        break;
    case 4:
        slots.append({6, 600, 1200});
        slots.append({7, 600, 1200});
        break;
    default:
        break;
    }
    return slots;
}

QList<Candidate> makeWorkers(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Candidate> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Candidate c;
        c.workerId = i + 1;
        c.name = QStringLiteral("Worker %1").arg(i + 1);
        c.status = rng.bounded(100) < 95 ? AccountStatus::Active : AccountStatus::Disabled;
        // Most workers do data entry; everyone has two to six skills in all.
        if (rng.bounded(100) < 80)
            c.profile.skills.append({QStringLiteral("data-entry"), int(rng.bounded(1, 6))});
        const int extra = int(rng.bounded(1, 6));
        for (int k = 0; k < extra; ++k) {
            const QString key = QString::fromLatin1(kSkills[1 + rng.bounded(11)]);
            if (std::none_of(c.profile.skills.cbegin(), c.profile.skills.cend(),
                             [&](const SkillLevel &s) { return s.skill == key; }))
                c.profile.skills.append({key, int(rng.bounded(1, 6))});
        }
        c.profile.capacity = int(rng.bounded(1, 6));
        c.profile.timeZone = QString::fromLatin1(kZones[rng.bounded(16)]);
        c.profile.availability = slotsFor(int(rng.bounded(6)), rng);
        c.heldJobs = int(rng.bounded(0, c.profile.capacity + 1));
        c.recentOffers = int(rng.bounded(0, 9));
        if (rng.bounded(100) < 70) {
            c.completedJobs = int(rng.bounded(1, 60));
            c.revisedJobs = int(rng.bounded(0, c.completedJobs / 3 + 1));
            c.ratedJobs = int(rng.bounded(1, c.completedJobs + 1));
            c.rating = 3 + rng.bounded(2.0);
        }
        c.declinedThisJob = rng.bounded(100) < 2;
        c.offerPendingThisJob = rng.bounded(1000) < 5;
        out << c;
    }
    return out;
}

// CPU time of this thread: unlike the wall clock, it hardly moves when other
// processes share the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Scenario
{
    const char *name;
    Request job;
};

double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("workers"), QStringLiteral("How many workers."),
                   QStringLiteral("N"), QStringLiteral("10000")},
                  {QStringLiteral("iterations"), QStringLiteral("Measured calls per job."),
                   QStringLiteral("K"), QStringLiteral("300")},
                  {QStringLiteral("seed"), QStringLiteral("Seed of the synthetic workers."),
                   QStringLiteral("S"), QStringLiteral("1")}});
    p.process(app);
    QTextStream out(stdout);
    const int n = p.value(QStringLiteral("workers")).toInt();
    const int iterations = std::max(1, p.value(QStringLiteral("iterations")).toInt());
    const QList<Candidate> workers = makeWorkers(n, p.value(QStringLiteral("seed")).toUInt());

    // A Tuesday morning in UTC; the zones above put it at every time of day.
    const QDateTime now(QDate(2026, 3, 3), QTime(9, 30), Qt::UTC);
    std::vector<Scenario> scenarios;
    Request common;
    common.jobId = 1;
    common.requiredSkills = {{QStringLiteral("data-entry"), 2}};
    common.estimateMinutes = 240;
    common.dueAt = now.addDays(3);
    common.now = now;
    scenarios.push_back({"one common skill, due in 3 days", common});
    Request open = common;
    open.requiredSkills = {};
    open.dueAt = QDateTime();
    open.urgency = Urgency::High;
    scenarios.push_back({"no skills, no due date (most ranked)", open});
    Request narrow = common;
    narrow.requiredSkills = {{QStringLiteral("logo-design"), 3}, {QStringLiteral("research"), 2}};
    narrow.dueAt = now.addDays(14); // across a DST change in Europe and the US
    narrow.urgency = Urgency::Critical;
    scenarios.push_back({"two skills, due in 14 days", narrow});

    out << "workers: " << n << ", measured calls per job: " << iterations << "\n\n";
    out << qSetFieldWidth(40) << Qt::left << "job" << qSetFieldWidth(9) << Qt::right << "ranked"
        << "excluded" << qSetFieldWidth(11) << "first ms"
        << "median ms"
        << "p99 ms" << qSetFieldWidth(15) << "median CPU ms" << qSetFieldWidth(0) << "\n";
    bool ok = true;
    for (const Scenario &s : scenarios) {
        QElapsedTimer t;
        t.start();
        const Ranking first = rank(s.job, workers, Weights{});
        const double firstMs = double(t.nsecsElapsed()) / 1e6;
        ok = ok && first.ranked.size() + first.excluded.size() == n;
        std::vector<double> ms;
        std::vector<double> cpuMs;
        ms.reserve(size_t(iterations));
        cpuMs.reserve(size_t(iterations));
        qsizetype checksum = 0;
        for (int i = 0; i < iterations; ++i) {
            const double cpu = threadCpuMs();
            t.restart();
            const Ranking r = rank(s.job, workers, Weights{});
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            cpuMs.push_back(threadCpuMs() - cpu);
            checksum += r.ranked.size();
        }
        ok = ok && checksum == first.ranked.size() * iterations;
        out << qSetFieldWidth(40) << Qt::left << s.name << qSetFieldWidth(9) << Qt::right
            << first.ranked.size() << first.excluded.size() << qSetFieldWidth(11)
            << qSetRealNumberPrecision(2) << Qt::fixed << firstMs << percentile(ms, 0.5)
            << percentile(ms, 0.99) << qSetFieldWidth(15) << percentile(cpuMs, 0.5)
            << qSetFieldWidth(0) << "\n";
    }
    if (!ok)
        out << "the rankings did not add up\n";
    return ok ? 0 : 1;
}
