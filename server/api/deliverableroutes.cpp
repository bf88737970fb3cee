// Deliverable versions, client attachments and file downloads: uploads that
// are complete join a job here.
#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "filenames.h"
#include "jobevents.h"
#include "jsonreader.h"
#include "lifecycle.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace jobdesk::server {

namespace {

constexpr int MaxFilesPerDeliverable = 20;

[[noreturn]] void failNoJob()
{
    fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
}

// Why `id` may not join the job as `purpose` from `owner`; empty when it may.
QString unusableReason(Services &s, const QString &id, qint64 jobId, qint64 owner,
                       const QString &purpose)
{
    const auto u = QUuid::fromString(id).isNull() ? std::nullopt : s.uploads.find(id);
    if (!u || u->ownerId != owner || u->jobId != jobId || u->purpose != purpose)
        return QStringLiteral("is not an upload of yours for this job");
    if (u->status != Upload::Status::Complete)
        return QStringLiteral("is not complete");
    if (s.uploads.isLinked(id))
        return QStringLiteral("was already used");
    return {};
}

HttpResponse submitDeliverable(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const qint64 jobId = idParam(request);
    if (!p.isAdmin() && !s.jobs.isVisibleTo(jobId, p.userId))
        failNoJob();
    const auto job = s.jobs.find(jobId);
    if (!job)
        failNoJob();
    const QJsonObject body = jsonBody(request);
    if (p.isAdmin() || job->workerId != p.userId)
        fail(403, QStringLiteral("not-your-job"),
             QStringLiteral("Only the job's worker submits deliverables"));
    if (request.hasHeader("If-Match"))
        checkIfMatch(request, job->version, codec::toJson(*job));
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto ids = r.array(QStringLiteral("uploadIds"), true, MaxFilesPerDeliverable);
    const auto note = r.string(QStringLiteral("note"), false, 0, 2000);
    r.rejectUnknown({QStringLiteral("uploadIds"), QStringLiteral("note")});
    QStringList uploadIds;
    if (ids && ids->isEmpty())
        errors.add(QStringLiteral("uploadIds"), QStringLiteral("must name at least one upload"));
    for (qsizetype i = 0; ids && i < ids->size(); ++i) {
        const QString field = QStringLiteral("uploadIds[%1]").arg(i);
        const QString id = ids->at(i).toString();
        if (!ids->at(i).isString())
            errors.add(field, QStringLiteral("must be an upload id"));
        else if (uploadIds.contains(id))
            errors.add(field, QStringLiteral("is listed twice"));
        else if (const QString why =
                     unusableReason(s, id, jobId, p.userId, QStringLiteral("deliverable"));
                 !why.isEmpty())
            errors.add(field, why);
        uploadIds.append(id);
    }
    if (!errors.isEmpty())
        failValidation(errors);
    checkMove(*job, JobStatus::Review, Actor::Worker);

    Deliverable d;
    d.jobId = jobId;
    d.note = note.value_or(QString());
    d.submittedBy = p.userId;
    d.submittedAt = QDateTime::currentDateTimeUtc();
    Job after = *job;
    after.status = JobStatus::Review;
    saveJob(s, request, p, *job, after, QStringLiteral("job.submit"),
            QStringLiteral("job.submitted"), QString(), [&s, &d, &uploadIds](const Job &) {
                s.deliverables.create(d, uploadIds);
                return QJsonObject{{QStringLiteral("deliverable"), codec::toJson(d)}};
            });
    return HttpResponse::json(201, codec::toJson(d));
}

HttpResponse listDeliverables(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const auto job = s.jobs.find(idParam(request));
    if (!job || (!p.isAdmin() && job->workerId != p.userId))
        failNoJob();
    QJsonArray items;
    for (const Deliverable &d : s.deliverables.list(job->id))
        items.append(codec::toJson(d));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse addAttachment(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const auto job = s.jobs.find(idParam(request));
    if (!job)
        failNoJob();
    const QJsonObject body = jsonBody(request);
    if (request.hasHeader("If-Match"))
        checkIfMatch(request, job->version, codec::toJson(*job));
    if (Lifecycle::isTerminal(job->status))
        fail(409, QStringLiteral("job-closed"), QStringLiteral("This job can no longer be edited"),
             QStringLiteral("The job is %1.").arg(toString(job->status)));
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto id = r.string(QStringLiteral("uploadId"), true, 1, 64);
    r.rejectUnknown({QStringLiteral("uploadId")});
    if (id) {
        const QString why =
            unusableReason(s, *id, job->id, admin.userId, QStringLiteral("attachment"));
        if (!why.isEmpty())
            errors.add(QStringLiteral("uploadId"), why);
    }
    if (!errors.isEmpty())
        failValidation(errors);
    const Upload u = *s.uploads.find(*id);
    // An unchanged job row still gets a new version, so caches and ETags move on.
    return saveJob(s, request, admin, *job, *job, QStringLiteral("job.attach"),
                   QStringLiteral("job.updated"), QString(), [&s, &u](const Job &) {
                       s.db.exec(QStringLiteral("INSERT INTO job_attachments (id, job_id, name, "
                                                "size, sha256, created_at) VALUES "
                                                "(?, ?, ?, ?, ?, ?)"),
                                 {u.id, u.jobId, u.filename, u.size, u.sha256, nowMs()});
                       return QJsonObject{{QStringLiteral("attachmentId"), u.id}};
                   });
}

HttpResponse downloadFile(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const QString id = request.param(QStringLiteral("id"));
    const auto u = QUuid::fromString(id).isNull() ? std::nullopt : s.uploads.find(id);
    bool allowed =
        u && u->status == Upload::Status::Complete && (p.isAdmin() || u->ownerId == p.userId);
    if (u && !allowed && u->status == Upload::Status::Complete && s.uploads.isLinked(u->id)) {
        // The job's worker reads its attachments and the deliverables on it.
        const auto job = s.jobs.find(u->jobId);
        allowed = job && job->workerId == p.userId;
    }
    const QString path = u ? s.files.path(u->storageName) : QString();
    if (!allowed || path.isEmpty() || QFileInfo(path).size() < u->size)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such file"));
    const QByteArray digest = QByteArray::fromHex(u->sha256.toLatin1()).toBase64();
    return HttpResponse::file(QByteArrayLiteral("application/octet-stream"), path, u->size)
        .withHeader(QByteArrayLiteral("Content-Disposition"), contentDisposition(u->filename))
        .withHeader(QByteArrayLiteral("Repr-Digest"), "sha-256=:" + digest + ':')
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store"));
}

} // namespace

void registerDeliverableRoutes(Router &router, Services &s)
{
    route(router, "POST", QStringLiteral("/api/v1/jobs/{id}/deliverables"),
          [&s](HttpRequest &r) { return submitDeliverable(s, r); });
    route(router, "GET", QStringLiteral("/api/v1/jobs/{id}/deliverables"),
          [&s](HttpRequest &r) { return listDeliverables(s, r); });
    route(router, "POST", QStringLiteral("/api/v1/jobs/{id}/attachments"),
          [&s](HttpRequest &r) { return addAttachment(s, r); });
    route(router, "GET", QStringLiteral("/api/v1/files/{id}"),
          [&s](HttpRequest &r) { return downloadFile(s, r); });
}

} // namespace jobdesk::server
