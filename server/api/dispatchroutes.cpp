// The dispatch engine's routes (docs/admin-api.md "Dispatch"): candidates of a
// job, starting a cascade for one job or many, the dispatch settings, and the
// worker statistics the console shows next to a ranking. All admin-only.
#include "apisupport.h"
#include "cascade.h"
#include "codecs.h"
#include "dispatchjson.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "lifecycle.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"
#include "workerpool.h"
#include "workerstats.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcDispatchApi, "jobdesk.server.dispatch.api", QtInfoMsg)

namespace jobdesk::server {

namespace {

constexpr int MaxBulkJobs = 1000;
constexpr int BulkBatch = 25; // jobs per transaction of a bulk run
constexpr qint64 MaxId = 9007199254740991LL;
const QString AutoDispatchKey = QStringLiteral("autoDispatch");

HttpResponse candidates(Services &s, HttpRequest &request)
{
    requireAdmin(s, request);
    const auto job = s.jobs.find(idParam(request));
    if (!job)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const WorkerPool pool = WorkerPool::load(s.db, now);
    const auto run = s.dispatchStore.active(job->id);
    const dispatch::Ranking ranking =
        rankJob(s, *job, pool, run ? std::optional<qint64>(run->id) : std::nullopt);
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("jobId"), job->id},
                         {QStringLiteral("computedAt"), toWireTime(now)},
                         {QStringLiteral("weights"), weightsJson(s.config.dispatchWeights)},
                         {QStringLiteral("ranked"), rankedJson(ranking.ranked)},
                         {QStringLiteral("excluded"), excludedJson(ranking.excluded)}});
}

DispatchOptions readOptions(Services &s, const HttpRequest &request)
{
    DispatchOptions options = defaultDispatchOptions(s);
    if (request.body.isEmpty())
        return options;
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto window = r.integer(QStringLiteral("windowSeconds"), false, 1, 86400);
    const auto shortlist = r.integer(QStringLiteral("shortlistSize"), false, 1, 50);
    r.rejectUnknown({QStringLiteral("windowSeconds"), QStringLiteral("shortlistSize")});
    if (!errors.isEmpty())
        failValidation(errors);
    if (window)
        options.windowSeconds = int(*window);
    if (shortlist)
        options.shortlistSize = int(*shortlist);
    return options;
}

// The answer to a cascade that did not start.
[[noreturn]] void failStart(const DispatchStart &r)
{
    using O = DispatchStart::Outcome;
    switch (r.outcome) {
    case O::NoCandidates: {
        Problem p{409,
                  QStringLiteral("no-candidates"),
                  QStringLiteral("Nobody is eligible for this job"),
                  QStringLiteral("%1 worker(s) excluded; the job stays pending, flagged for "
                                 "attention.")
                      .arg(r.ranking.excluded.size()),
                  {},
                  {}};
        p.extra.insert(QStringLiteral("excluded"), excludedJson(r.ranking.excluded));
        p.extra.insert(QStringLiteral("job"), codec::toJson(r.job));
        throw ApiError{p};
    }
    case O::Running:
        fail(409, QStringLiteral("dispatch-running"),
             QStringLiteral("A cascade is already running for this job"),
             QStringLiteral("It ends when an offer is accepted, the short list is used up or an "
                            "admin assigns, cancels or offers the job directly."));
    case O::NotPending:
    case O::Changed:
        if (r.job.status != JobStatus::Pending)
            checkMove(r.job, JobStatus::Matching, Actor::Admin);
        fail(412, QStringLiteral("stale-version"),
             QStringLiteral("The job changed while it was dispatched"),
             QStringLiteral("Reload it and try again."));
    case O::NotFound:
    case O::Offered:
        break;
    }
    fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
}

HttpResponse dispatchJob(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const qint64 id = idParam(request);
    const DispatchOptions options = readOptions(s, request);
    WorkerPool pool = WorkerPool::load(s.db, QDateTime::currentDateTimeUtc());
    DispatchStart r = startDispatch(s, request, admin, id, options, pool);
    if (r.outcome == DispatchStart::Outcome::Offered ||
        r.outcome == DispatchStart::Outcome::NoCandidates)
        r.job = s.jobs.find(id).value_or(r.job); // as the step left it
    if (r.outcome != DispatchStart::Outcome::Offered)
        failStart(r);
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("run"), toJson(r.run)},
                                               {QStringLiteral("job"), codec::toJson(r.job)},
                                               {QStringLiteral("offer"), codec::toJson(r.offer)}});
}

QList<qint64> bulkJobIds(Services &s, const QJsonObject &body)
{
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto ids = r.array(QStringLiteral("jobIds"), false, MaxBulkJobs);
    const auto all = r.boolean(QStringLiteral("allPending"), false);
    r.rejectUnknown({QStringLiteral("jobIds"), QStringLiteral("allPending")});
    QList<qint64> jobIds;
    if (ids) {
        if (ids->isEmpty())
            errors.add(QStringLiteral("jobIds"),
                       QStringLiteral("must name 1 to %1 jobs").arg(MaxBulkJobs));
        for (qsizetype i = 0; i < ids->size(); ++i) {
            const double v = ids->at(i).toDouble(-1);
            if (!ids->at(i).isDouble() || v < 1 || v > double(MaxId) || std::floor(v) != v)
                errors.add(QStringLiteral("jobIds[%1]").arg(i), QStringLiteral("is not a job id"));
            else
                jobIds.append(qint64(v));
        }
    }
    if (all && !*all)
        errors.add(QStringLiteral("allPending"), QStringLiteral("must be true when given"));
    if (ids && all)
        errors.add(QStringLiteral("allPending"),
                   QStringLiteral("give either jobIds or allPending, not both"));
    if (!ids && !all && !errors.has(QStringLiteral("allPending")))
        errors.add(QStringLiteral("jobIds"),
                   QStringLiteral("is required unless allPending is true"));
    if (!errors.isEmpty())
        failValidation(errors);
    if (all) {
        // Pending and not flagged: a job an earlier cascade fell through for waits
        // for an admin, who may name it in jobIds.
        QSqlQuery &q = s.db.exec(QStringLiteral(
            "SELECT id FROM jobs WHERE status = 'pending' AND needs_attention = 0 ORDER BY id"));
        while (q.next())
            jobIds.append(q.value(0).toLongLong());
        q.finish();
    }
    return jobIds;
}

QJsonObject bulkItem(qint64 jobId, const DispatchStart &r)
{
    using O = DispatchStart::Outcome;
    QJsonObject item{{QStringLiteral("jobId"), jobId}};
    const auto skipped = [&item](const QString &why) {
        item.insert(QStringLiteral("outcome"), QStringLiteral("skipped"));
        item.insert(QStringLiteral("detail"), why);
    };
    switch (r.outcome) {
    case O::Offered:
        item.insert(QStringLiteral("outcome"), QStringLiteral("offered"));
        item.insert(QStringLiteral("offerId"), r.offer.id);
        item.insert(QStringLiteral("workerId"), r.offer.workerId);
        break;
    case O::NoCandidates:
        item.insert(QStringLiteral("outcome"), QStringLiteral("no-candidates"));
        item.insert(QStringLiteral("detail"),
                    QStringLiteral("%1 worker(s) excluded").arg(r.ranking.excluded.size()));
        break;
    case O::NotFound:
        skipped(QStringLiteral("no such job"));
        break;
    case O::NotPending:
        skipped(QStringLiteral("not pending (%1)").arg(toString(r.job.status)));
        break;
    case O::Running:
        skipped(QStringLiteral("a cascade is already running"));
        break;
    case O::Changed:
        skipped(QStringLiteral("the job changed meanwhile"));
        break;
    }
    return item;
}

HttpResponse runBulk(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const QList<qint64> jobIds = bulkJobIds(s, jsonBody(request));
    const DispatchOptions options = defaultDispatchOptions(s);
    // One pool for the whole run: each offer made counts for fairness in the
    // jobs after it, so a bulk run spreads the work.
    WorkerPool pool = WorkerPool::load(s.db, QDateTime::currentDateTimeUtc());
    const auto skipped = [](qint64 id, const QString &why) {
        return QJsonObject{{QStringLiteral("jobId"), id},
                           {QStringLiteral("outcome"), QStringLiteral("skipped")},
                           {QStringLiteral("detail"), why}};
    };
    const QString busy = QStringLiteral("the database was busy; try again");
    QJsonArray items;
    // Jobs go in batches, each in one transaction that holds the write lock for a
    // few milliseconds: every job is still its own step (a savepoint that rolls
    // back alone), but a thousand jobs cost a few dozen commits, not a thousand.
    for (qsizetype from = 0; from < jobIds.size(); from += BulkBatch) {
        const QList<qint64> batch = jobIds.mid(from, BulkBatch);
        QJsonArray done;
        try {
            Transaction tx(s.db, true);
            for (const qint64 id : batch) {
                try {
                    done.append(bulkItem(id, startDispatch(s, request, admin, id, options, pool)));
                } catch (const ApiError &e) {
                    done.append(skipped(id, e.problem.title));
                } catch (const DbError &e) {
                    qCWarning(lcDispatchApi)
                        << "bulk dispatch of job" << id << "failed:" << e.what();
                    done.append(skipped(id, busy));
                }
            }
            tx.commit();
        } catch (const DbError &e) {
            qCWarning(lcDispatchApi) << "bulk dispatch batch failed:" << e.what();
            done = QJsonArray();
            for (const qint64 id : batch)
                done.append(skipped(id, busy));
        }
        for (const QJsonValue &item : std::as_const(done))
            items.append(item);
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

QJsonObject settingsJson(Services &s)
{
    return QJsonObject{{QStringLiteral("weights"), weightsJson(s.config.dispatchWeights)},
                       {QStringLiteral("offerWindowSeconds"), s.config.dispatchWindowSeconds},
                       {QStringLiteral("shortlistSize"), s.config.dispatchShortlist},
                       {QStringLiteral("autoDispatch"), autoDispatchEnabled(s)}};
}

HttpResponse putSettings(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto autoDispatch = r.boolean(AutoDispatchKey, true);
    for (const QString &key : body.keys()) {
        if (key == QLatin1String("weights") || key == QLatin1String("offerWindowSeconds") ||
            key == QLatin1String("shortlistSize"))
            errors.add(key, QStringLiteral("is server configuration ([dispatch] in the config "
                                           "file), not a runtime setting"));
        else if (key != AutoDispatchKey)
            errors.add(key, QStringLiteral("unknown field"));
    }
    if (!errors.isEmpty())
        failValidation(errors);
    const QJsonObject before = settingsJson(s);
    Transaction tx(s.db);
    s.dispatchStore.setSetting(AutoDispatchKey,
                               *autoDispatch ? QStringLiteral("true") : QStringLiteral("false"),
                               admin.userId, nowMs());
    const QJsonObject after = settingsJson(s);
    s.audit.record(admin.userId, QStringLiteral("dispatch.settings"), QStringLiteral("settings"),
                   QStringLiteral("dispatch"), before, after, clientAddress(request));
    s.events.append(
        QStringLiteral("dispatch.settings"),
        {{QStringLiteral("settings"), after}, {QStringLiteral("actorId"), admin.userId}},
        std::nullopt, std::nullopt);
    tx.commit();
    return HttpResponse::json(200, after);
}

HttpResponse stats(Services &s, HttpRequest &request)
{
    requireAdmin(s, request);
    const auto workerId = int64Query(request, QStringLiteral("workerId"));
    const QJsonArray items = workerStats(s.db, QDateTime::currentDateTimeUtc(), workerId);
    if (workerId && items.isEmpty())
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such worker"));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace

void registerDispatchRoutes(Router &router, Services &s)
{
    route(router, "GET", QStringLiteral("/api/v1/jobs/{id}/candidates"),
          [&s](HttpRequest &r) { return candidates(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/jobs/{id}/dispatch"),
        [&s](HttpRequest &r) { return dispatchJob(s, r); }, RouteOptions{4 * 1024});
    route(
        router, "POST", QStringLiteral("/api/v1/dispatch/run"),
        [&s](HttpRequest &r) { return runBulk(s, r); }, RouteOptions{64 * 1024});
    route(router, "GET", QStringLiteral("/api/v1/dispatch/settings"), [&s](HttpRequest &r) {
        requireAdmin(s, r);
        return HttpResponse::json(200, settingsJson(s));
    });
    route(
        router, "PUT", QStringLiteral("/api/v1/dispatch/settings"),
        [&s](HttpRequest &r) { return putSettings(s, r); }, RouteOptions{4 * 1024});
    route(router, "GET", QStringLiteral("/api/v1/workers/stats"),
          [&s](HttpRequest &r) { return stats(s, r); });
}

} // namespace jobdesk::server
