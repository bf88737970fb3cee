#pragma once

#include "apisupport.h"
#include "job.h"

#include <QJsonObject>

#include <functional>

namespace jobdesk::server {

struct Services;

// Refuses a lifecycle move the shared state machine does not allow for `actor`
// (409 illegal-transition or 403 transition-forbidden, with the allowed targets).
void checkMove(const Job &job, JobStatus to, Actor actor);

// A job can only go to an active worker account: 422 on "workerId" otherwise.
void requireActiveWorker(Services &s, qint64 workerId);

// Appends a job event: the job's worker and every admin see it.
void publishJob(Services &s, const QString &type, const Job &job, QJsonObject extra = {});

// Runs inside saveJob's transaction right after the job row is written (before
// leftover offers are withdrawn and the job is re-read, audited and published):
// writes that belong to the change, such as a deliverable or an attachment. What
// it returns is added to the event's data. It may throw ApiError; everything is
// rolled back then.
using JobSideEffect = std::function<QJsonObject(const Job &after)>;

// The one write path for a changed job: optimistic version check (412 with the
// current record when it moved on), offers withdrawn when the job leaves
// matching, audit row, and events for the old and the new worker.
HttpResponse saveJob(Services &s, const HttpRequest &request, const Principal &actor,
                     const Job &before, Job after, const QString &auditAction,
                     const QString &eventType, const QString &note = {},
                     const JobSideEffect &sideEffect = {});

} // namespace jobdesk::server
