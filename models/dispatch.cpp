#include "dispatch.h"
#include "dispatchavailability.h"
#include "dispatchdetails.h"

#include <QHash>
#include <QTimeZone>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

// The formulas are explained, with their reasons, in docs/dispatch.md ("Scoring").
namespace jobdesk::dispatch {

namespace {

constexpr std::array<Factor, 6> kFactors = {Factor::SkillFit, Factor::Availability,
                                            Factor::Load,     Factor::Quality,
                                            Factor::Fairness, Factor::Urgency};
constexpr std::array<Exclusion, 7> kExclusions = {Exclusion::NotActive,   Exclusion::MissingSkill,
                                                  Exclusion::SkillTooLow, Exclusion::AtCapacity,
                                                  Exclusion::Unavailable, Exclusion::DeclinedBefore,
                                                  Exclusion::OfferPending};

// Without a due date, availability is looked at over the next week; with a
// distant one, over four weeks at most (the estimate is long covered by then, and
// the window stays short enough to cost the same for every job).
constexpr qint64 kNoDueHorizon = 7 * detail::kDay;
constexpr qint64 kLongestHorizon = 28 * detail::kDay;
// Quality of a worker with no history, and how many jobs of history that guess is
// worth: one good or bad job moves a newcomer only part of the way.
constexpr double kNeutralQuality = 0.6;
constexpr double kPriorJobs = 3;
// Urgency: starting now counts fully, starting a day or more from now not at all.
constexpr double kUrgencyDecaySeconds = 86400;
// Scores within a millionth of a point are ties, so that rounding noise between
// equal but differently computed scores never decides an order.
constexpr double kScoreResolution = 1e6;

constexpr quint8 bit(Exclusion e)
{
    return quint8(1u << int(e));
}

double urgencyScale(Urgency u)
{
    switch (u) {
    case Urgency::Low:
        return 0.25;
    case Urgency::Normal:
        return 0.5;
    case Urgency::High:
        return 0.75;
    case Urgency::Critical:
        return 1.0;
    }
    return 0.5;
}

// The worker's level in a skill (the highest if listed twice), -1 when missing.
int levelOf(const WorkerProfile &p, const QString &skill)
{
    int level = -1;
    for (const SkillLevel &s : p.skills) {
        if (s.level > level && s.skill == skill)
            level = s.level;
    }
    return level;
}

// What the first pass learns about one candidate; the output is built from it
// only after sorting, and only once per worker.
struct Assessment
{
    std::array<double, 6> values{};
    double score = 0;
    qint64 freeMinutes = 0;
    qint64 startsIn = -1; // seconds from now until the first available moment
    quint8 reasons = 0;   // bit(Exclusion) for each reason that applies
};

// The order of the ranking, compact so that sorting stays in the cache.
struct RankKey
{
    qint64 score; // points times kScoreResolution, rounded
    int recentOffers;
    int heldJobs;
    qint64 workerId;
    int index; // into the candidates; decides only between duplicate ids
    bool operator<(const RankKey &o) const
    {
        if (score != o.score)
            return score > o.score;
        if (recentOffers != o.recentOffers)
            return recentOffers < o.recentOffers;
        if (heldJobs != o.heldJobs)
            return heldJobs < o.heldJobs;
        if (workerId != o.workerId)
            return workerId < o.workerId;
        return index < o.index;
    }
};

// `levels`: the worker's level in each of the job's required skills, in order
// (levelOf), looked up once per worker.
quint8 reasonsBesidesTime(const Request &job, const Candidate &c, const int *levels)
{
    quint8 reasons = 0;
    if (c.status != AccountStatus::Active)
        reasons |= bit(Exclusion::NotActive);
    for (qsizetype k = 0; k < job.requiredSkills.size(); ++k) {
        if (levels[k] < 0)
            reasons |= bit(Exclusion::MissingSkill);
        else if (levels[k] < job.requiredSkills.at(k).minLevel)
            reasons |= bit(Exclusion::SkillTooLow);
    }
    if (std::max(0, c.heldJobs) >= c.profile.capacity)
        reasons |= bit(Exclusion::AtCapacity);
    if (c.declinedThisJob)
        reasons |= bit(Exclusion::DeclinedBefore);
    if (c.offerPendingThisJob)
        reasons |= bit(Exclusion::OfferPending);
    return reasons;
}

double skillFit(const Request &job, const int *levels)
{
    if (job.requiredSkills.isEmpty())
        return 1;
    double sum = 0;
    for (qsizetype k = 0; k < job.requiredSkills.size(); ++k) {
        const int min = std::clamp(job.requiredSkills.at(k).minLevel, 1, 5);
        const int level = std::clamp(levels[k], min, 5);
        // At minimum 5 there is no headroom to use: meeting it is the best fit.
        sum += min >= 5 ? 1.0 : 0.5 + 0.5 * double(level - min) / double(5 - min);
    }
    return sum / double(job.requiredSkills.size());
}

double quality(const Candidate &c)
{
    const double rated = c.rating > 0 ? std::max(1, c.ratedJobs) : 0;
    const double rating = rated > 0 ? std::clamp((c.rating - 1) / 4, 0.0, 1.0) : 0.0;
    const double ratingPart =
        (rated * rating + kPriorJobs * kNeutralQuality) / (rated + kPriorJobs);
    const int completed = std::max(0, c.completedJobs);
    const int clean = completed - std::clamp(c.revisedJobs, 0, completed);
    const double cleanPart = (clean + kPriorJobs * kNeutralQuality) / (completed + kPriorJobs);
    return 0.5 * ratingPart + 0.5 * cleanPart;
}

std::array<double, 6> factorValues(const Request &job, const Candidate &c, const Assessment &a,
                                   const int *levels)
{
    const double soon =
        a.startsIn < 0 ? 0.0 : std::max(0.0, 1 - double(a.startsIn) / kUrgencyDecaySeconds);
    std::array<double, 6> v = {
        skillFit(job, levels),
        std::min(1.0, double(a.freeMinutes) / double(std::max(job.estimateMinutes, 60))),
        1 - double(std::max(0, c.heldJobs)) / double(c.profile.capacity),
        quality(c),
        1 / (1 + double(std::max(0, c.recentOffers))),
        soon * urgencyScale(job.urgency),
    };
    for (double &x : v)
        x = std::clamp(x, 0.0, 1.0);
    return v;
}

} // namespace

double Weights::of(Factor f) const
{
    switch (f) {
    case Factor::SkillFit:
        return skillFit;
    case Factor::Availability:
        return availability;
    case Factor::Load:
        return load;
    case Factor::Quality:
        return quality;
    case Factor::Fairness:
        return fairness;
    case Factor::Urgency:
        return urgency;
    }
    return 0;
}

bool Weights::isValid() const
{
    double sum = 0;
    for (const Factor f : kFactors) {
        const double w = of(f);
        if (!std::isfinite(w) || w < 0)
            return false;
        sum += w;
    }
    return sum > 0 && std::isfinite(sum);
}

Ranking rank(const Request &job, const QList<Candidate> &candidates, const Weights &weights)
{
    // Invalid weights are a configuration mistake the server refuses at start;
    // should they reach here anyway, the defaults keep the ranking meaningful.
    const Weights w = weights.isValid() ? weights : Weights{};
    std::array<double, 6> normalised{};
    double total = 0;
    for (const Factor f : kFactors)
        total += w.of(f);
    for (const Factor f : kFactors)
        normalised[size_t(f)] = w.of(f) / total;

    const qint64 now = job.now.isValid() ? detail::epochSeconds(job.now) : 0;
    const qint64 due = job.dueAt.isValid() ? detail::epochSeconds(job.dueAt) : now + kNoDueHorizon;
    const bool horizonCapped = due > now + kLongestHorizon;
    const qint64 horizon = !job.now.isValid() ? now : std::min(due, now + kLongestHorizon);

    // One ZoneWindow per time zone name: the tz database is read once per zone,
    // not once per worker.
    QHash<QString, qsizetype> zoneIndex;
    std::vector<detail::ZoneWindow> zones;
    zones.reserve(64);

    std::vector<Assessment> assessed(size_t(candidates.size()));
    const qsizetype requiredCount = job.requiredSkills.size();
    std::vector<int> levels(size_t(candidates.size() * requiredCount));
    std::vector<RankKey> rankedOrder;
    std::vector<std::pair<qint64, int>> excludedOrder; // worker id, index
    rankedOrder.reserve(assessed.size());
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        Assessment &a = assessed[size_t(i)];
        int *lv = levels.data() + i * requiredCount;
        for (qsizetype k = 0; k < requiredCount; ++k)
            lv[k] = levelOf(c.profile, job.requiredSkills.at(k).skill);
        a.reasons = reasonsBesidesTime(job, c, lv);
        const detail::ZoneWindow *zone = nullptr;
        if (horizon > now) {
            auto it = zoneIndex.constFind(c.profile.timeZone);
            if (it == zoneIndex.cend()) {
                zones.emplace_back(QTimeZone(c.profile.timeZone.toUtf8()), now, horizon);
                it = zoneIndex.insert(c.profile.timeZone, qsizetype(zones.size()) - 1);
            }
            zone = &zones[size_t(*it)];
        }
        const detail::WeekPattern pattern(c.profile.availability);
        a.freeMinutes = zone ? detail::availableSeconds(pattern, *zone) / 60 : 0;
        if (a.freeMinutes == 0)
            a.reasons |= bit(Exclusion::Unavailable);
        if (a.reasons) {
            excludedOrder.push_back({c.workerId, int(i)});
            continue;
        }
        if (const auto first = detail::firstAvailable(pattern, *zone))
            a.startsIn = *first - now;
        a.values = factorValues(job, c, a, lv);
        for (size_t f = 0; f < a.values.size(); ++f)
            a.score += a.values[f] * normalised[f] * 100;
        rankedOrder.push_back({std::llround(a.score * kScoreResolution), c.recentOffers, c.heldJobs,
                               c.workerId, int(i)});
    }

    std::sort(rankedOrder.begin(), rankedOrder.end());
    std::sort(excludedOrder.begin(), excludedOrder.end());

    Ranking out;
    detail::Details details;
    out.ranked.reserve(qsizetype(rankedOrder.size()));
    for (const RankKey &key : rankedOrder) {
        const int i = key.index;
        const Candidate &c = candidates.at(i);
        const Assessment &a = assessed[size_t(i)];
        const int *lv = levels.data() + i * requiredCount;
        RankedCandidate &rc = out.ranked.emplace_back();
        rc.workerId = c.workerId;
        rc.name = c.name;
        rc.score = a.score;
        rc.factors.reserve(qsizetype(kFactors.size()));
        const detail::DetailInputs in{lv, a.freeMinutes, a.startsIn, horizonCapped};
        for (const Factor f : kFactors) {
            const size_t k = size_t(f);
            rc.factors.append({f, a.values[k], normalised[k], a.values[k] * normalised[k] * 100,
                               details.factor(f, job, c, in)});
        }
    }

    out.excluded.reserve(qsizetype(excludedOrder.size()));
    for (const auto &[id, i] : excludedOrder) {
        const Candidate &c = candidates.at(i);
        const quint8 reasons = assessed[size_t(i)].reasons;
        const int *lv = levels.data() + i * requiredCount;
        ExcludedWorker &e = out.excluded.emplace_back();
        e.workerId = id;
        e.name = c.name;
        e.reasons.reserve(qPopulationCount(reasons) + job.requiredSkills.size());
        for (const Exclusion x : kExclusions) {
            if (!(reasons & bit(x)))
                continue;
            if (x == Exclusion::MissingSkill || x == Exclusion::SkillTooLow) {
                for (qsizetype k = 0; k < requiredCount; ++k) {
                    const RequiredSkill &r = job.requiredSkills.at(k);
                    const int level = lv[k];
                    if (x == Exclusion::MissingSkill && level < 0)
                        e.reasons.append({x, r.skill});
                    if (x == Exclusion::SkillTooLow && level >= 0 && level < r.minLevel)
                        e.reasons.append({x, detail::Details::skillTooLow(r, level)});
                }
            } else if (x == Exclusion::AtCapacity) {
                e.reasons.append({x, details.atCapacity(c)});
            } else {
                e.reasons.append({x, QString()});
            }
        }
    }
    return out;
}

QString toString(Exclusion e)
{
    switch (e) {
    case Exclusion::NotActive:
        return QStringLiteral("notActive");
    case Exclusion::MissingSkill:
        return QStringLiteral("missingSkill");
    case Exclusion::SkillTooLow:
        return QStringLiteral("skillTooLow");
    case Exclusion::AtCapacity:
        return QStringLiteral("atCapacity");
    case Exclusion::Unavailable:
        return QStringLiteral("unavailable");
    case Exclusion::DeclinedBefore:
        return QStringLiteral("declinedBefore");
    case Exclusion::OfferPending:
        return QStringLiteral("offerPending");
    }
    return {};
}

std::optional<Exclusion> exclusionFromString(const QString &s)
{
    for (const Exclusion e : kExclusions) {
        if (s == toString(e))
            return e;
    }
    return std::nullopt;
}

QString toString(Factor f)
{
    switch (f) {
    case Factor::SkillFit:
        return QStringLiteral("skillFit");
    case Factor::Availability:
        return QStringLiteral("availability");
    case Factor::Load:
        return QStringLiteral("load");
    case Factor::Quality:
        return QStringLiteral("quality");
    case Factor::Fairness:
        return QStringLiteral("fairness");
    case Factor::Urgency:
        return QStringLiteral("urgency");
    }
    return {};
}

std::optional<Factor> factorFromString(const QString &s)
{
    for (const Factor f : kFactors) {
        if (s == toString(f))
            return f;
    }
    return std::nullopt;
}

} // namespace jobdesk::dispatch
