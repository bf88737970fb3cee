#pragma once

#include "job.h"
#include "role.h"
#include "user.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Dispatch scoring: which active workers may take a job, and in what order.
// Pure functions over plain values: the server gathers the inputs from its
// database, the admin console shows the result. Deterministic for equal inputs.
namespace jobdesk::dispatch {

// Why a worker may not take the job. Wire names in toString() / exclusionFromString().
enum class Exclusion
{
    NotActive,      // account pending or disabled
    MissingSkill,   // detail: the skill key
    SkillTooLow,    // detail: "<skill> level <has> < <min>"
    AtCapacity,     // detail: "<held>/<capacity>"
    Unavailable,    // no availability between now and the due date
    DeclinedBefore, // declined (or let expire) an offer of this job before
    OfferPending,   // already holds a pending offer of this job
};

struct ExclusionReason
{
    Exclusion code = Exclusion::NotActive;
    QString detail; // machine-readable detail as described above, may be empty
};

// The factors of the score. Wire names in toString() / factorFromString().
enum class Factor
{
    SkillFit,     // certification levels above the minimum
    Availability, // available minutes before the due date vs the estimate
    Load,         // free capacity
    Quality,      // rating and revision history
    Fairness,     // few offers received lately
    Urgency,      // how soon the worker can start, scaled by the job's urgency
};

// Relative weights; they need not sum to 1 (they are normalised). Server
// configuration, shown to admins.
struct Weights
{
    double skillFit = 0.30;
    double availability = 0.15;
    double load = 0.20;
    double quality = 0.15;
    double fairness = 0.10;
    double urgency = 0.10;

    double of(Factor f) const;
    bool isValid() const; // every weight >= 0 and at least one > 0
};

// Everything scoring needs to know about one worker.
struct Candidate
{
    qint64 workerId = 0;
    QString name;
    AccountStatus status = AccountStatus::Active;
    WorkerProfile profile;     // skills, capacity, time zone, weekly availability
    int heldJobs = 0;          // jobs held now: assigned, in_progress, review, revision
    int recentOffers = 0;      // offers received in the fairness window (7 days)
    double rating = 0;         // mean review rating 1..5; 0 = not rated yet
    int ratedJobs = 0;         // how many ratings the mean is over
    int completedJobs = 0;     // jobs completed
    int revisedJobs = 0;       // of those, how many needed at least one revision
    bool declinedThisJob = false;
    bool offerPendingThisJob = false;
};

// The job being dispatched.
struct Request
{
    qint64 jobId = 0;
    QList<RequiredSkill> requiredSkills;
    Urgency urgency = Urgency::Normal;
    int estimateMinutes = 0;
    QDateTime dueAt;  // invalid: no due date (availability looked at over 7 days)
    QDateTime now;    // the server clock; scoring never reads the clock itself
};

struct FactorScore
{
    Factor factor = Factor::SkillFit;
    double value = 0;  // 0..1, this factor alone
    double weight = 0; // normalised weight (weights sum to 1)
    double points = 0; // value * weight * 100: its share of the score
    QString detail;    // short human-readable English explanation, e.g. "3 h free before due"
};

struct RankedCandidate
{
    qint64 workerId = 0;
    QString name;
    double score = 0; // 0..100, the sum of the factors' points
    QList<FactorScore> factors; // one per Factor, in enum order
};

struct ExcludedWorker
{
    qint64 workerId = 0;
    QString name;
    QList<ExclusionReason> reasons; // every reason that applies, in enum order
};

struct Ranking
{
    QList<RankedCandidate> ranked;  // best first
    QList<ExcludedWorker> excluded; // by worker id
};

// Workers with an empty availability list are treated as always available.
// Ties: higher score, then fewer recent offers, then fewer held jobs, then lower id.
Ranking rank(const Request &job, const QList<Candidate> &candidates, const Weights &weights);

// Minutes the worker is available between `from` and `to` by their weekly slots
// in their own time zone (all minutes when the profile has no slots).
qint64 availableMinutes(const WorkerProfile &profile, const QDateTime &from, const QDateTime &to);

QString toString(Exclusion e);
std::optional<Exclusion> exclusionFromString(const QString &s);
QString toString(Factor f);
std::optional<Factor> factorFromString(const QString &s);

} // namespace jobdesk::dispatch
