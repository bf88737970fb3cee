#include "jobevents.h"

#include "cascade.h"
#include "codecs.h"
#include "fielderrors.h"
#include "database.h"
#include "lifecycle.h"
#include "services.h"
#include "timecodec.h"

#include <QDateTime>
#include <QJsonArray>

namespace jobdesk::server {

void checkMove(const Job &job, JobStatus to, Actor actor)
{
    const auto verdict = Lifecycle::check(job.status, to, actor);
    if (verdict == Lifecycle::Verdict::Allowed)
        return;
    QJsonArray allowed;
    for (JobStatus t : Lifecycle::targets(job.status, actor))
        allowed.append(toString(t));
    const bool forbidden = verdict == Lifecycle::Verdict::ForbiddenForActor;
    Problem p{forbidden ? 403 : 409,
              forbidden ? QStringLiteral("transition-forbidden")
                        : QStringLiteral("illegal-transition"),
              forbidden ? QStringLiteral("Your role may not make this move")
                        : QStringLiteral("The job cannot move there from its current state"),
              QStringLiteral("%1 -> %2").arg(toString(job.status), toString(to)),
              {},
              {}};
    p.extra.insert(QStringLiteral("from"), toString(job.status));
    p.extra.insert(QStringLiteral("to"), toString(to));
    p.extra.insert(QStringLiteral("allowed"), allowed);
    throw ApiError{p};
}

void requireActiveWorker(Services &s, qint64 workerId)
{
    const auto worker = s.users.find(workerId);
    if (!worker || worker->role != Role::Worker || worker->status != AccountStatus::Active) {
        FieldErrors errors;
        errors.add(QStringLiteral("workerId"), QStringLiteral("is not an active worker"));
        failValidation(errors);
    }
}

void publishJob(Services &s, const QString &type, const Job &job, QJsonObject extra)
{
    extra.insert(QStringLiteral("job"), codec::toJson(job));
    s.events.append(type, extra, job.id, job.workerId);
}

HttpResponse saveJob(Services &s, const HttpRequest &request, const Principal &actor,
                     const Job &before, Job after, const QString &auditAction,
                     const QString &eventType, const QString &note, const JobSideEffect &sideEffect)
{
    after.updatedAt = QDateTime::currentDateTimeUtc();
    // Milestones for analytics: the first worker ever set, and reaching completed.
    if (after.workerId && !after.assignedAt.isValid())
        after.assignedAt = after.updatedAt;
    if (after.status == JobStatus::Completed && before.status != JobStatus::Completed)
        after.completedAt = after.updatedAt;
    Transaction tx(s.db);
    if (!s.jobs.update(after, before.version)) {
        const auto current = s.jobs.find(before.id);
        if (!current)
            fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
        Problem p{412,
                  QStringLiteral("stale-version"),
                  QStringLiteral("The job changed since it was read"),
                  QStringLiteral("Reload it and try again."),
                  {},
                  {}};
        p.extra.insert(QStringLiteral("current"), codec::toJson(*current));
        throw ApiError{p};
    }
    // The change's own rows first (an accepted offer claims itself here), then the
    // offers still pending are withdrawn when the job leaves matching.
    const QJsonObject sideData = sideEffect ? sideEffect(after) : QJsonObject();
    if (before.status == JobStatus::Matching && after.status != JobStatus::Matching) {
        s.db.exec(QStringLiteral("UPDATE offers SET status = 'withdrawn', responded_at = ? "
                                 "WHERE job_id = ? AND status = 'pending'"),
                  {nowMs(), after.id});
        stopActiveRun(s, request, actor, after.id, auditAction); // an admin took over
    }
    const Job saved = *s.jobs.find(after.id);
    const QJsonObject savedJson = codec::toJson(saved);
    s.audit.record(actor.userId, auditAction, QStringLiteral("job"), QString::number(saved.id),
                   codec::toJson(before), savedJson, clientAddress(request));
    QJsonObject extra = sideData;
    extra.insert(QStringLiteral("actorId"), actor.userId);
    if (before.status != saved.status) {
        extra.insert(QStringLiteral("from"), toString(before.status));
        extra.insert(QStringLiteral("to"), toString(saved.status));
    }
    if (!note.isEmpty())
        extra.insert(QStringLiteral("note"), note);
    publishJob(s, eventType, saved, extra);
    if (before.workerId && before.workerId != saved.workerId) {
        // The previous worker learns the job left them, without seeing it any more.
        s.events.append(QStringLiteral("job.unassigned"),
                        {{QStringLiteral("jobId"), saved.id},
                         {QStringLiteral("title"), saved.title},
                         {QStringLiteral("status"), toString(saved.status)}},
                        saved.id, *before.workerId);
    }
    tx.commit();
    return HttpResponse::json(200, savedJson)
        .withHeader(QByteArrayLiteral("ETag"), etag(saved.version));
}

} // namespace jobdesk::server
