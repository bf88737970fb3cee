#include "offerroutes.h"

#include "apisupport.h"
#include "cascade.h"
#include "codecs.h"
#include "fielderrors.h"
#include "jobevents.h"
#include "jsonreader.h"
#include "lifecycle.h"
#include "notifications.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOffers, "jobdesk.server.offers", QtInfoMsg)

namespace jobdesk::server {

namespace {

constexpr int DefaultWindowSeconds = 15 * 60;
const Principal System{0, Role::Admin, 0}; // the server itself: expiries

Job loadJob(Services &s, qint64 id)
{
    const auto job = s.jobs.find(id);
    if (!job)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
    return *job;
}

// The caller's own offer; anyone else's does not exist for them.
Offer loadOwnOffer(Services &s, const Principal &p, qint64 id)
{
    const auto offer = s.offers.find(id);
    if (!offer || (!p.isAdmin() && offer->workerId != p.userId))
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such offer"));
    return *offer;
}

QJsonObject offerEvent(const Offer &offer, const Job &job)
{
    return {{QStringLiteral("offer"), codec::toJson(offer)},
            {QStringLiteral("job"), codec::toJson(job)}};
}

// The offer ends (declined or expired): tell who must know, and when no other
// offer is pending, return the job to pending for an admin's attention.
void closeOffer(Services &s, const HttpRequest &request, const Principal &actor, Offer offer,
                OfferStatus status, const QString &reason)
{
    const Job job = loadJob(s, offer.jobId);
    const qint64 now = nowMs();
    const QString type = status == OfferStatus::Expired ? QStringLiteral("offer.expired")
                                                        : QStringLiteral("offer.declined");
    const auto record = [&](const Job &current) {
        if (!s.offers.respond(offer.id, status, reason, now))
            fail(409, QStringLiteral("offer-closed"),
                 QStringLiteral("This offer was already answered"));
        offer = *s.offers.find(offer.id);
        s.events.append(type, offerEvent(offer, current), current.id, offer.workerId);
        if (status == OfferStatus::Expired)
            notifyUser(s, offer.workerId, QStringLiteral("offer_expired"),
                       {{QStringLiteral("jobId"), current.id},
                        {QStringLiteral("offerId"), offer.id},
                        {QStringLiteral("title"), current.title}});
        return QJsonObject{{QStringLiteral("offer"), codec::toJson(offer)}};
    };
    if (continueCascade(s, request, actor, job, offer, status, reason, record))
        return; // a cascade's offer: its next step happened in the same transaction
    if (job.status == JobStatus::Matching && s.offers.pendingCount(job.id) <= 1) {
        Job after = job;
        after.status = JobStatus::Pending;
        after.needsAttention = true;
        saveJob(s, request, actor, job, after, QStringLiteral("offer.") + toString(status),
                QStringLiteral("job.transitioned"), reason, record);
        return;
    }
    Transaction tx(s.db);
    record(job);
    tx.commit();
}

HttpResponse createOffer(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const Job job = loadJob(s, idParam(request));
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto workerId = r.integer(QStringLiteral("workerId"), true, 1, 9007199254740991LL);
    const auto window = r.integer(QStringLiteral("windowSeconds"), false, 1, 86400);
    r.rejectUnknown({QStringLiteral("workerId"), QStringLiteral("windowSeconds")});
    if (!errors.isEmpty())
        failValidation(errors);
    requireActiveWorker(s, *workerId);
    if (job.status != JobStatus::Matching)
        checkMove(job, JobStatus::Matching, Actor::Admin);
    if (s.offers.hasPending(job.id, *workerId))
        fail(409, QStringLiteral("offer-exists"),
             QStringLiteral("This worker already has a pending offer for the job"));
    Offer offer;
    offer.jobId = job.id;
    offer.workerId = *workerId;
    offer.status = OfferStatus::Pending;
    offer.offeredAt = fromDb(nowMs());
    offer.expiresAt = offer.offeredAt.addSecs(window.value_or(DefaultWindowSeconds));
    Job after = job;
    after.status = JobStatus::Matching;
    after.needsAttention = false;
    saveJob(s, request, admin, job, after, QStringLiteral("offer.create"),
            job.status == JobStatus::Matching ? QStringLiteral("job.updated")
                                              : QStringLiteral("job.transitioned"),
            {}, [&](const Job &current) {
                stopActiveRun(s, request, admin, current.id, QStringLiteral("offer.create"));
                offer.id = s.offers.insert(offer);
                s.events.append(QStringLiteral("offer.created"), offerEvent(offer, current),
                                current.id, offer.workerId);
                notifyUser(s, offer.workerId, QStringLiteral("offer_received"),
                           {{QStringLiteral("jobId"), current.id},
                            {QStringLiteral("offerId"), offer.id},
                            {QStringLiteral("title"), current.title},
                            {QStringLiteral("expiresAt"), toWireTime(offer.expiresAt)}});
                return QJsonObject{{QStringLiteral("offer"), codec::toJson(offer)}};
            });
    return HttpResponse::json(201, codec::toJson(offer));
}

HttpResponse listOffers(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    OfferQuery q;
    q.limit = limitParam(request, 100, 500);
    q.jobId = int64Query(request, QStringLiteral("jobId"));
    q.workerId = p.isAdmin() ? int64Query(request, QStringLiteral("workerId"))
                             : std::optional<qint64>(p.userId);
    if (request.query.hasQueryItem(QStringLiteral("status"))) {
        q.status = offerStatusFromString(request.query.queryItemValue(QStringLiteral("status")));
        if (!q.status) {
            FieldErrors e;
            e.add(QStringLiteral("status"),
                  QStringLiteral("must be pending, accepted, declined, expired or withdrawn"));
            failValidation(e, QStringLiteral("Invalid query parameter."));
        }
    }
    QJsonArray items;
    for (const Offer &o : s.offers.list(q))
        items.append(codec::toJson(o));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void requireOpen(Services &s, const HttpRequest &request, const Offer &offer)
{
    if (offer.status != OfferStatus::Pending)
        fail(409, QStringLiteral("offer-closed"), QStringLiteral("This offer is no longer open"),
             QStringLiteral("It is %1.").arg(toString(offer.status)));
    if (offer.expiresAt.toMSecsSinceEpoch() <= nowMs()) {
        // The server clock decides; the sweep may not have run yet.
        closeOffer(s, request, System, offer, OfferStatus::Expired, QString());
        fail(409, QStringLiteral("offer-expired"),
             QStringLiteral("The acceptance window has closed"));
    }
}

HttpResponse acceptOffer(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    if (p.isAdmin())
        fail(403, QStringLiteral("forbidden"), QStringLiteral("Only the worker answers an offer"));
    const Offer offer = loadOwnOffer(s, p, idParam(request));
    requireOpen(s, request, offer);
    const Job job = loadJob(s, offer.jobId);
    checkMove(job, JobStatus::Assigned, Actor::System);
    Job after = job;
    after.status = JobStatus::Assigned;
    after.workerId = p.userId;
    after.needsAttention = false;
    return saveJob(s, request, p, job, after, QStringLiteral("offer.accept"),
                   QStringLiteral("job.assigned"), {}, [&](const Job &) {
                       if (!s.offers.respond(offer.id, OfferStatus::Accepted, QString(), nowMs()))
                           fail(409, QStringLiteral("offer-closed"),
                                QStringLiteral("This offer is no longer open"));
                       QJsonObject data = settleAcceptedOffer(s, request, p, offer);
                       data.insert(QStringLiteral("offerId"), offer.id);
                       return data;
                   });
}

HttpResponse declineOffer(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    if (p.isAdmin())
        fail(403, QStringLiteral("forbidden"), QStringLiteral("Only the worker answers an offer"));
    const Offer offer = loadOwnOffer(s, p, idParam(request));
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto reason = r.string(QStringLiteral("reason"), true, 1, 500);
    r.rejectUnknown({QStringLiteral("reason")});
    if (reason && reason->trimmed().isEmpty())
        errors.add(QStringLiteral("reason"), QStringLiteral("must not be empty"));
    if (!errors.isEmpty())
        failValidation(errors, QStringLiteral("Say why, so the next offer fits better."));
    requireOpen(s, request, offer);
    closeOffer(s, request, p, offer, OfferStatus::Declined, reason->trimmed());
    return HttpResponse::json(200, codec::toJson(*s.offers.find(offer.id)));
}

} // namespace

int expireDueOffers(Services &s)
{
    int expired = 0;
    const HttpRequest none;
    for (const Offer &offer : s.offers.due(nowMs(), 100)) {
        try {
            closeOffer(s, none, System, offer, OfferStatus::Expired, QString());
            ++expired;
        } catch (const ApiError &) {
            // Answered or withdrawn between the scan and the claim: nothing to do.
        } catch (const DbError &e) {
            qCWarning(lcOffers) << "expiring offer" << offer.id << "failed:" << e.what();
        }
    }
    return expired;
}

void registerOfferRoutes(Router &router, Services &s)
{
    route(
        router, "POST", QStringLiteral("/api/v1/jobs/{id}/offers"),
        [&s](HttpRequest &r) { return createOffer(s, r); }, RouteOptions{4 * 1024});
    route(router, "GET", QStringLiteral("/api/v1/offers"),
          [&s](HttpRequest &r) { return listOffers(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/offers/{id}/accept"),
        [&s](HttpRequest &r) { return acceptOffer(s, r); }, RouteOptions{4 * 1024});
    route(
        router, "POST", QStringLiteral("/api/v1/offers/{id}/decline"),
        [&s](HttpRequest &r) { return declineOffer(s, r); }, RouteOptions{4 * 1024});
}

} // namespace jobdesk::server
