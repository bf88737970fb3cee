#include "cascade.h"

#include "codecs.h"
#include "dispatchjson.h"
#include "jsonreader.h"
#include "notifications.h"
#include "services.h"
#include "timecodec.h"
#include "workerpool.h"

#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcDispatch, "jobdesk.server.dispatch", QtInfoMsg)

namespace jobdesk::server {

namespace {

const Principal System{0, Role::Admin, 0}; // the server itself: the cascade's own steps

// How many of the best candidates dispatch.ranked keeps in the audit log.
constexpr int AuditedTop = 5;

std::optional<qint64> auditActor(const Principal &p)
{
    return p.userId ? std::optional<qint64>(p.userId) : std::nullopt;
}

void auditStep(Services &s, const HttpRequest &request, const Principal &actor, qint64 jobId,
               const QString &action, const QJsonObject &after)
{
    s.audit.record(auditActor(actor), action, QStringLiteral("job"), QString::number(jobId),
                   QJsonValue::Null, after, clientAddress(request));
}

void auditRanking(Services &s, const HttpRequest &request, const Principal &actor, qint64 jobId,
                  const dispatch::Ranking &ranking, std::optional<qint64> runId)
{
    QJsonObject after = rankingSummary(ranking, AuditedTop);
    after.insert(QStringLiteral("runId"), runId ? QJsonValue(*runId) : QJsonValue());
    auditStep(s, request, actor, jobId, QStringLiteral("dispatch.ranked"), after);
}

QJsonObject offerEvent(const Offer &offer, const Job &job)
{
    return {{QStringLiteral("offer"), codec::toJson(offer)},
            {QStringLiteral("job"), codec::toJson(job)}};
}

// The run's offer to `who`, inside the caller's transaction: the row, the
// worker's live event and notification, and the audit step.
Offer offerTo(Services &s, const HttpRequest &request, const Principal &actor, const Job &job,
              const DispatchRun &run, const dispatch::RankedCandidate &who, int rank)
{
    Offer offer;
    offer.jobId = job.id;
    offer.workerId = who.workerId;
    offer.status = OfferStatus::Pending;
    offer.rank = rank;
    offer.runId = run.id;
    offer.offeredAt = fromDb(nowMs());
    offer.expiresAt = offer.offeredAt.addSecs(run.windowSeconds);
    offer.id = s.offers.insert(offer);
    s.events.append(QStringLiteral("offer.created"), offerEvent(offer, job), job.id,
                    offer.workerId);
    notifyUser(s, offer.workerId, QStringLiteral("offer_received"),
               {{QStringLiteral("jobId"), job.id},
                {QStringLiteral("offerId"), offer.id},
                {QStringLiteral("title"), job.title},
                {QStringLiteral("expiresAt"), toWireTime(offer.expiresAt)}});
    auditStep(s, request, actor, job.id, QStringLiteral("dispatch.offered"),
              {{QStringLiteral("runId"), run.id},
               {QStringLiteral("offerId"), offer.id},
               {QStringLiteral("workerId"), who.workerId},
               {QStringLiteral("name"), who.name},
               {QStringLiteral("rank"), rank},
               {QStringLiteral("score"), std::round(who.score * 100.0) / 100.0},
               {QStringLiteral("expiresAt"), toWireTime(offer.expiresAt)}});
    return offer;
}

// After a lost race: what the job is doing now.
DispatchStart::Outcome raceOutcome(Services &s, qint64 jobId)
{
    return s.dispatchStore.active(jobId) ? DispatchStart::Outcome::Running
                                         : DispatchStart::Outcome::Changed;
}

bool isLostRace(const ApiError &e)
{
    return e.problem.status == 412 || e.problem.slug == QLatin1String("dispatch-running");
}

} // namespace

DispatchOptions defaultDispatchOptions(const Services &s)
{
    return {s.config.dispatchWindowSeconds, s.config.dispatchShortlist};
}

dispatch::Ranking rankJob(Services &s, const Job &job, const WorkerPool &pool,
                          std::optional<qint64> runId)
{
    dispatch::Request r;
    r.jobId = job.id;
    r.requiredSkills = job.requiredSkills;
    r.urgency = job.urgency;
    r.estimateMinutes = job.estimateMinutes;
    r.dueAt = job.dueAt;
    r.now = QDateTime::currentDateTimeUtc();
    return dispatch::rank(r, pool.forJob(s.db, job.id, runId), s.config.dispatchWeights);
}

DispatchStart startDispatch(Services &s, const HttpRequest &request, const Principal &actor,
                            qint64 jobId, const DispatchOptions &options, WorkerPool &pool)
{
    DispatchStart result;
    const auto found = s.jobs.find(jobId);
    if (!found)
        return result;
    const Job job = *found;
    result.job = job;
    if (job.status != JobStatus::Pending) {
        result.outcome = job.status == JobStatus::Matching && s.dispatchStore.active(job.id)
                             ? DispatchStart::Outcome::Running
                             : DispatchStart::Outcome::NotPending;
        return result;
    }
    result.ranking = rankJob(s, job, pool);
    try {
        if (result.ranking.ranked.isEmpty()) {
            // Nobody may take it: it stays pending, flagged for an admin.
            if (job.needsAttention) {
                Transaction tx(s.db);
                auditRanking(s, request, actor, job.id, result.ranking, std::nullopt);
                tx.commit();
            } else {
                Job after = job;
                after.needsAttention = true;
                saveJob(s, request, actor, job, after, QStringLiteral("job.flag"),
                        QStringLiteral("job.updated"), {}, [&](const Job &current) {
                            auditRanking(s, request, actor, current.id, result.ranking,
                                         std::nullopt);
                            return QJsonObject();
                        });
            }
            result.outcome = DispatchStart::Outcome::NoCandidates;
        } else {
            const dispatch::RankedCandidate best = result.ranking.ranked.first();
            Job after = job;
            after.status = JobStatus::Matching;
            after.needsAttention = false;
            saveJob(s, request, actor, job, after, QStringLiteral("job.dispatch"),
                    QStringLiteral("job.transitioned"), {}, [&](const Job &current) {
                        // The version check claimed the job; a run left active would
                        // still mean a second pending offer, so it is checked too.
                        if (s.dispatchStore.active(current.id))
                            fail(409, QStringLiteral("dispatch-running"),
                                 QStringLiteral("A cascade is already running for this job"));
                        DispatchRun run;
                        run.jobId = current.id;
                        run.shortlistSize = options.shortlistSize;
                        run.windowSeconds = options.windowSeconds;
                        run.offersMade = 1;
                        run.startedBy = actor.userId;
                        run.startedAt = fromDb(nowMs());
                        run.id = s.dispatchStore.create(run);
                        auditRanking(s, request, actor, current.id, result.ranking, run.id);
                        result.offer = offerTo(s, request, actor, current, run, best, 1);
                        result.run = run;
                        return QJsonObject{{QStringLiteral("offer"), codec::toJson(result.offer)},
                                           {QStringLiteral("run"), toJson(run)}};
                    });
            pool.noteOffer(best.workerId);
            result.outcome = DispatchStart::Outcome::Offered;
        }
    } catch (const ApiError &e) {
        if (!isLostRace(e))
            throw;
        result.outcome = raceOutcome(s, job.id);
        result.job = s.jobs.find(job.id).value_or(job);
        qCDebug(lcDispatch) << "job" << job.id << "was claimed by another write first";
    }
    return result;
}

bool continueCascade(Services &s, const HttpRequest &request, const Principal &actor,
                     const Job &job, const Offer &offer, OfferStatus status, const QString &reason,
                     const JobSideEffect &closeRecord)
{
    if (!offer.runId || job.status != JobStatus::Matching)
        return false;
    const auto run = s.dispatchStore.find(*offer.runId);
    if (!run || run->status != DispatchRun::Status::Active)
        return false;
    // The step is decided from what is read now; saveJob's version check on the
    // job (and the claim of the offer) make sure it is taken once.
    const bool shortlistLeft = run->offersMade < run->shortlistSize;
    dispatch::Ranking ranking;
    if (shortlistLeft)
        ranking = rankJob(s, job, WorkerPool::load(s.db, QDateTime::currentDateTimeUtc()), run->id);
    const bool next = shortlistLeft && !ranking.ranked.isEmpty();
    Job after = job;
    if (!next) {
        after.status = JobStatus::Pending;
        after.needsAttention = true;
    }
    const QString what = toString(status); // declined | expired
    saveJob(s, request, actor, job, after, QStringLiteral("offer.") + what,
            next ? QStringLiteral("job.updated") : QStringLiteral("job.transitioned"), reason,
            [&](const Job &current) {
                QJsonObject data = closeRecord(current);
                QJsonObject closed{{QStringLiteral("runId"), run->id},
                                   {QStringLiteral("offerId"), offer.id},
                                   {QStringLiteral("workerId"), offer.workerId},
                                   {QStringLiteral("rank"), offer.rank}};
                if (status == OfferStatus::Declined)
                    closed.insert(QStringLiteral("reason"), reason);
                auditStep(s, request, actor, current.id, QStringLiteral("dispatch.") + what,
                          closed);
                if (shortlistLeft)
                    auditRanking(s, request, System, current.id, ranking, run->id);
                if (next) {
                    if (!s.dispatchStore.countOffer(run->id, run->offersMade))
                        fail(409, QStringLiteral("offer-closed"),
                             QStringLiteral("This offer was already answered"));
                    const Offer made = offerTo(s, request, System, current, *run,
                                               ranking.ranked.first(), run->offersMade + 1);
                    data.insert(QStringLiteral("nextOffer"), codec::toJson(made));
                } else {
                    s.dispatchStore.end(run->id, DispatchRun::Status::Exhausted, nowMs());
                    auditStep(s, request, System, current.id, QStringLiteral("dispatch.exhausted"),
                              {{QStringLiteral("runId"), run->id},
                               {QStringLiteral("offersMade"), run->offersMade},
                               {QStringLiteral("reason"),
                                shortlistLeft ? QStringLiteral("nobody eligible is left")
                                              : QStringLiteral("the short list is used up")}});
                }
                data.insert(QStringLiteral("run"), toJson(*s.dispatchStore.find(run->id)));
                return data;
            });
    return true;
}

QJsonObject settleAcceptedOffer(Services &s, const HttpRequest &request, const Principal &actor,
                                const Offer &offer)
{
    if (!offer.runId || !s.dispatchStore.end(*offer.runId, DispatchRun::Status::Accepted, nowMs()))
        return {};
    auditStep(s, request, actor, offer.jobId, QStringLiteral("dispatch.accepted"),
              {{QStringLiteral("runId"), *offer.runId},
               {QStringLiteral("offerId"), offer.id},
               {QStringLiteral("workerId"), offer.workerId},
               {QStringLiteral("rank"), offer.rank}});
    return {{QStringLiteral("run"), toJson(*s.dispatchStore.find(*offer.runId))}};
}

void stopActiveRun(Services &s, const HttpRequest &request, const Principal &actor, qint64 jobId,
                   const QString &cause)
{
    const auto run = s.dispatchStore.active(jobId);
    if (!run || !s.dispatchStore.end(run->id, DispatchRun::Status::Stopped, nowMs()))
        return;
    auditStep(s, request, actor, jobId, QStringLiteral("dispatch.stopped"),
              {{QStringLiteral("runId"), run->id},
               {QStringLiteral("offersMade"), run->offersMade},
               {QStringLiteral("cause"), cause}});
}

bool autoDispatchEnabled(Services &s)
{
    const auto stored = s.dispatchStore.setting(QStringLiteral("autoDispatch"));
    return stored ? *stored == QLatin1String("true") : s.config.autoDispatch;
}

Job autoDispatchNewJob(Services &s, const HttpRequest &request, const Principal &actor,
                       const Job &job)
{
    try {
        if (!autoDispatchEnabled(s))
            return job;
        WorkerPool pool = WorkerPool::load(s.db, QDateTime::currentDateTimeUtc());
        startDispatch(s, request, actor, job.id, defaultDispatchOptions(s), pool);
        return s.jobs.find(job.id).value_or(job);
    } catch (const ApiError &e) {
        qCWarning(lcDispatch) << "auto-dispatch of job" << job.id << "failed:" << e.problem.slug;
    } catch (const DbError &e) {
        qCWarning(lcDispatch) << "auto-dispatch of job" << job.id << "failed:" << e.what();
    }
    return job;
}

} // namespace jobdesk::server
