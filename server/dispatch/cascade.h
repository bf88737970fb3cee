#pragma once

#include "apisupport.h"
#include "dispatch.h"
#include "dispatchstore.h"
#include "jobevents.h"
#include "records.h"

#include <optional>

namespace jobdesk::server {

struct Services;
class WorkerPool;

// The offer cascade of docs/admin-api.md "Dispatch": a run offers a job to the
// best candidate, and on a decline or an expiry to the next one (re-ranked then),
// until one accepts or the short list is used up. Each step happens inside the
// transaction that closes the previous offer, so it happens exactly once.

struct DispatchOptions
{
    int windowSeconds = 15 * 60;
    int shortlistSize = 3;
};
DispatchOptions defaultDispatchOptions(const Services &s);

// Ranks every worker for the job as it is now. `runId` counts the workers that
// run has offered the job to as having declined it.
dispatch::Ranking rankJob(Services &s, const Job &job, const WorkerPool &pool,
                          std::optional<qint64> runId = std::nullopt);

struct DispatchStart
{
    enum class Outcome
    {
        Offered,      // the run started; `run` and `offer` are set
        NoCandidates, // nobody eligible: the job stays pending, flagged
        NotFound,
        NotPending, // the job is in another state
        Running,    // a cascade is already active for the job
        Changed,    // the job changed while this ran; nothing was done
    };
    Outcome outcome = Outcome::NotFound;
    Job job; // as read before the attempt (after it when a race was lost); unset for NotFound
    DispatchRun run;
    Offer offer;
    dispatch::Ranking ranking;
};

// Starts a cascade for a pending job. The job is claimed by its version
// (pending -> matching in saveJob), so of two runs racing for it one wins and
// the other sees Running or Changed; never two offers. A bulk run shares
// `pool` across its jobs, and each offer counts there for fairness.
DispatchStart startDispatch(Services &s, const HttpRequest &request, const Principal &actor,
                            qint64 jobId, const DispatchOptions &options, WorkerPool &pool);

// Hook of the offer code when an offer is declined or expires: when the offer
// belongs to an active run, closes it (with `closeRecord`, which claims the
// offer) and takes the run's next step in the same transaction: the next offer,
// or the end of the run with the job back in pending, flagged. Returns false
// when the offer is not a cascade's (the caller closes it as a direct offer).
bool continueCascade(Services &s, const HttpRequest &request, const Principal &actor,
                     const Job &job, const Offer &offer, OfferStatus status, const QString &reason,
                     const JobSideEffect &closeRecord);

// Hook of accepting an offer, inside its transaction: the offer's run (if it
// is still active) ends as accepted. Returns {run} for the event, or nothing.
QJsonObject settleAcceptedOffer(Services &s, const HttpRequest &request, const Principal &actor,
                                const Offer &offer);

// Hook of an admin taking over (assign, cancel, a direct offer, moving the job
// out of matching), inside that write's transaction: the active run stops.
void stopActiveRun(Services &s, const HttpRequest &request, const Principal &actor, qint64 jobId,
                   const QString &cause);

// The runtime auto-dispatch toggle (settings table; the configuration's default
// until an admin sets it).
bool autoDispatchEnabled(Services &s);
// With auto-dispatch on, starts a cascade for a job just created; returns the
// job as it is then. Never fails the creation.
Job autoDispatchNewJob(Services &s, const HttpRequest &request, const Principal &actor,
                       const Job &job);

} // namespace jobdesk::server
