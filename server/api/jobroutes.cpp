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

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace jobdesk::server {

namespace {

Job loadJob(Services &s, qint64 id)
{
    auto job = s.jobs.find(id);
    if (!job)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
    return *job;
}

// A worker only learns of jobs offered or assigned to them: anything else is 404.
Job loadVisibleJob(Services &s, const Principal &p, qint64 id)
{
    if (!p.isAdmin() && !s.jobs.isVisibleTo(id, p.userId))
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
    return loadJob(s, id);
}

HttpResponse jobResponse(int status, const Job &job)
{
    return HttpResponse::json(status, codec::toJson(job))
        .withHeader(QByteArrayLiteral("ETag"), etag(job.version));
}

void applyInput(Job &job, const JobInput &in)
{
    if (in.title)
        job.title = in.title->trimmed();
    if (in.description)
        job.description = *in.description;
    if (in.clientRef)
        job.clientRef = *in.clientRef;
    if (in.category)
        job.category = *in.category;
    if (in.requiredSkills)
        job.requiredSkills = *in.requiredSkills;
    if (in.urgency)
        job.urgency = *in.urgency;
    if (in.estimateMinutes)
        job.estimateMinutes = *in.estimateMinutes;
    if (in.dueAt)
        job.dueAt = *in.dueAt;
}

HttpResponse listJobs(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    JobQuery q;
    FieldErrors errors;
    q.limit = limitParam(request, 50, 200);
    const QString statuses = textQuery(request, QStringLiteral("status"));
    for (const QString &name : statuses.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto st = jobStatusFromString(name.trimmed()))
            q.statuses << *st;
        else
            errors.add(QStringLiteral("status"), QStringLiteral("unknown status '%1'").arg(name));
    }
    if (request.query.hasQueryItem(QStringLiteral("urgency"))) {
        q.urgency = urgencyFromString(request.query.queryItemValue(QStringLiteral("urgency")));
        if (!q.urgency)
            errors.add(QStringLiteral("urgency"),
                       QStringLiteral("must be low, normal, high or critical"));
    }
    if (request.query.hasQueryItem(QStringLiteral("needsAttention")))
        q.needsAttention =
            request.query.queryItemValue(QStringLiteral("needsAttention")) == QLatin1String("true");
    q.workerId = int64Query(request, QStringLiteral("workerId"));
    q.skill = textQuery(request, QStringLiteral("skill"), 64);
    q.text = textQuery(request, QStringLiteral("q"));
    const QString sort = request.query.queryItemValue(QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        q.descending = sort.startsWith(QLatin1Char('-'));
        const QString key = q.descending ? sort.mid(1) : sort;
        if (key == QLatin1String("createdAt"))
            q.sortKey = JobQuery::SortKey::CreatedAt;
        else if (key == QLatin1String("updatedAt"))
            q.sortKey = JobQuery::SortKey::UpdatedAt;
        else if (key == QLatin1String("dueAt"))
            q.sortKey = JobQuery::SortKey::DueAt;
        else if (key == QLatin1String("id"))
            q.sortKey = JobQuery::SortKey::Id;
        else
            errors.add(QStringLiteral("sort"),
                       QStringLiteral("must be createdAt, updatedAt, dueAt or id, with an "
                                      "optional leading '-'"));
    }
    if (!errors.isEmpty())
        failValidation(errors, QStringLiteral("Invalid query parameter."));
    if (!p.isAdmin())
        q.visibleTo = p.userId;
    // The cursor carries the sort it was made for, so it cannot be replayed on another.
    const QString sortName = sort.isEmpty() ? QStringLiteral("-createdAt") : sort;
    const QJsonArray cursor = decodeCursor(request, 3);
    if (!cursor.isEmpty()) {
        if (cursor.at(0).toString() != sortName) {
            FieldErrors e;
            e.add(QStringLiteral("cursor"), QStringLiteral("was made for another sort order"));
            failValidation(e, QStringLiteral("Invalid query parameter."));
        }
        q.after = std::make_pair(qint64(cursor.at(1).toDouble()), qint64(cursor.at(2).toDouble()));
    }
    // The same question from the same viewer has the same answer until the event log moves.
    const QByteArray key = (p.isAdmin() ? QByteArray("a") : 'w' + QByteArray::number(p.userId))
                           + '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
    if (const auto cached = s.responses.find(key, p.generation))
        return HttpResponse::raw(200, QByteArrayLiteral("application/json"), *cached);
    const JobPage page = s.jobs.list(q);
    QJsonArray items;
    for (const Job &j : page.items)
        items.append(codec::toJson(j));
    QJsonValue next = QJsonValue::Null;
    if (page.next)
        next = encodeCursor({sortName, double(page.next->first), double(page.next->second)});
    HttpResponse response = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}});
    s.responses.insert(key, p.generation, response.body);
    return response;
}

HttpResponse createJob(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const QJsonObject body = jsonBody(request);
    const QString key = QString::fromUtf8(request.header("Idempotency-Key")).trimmed();
    if (key.size() > 200)
        fail(400, QStringLiteral("bad-idempotency-key"),
             QStringLiteral("Idempotency-Key is too long"),
             QStringLiteral("At most 200 characters."));
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    if (!key.isEmpty()) {
        if (const auto stored = s.idempotency.find(admin.userId, key)) {
            if (stored->requestHash != requestHash)
                fail(422, QStringLiteral("idempotency-key-reused"),
                     QStringLiteral("This Idempotency-Key was used for another request"));
            return HttpResponse::raw(stored->status, QByteArrayLiteral("application/json"),
                                     stored->body)
                .withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        }
    }
    FieldErrors errors;
    const auto input = codec::jobInputFromJson(body, codec::Mode::Create, errors);
    if (!input)
        failValidation(errors);
    Job job;
    applyInput(job, *input);
    job.status = JobStatus::Pending;
    job.createdBy = admin.userId;
    job.createdAt = job.updatedAt = QDateTime::currentDateTimeUtc();

    Transaction tx(s.db);
    job.id = s.jobs.create(job);
    const Job saved = loadJob(s, job.id);
    const QJsonObject json = codec::toJson(saved);
    s.audit.record(admin.userId, QStringLiteral("job.create"), QStringLiteral("job"),
                   QString::number(saved.id), QJsonValue::Null, json, clientAddress(request));
    publishJob(s, QStringLiteral("job.created"), saved);
    if (!key.isEmpty())
        s.idempotency.save(admin.userId, key, requestHash, 201,
                           QJsonDocument(json).toJson(QJsonDocument::Compact));
    tx.commit();
    return jobResponse(201, autoDispatchNewJob(s, request, admin, saved));
}

HttpResponse patchJob(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const Job before = loadJob(s, idParam(request));
    const QJsonObject body = jsonBody(request);
    checkIfMatch(request, before.version, codec::toJson(before));
    if (Lifecycle::isTerminal(before.status))
        fail(409, QStringLiteral("job-closed"), QStringLiteral("This job can no longer be edited"),
             QStringLiteral("The job is %1.").arg(toString(before.status)));
    FieldErrors errors;
    const auto input = codec::jobInputFromJson(body, codec::Mode::Patch, errors);
    if (!input)
        failValidation(errors);
    Job after = before;
    applyInput(after, *input);
    return saveJob(s, request, admin, before, after, QStringLiteral("job.update"),
                   QStringLiteral("job.updated"));
}

std::optional<JobStatus> targetFrom(const QJsonObject &body, QString *note,
                                    std::optional<int> *rating)
{
    FieldErrors errors;
    JsonReader r(body, errors);
    const QString ratingKey = QStringLiteral("rating");
    const auto to = r.string(QStringLiteral("to"), true);
    const auto n = r.string(QStringLiteral("note"), false, 0, 2000);
    const auto stars = r.isNull(ratingKey) ? std::nullopt : r.integer(ratingKey, false, 1, 5);
    r.rejectUnknown({QStringLiteral("to"), QStringLiteral("note"), ratingKey});
    std::optional<JobStatus> target;
    if (to) {
        target = jobStatusFromString(*to);
        if (!target)
            errors.add(QStringLiteral("to"), QStringLiteral("is not a job status"));
    }
    // The review's verdict: a rating goes with approval, a revision needs its reason.
    if (stars && target && *target != JobStatus::Completed)
        errors.add(ratingKey, QStringLiteral("is only given when approving (to: completed)"));
    if (target == JobStatus::Revision && n.value_or(QString()).trimmed().isEmpty())
        errors.add(QStringLiteral("note"), QStringLiteral("is required to request a revision"));
    if (!errors.isEmpty())
        failValidation(errors);
    *note = n.value_or(QString());
    if (stars)
        *rating = int(*stars);
    return target;
}

HttpResponse transition(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const Job before = loadVisibleJob(s, p, idParam(request));
    const QJsonObject body = jsonBody(request);
    if (request.hasHeader("If-Match"))
        checkIfMatch(request, before.version, codec::toJson(before));
    QString note;
    std::optional<int> rating;
    const JobStatus to = *targetFrom(body, &note, &rating);
    const Actor actor = p.isAdmin() ? Actor::Admin : Actor::Worker;
    if (actor == Actor::Worker && before.workerId != p.userId)
        fail(403, QStringLiteral("not-your-job"),
             QStringLiteral("This job is not assigned to you"));
    if (Lifecycle::needsWorker(to))
        fail(409, QStringLiteral("use-assign"), QStringLiteral("Assigning needs a worker"),
             QStringLiteral("Use POST /api/v1/jobs/{id}/assign with a workerId."));
    checkMove(before, to, actor);
    Job after = before;
    after.status = to;
    if (to == JobStatus::Pending)
        after.workerId.reset();
    if (to == JobStatus::Revision)
        ++after.revisionCount;
    if (rating)
        after.rating = rating;
    if (to == JobStatus::Pending || to == JobStatus::Cancelled || to == JobStatus::Assigned)
        after.needsAttention = false;
    JobSideEffect review;
    const bool verdict = before.status == JobStatus::Review && !note.isEmpty();
    const bool revision = to == JobStatus::Revision && after.workerId;
    if (verdict || revision) {
        review = [&s, &note, verdict, revision](const Job &job) {
            // The admin's verdict on the submitted version (revision or approval).
            if (verdict)
                s.deliverables.setReviewNote(job.id, note);
            if (revision)
                notifyUser(s, *job.workerId, QStringLiteral("revision_requested"),
                           {{QStringLiteral("jobId"), job.id},
                            {QStringLiteral("title"), job.title},
                            {QStringLiteral("note"), note}});
            return QJsonObject();
        };
    }
    return saveJob(s, request, p, before, after, QStringLiteral("job.transition"),
                   QStringLiteral("job.transitioned"), note, review);
}

HttpResponse assign(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const Job before = loadJob(s, idParam(request));
    const QJsonObject body = jsonBody(request);
    if (request.hasHeader("If-Match"))
        checkIfMatch(request, before.version, codec::toJson(before));
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto workerId = r.integer(QStringLiteral("workerId"), true, 1, 9007199254740991LL);
    const auto note = r.string(QStringLiteral("note"), false, 0, 2000);
    r.rejectUnknown({QStringLiteral("workerId"), QStringLiteral("note")});
    if (!errors.isEmpty())
        failValidation(errors);
    requireActiveWorker(s, *workerId);
    checkMove(before, JobStatus::Assigned, Actor::Admin);
    Job after = before;
    after.status = JobStatus::Assigned;
    after.workerId = *workerId;
    after.needsAttention = false;
    return saveJob(s, request, admin, before, after, QStringLiteral("job.assign"),
                   QStringLiteral("job.assigned"), note.value_or(QString()));
}

HttpResponse cancel(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const Job before = loadJob(s, idParam(request));
    QString reason;
    if (!request.body.isEmpty()) {
        const QJsonObject body = jsonBody(request);
        FieldErrors errors;
        JsonReader r(body, errors);
        reason = r.string(QStringLiteral("reason"), false, 0, 2000).value_or(QString());
        r.rejectUnknown({QStringLiteral("reason")});
        if (!errors.isEmpty())
            failValidation(errors);
    }
    if (request.hasHeader("If-Match"))
        checkIfMatch(request, before.version, codec::toJson(before));
    checkMove(before, JobStatus::Cancelled, Actor::Admin);
    Job after = before;
    after.status = JobStatus::Cancelled;
    after.needsAttention = false;
    return saveJob(s, request, admin, before, after, QStringLiteral("job.cancel"),
                   QStringLiteral("job.cancelled"), reason);
}

} // namespace

void registerJobRoutes(Router &router, Services &s)
{
    const RouteOptions jobBody{256 * 1024};
    route(router, "GET", QStringLiteral("/api/v1/jobs"),
          [&s](HttpRequest &r) { return listJobs(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/jobs"),
        [&s](HttpRequest &r) { return createJob(s, r); }, jobBody);
    route(router, "GET", QStringLiteral("/api/v1/jobs/{id}"), [&s](HttpRequest &r) {
        const Principal p = authenticate(s, r);
        return jobResponse(200, loadVisibleJob(s, p, idParam(r)));
    });
    route(
        router, "PATCH", QStringLiteral("/api/v1/jobs/{id}"),
        [&s](HttpRequest &r) { return patchJob(s, r); }, jobBody);
    route(router, "POST", QStringLiteral("/api/v1/jobs/{id}/transitions"),
          [&s](HttpRequest &r) { return transition(s, r); });
    route(router, "POST", QStringLiteral("/api/v1/jobs/{id}/assign"),
          [&s](HttpRequest &r) { return assign(s, r); });
    route(router, "POST", QStringLiteral("/api/v1/jobs/{id}/cancel"),
          [&s](HttpRequest &r) { return cancel(s, r); });
}

} // namespace jobdesk::server
