#pragma once

// Shared by the dispatch scoring tests: a default job and worker that fit each
// other, and small helpers to read a Ranking.
#include "dispatch.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dispatchtest {

using namespace jobdesk;
using namespace jobdesk::dispatch;

inline QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

inline QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// Monday 2 March 2026, 09:00 UTC: "now" in most tests.
inline const QDateTime kNow = utc(2026, 3, 2, 9);

// An active worker who fits the default job: always available, free capacity,
// no history, in UTC.
inline Candidate worker(qint64 id)
{
    Candidate c;
    c.workerId = id;
    c.name = QStringLiteral("Worker %1").arg(id);
    c.profile.skills = {{s("logo-design"), 3}};
    c.profile.capacity = 3;
    return c;
}

inline Request job()
{
    Request r;
    r.jobId = 7;
    r.requiredSkills = {{s("logo-design"), 2}};
    r.estimateMinutes = 180;
    r.dueAt = kNow.addDays(2);
    r.now = kNow;
    return r;
}

inline WorkerProfile profile(const char *zone, const QList<AvailabilitySlot> &weekly)
{
    WorkerProfile p;
    p.timeZone = s(zone);
    p.availability = weekly;
    return p;
}

inline QStringList reasons(const ExcludedWorker &e)
{
    QStringList out;
    for (const ExclusionReason &r : e.reasons)
        out << toString(r.code) + QLatin1Char(':') + r.detail;
    return out;
}

inline QList<qint64> rankedIds(const Ranking &r)
{
    QList<qint64> ids;
    for (const RankedCandidate &c : r.ranked)
        ids << c.workerId;
    return ids;
}

inline const FactorScore &factor(const RankedCandidate &c, Factor f)
{
    return c.factors.at(qsizetype(f));
}

inline const RankedCandidate &rankedById(const Ranking &r, qint64 id)
{
    const auto it = std::find_if(r.ranked.cbegin(), r.ranked.cend(),
                                 [id](const RankedCandidate &c) { return c.workerId == id; });
    if (it == r.ranked.cend())
        qFatal("worker %lld is not ranked", id);
    return *it;
}

inline bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(dispatchtest::near((actual), (expected)),                                             \
             qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 12).arg(expected)))

// One ranked candidate's value for a factor, for a job and candidate tweaked by `change`.
inline double valueOf(Factor f, const std::function<void(Request &, Candidate &)> &change)
{
    Request r = job();
    Candidate c = worker(1);
    change(r, c);
    const Ranking ranking = rank(r, {c}, Weights{});
    if (ranking.ranked.size() != 1)
        qFatal("the candidate was excluded");
    return factor(ranking.ranked.first(), f).value;
}

} // namespace dispatchtest
