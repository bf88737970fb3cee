#pragma once

#include "apisupport.h"
#include "job.h"

#include <QJsonObject>

namespace jobdesk::server {

struct Services;

// Refuses a lifecycle move the shared state machine does not allow for `actor`
// (409 illegal-transition or 403 transition-forbidden, with the allowed targets).
void checkMove(const Job &job, JobStatus to, Actor actor);

// Appends a job event: the job's worker and every admin see it.
void publishJob(Services &s, const QString &type, const Job &job, QJsonObject extra = {});

// The one write path for a changed job: optimistic version check (412 with the
// current record when it moved on), offers withdrawn when the job leaves
// matching, audit row, and events for the old and the new worker.
HttpResponse saveJob(Services &s, const HttpRequest &request, const Principal &actor,
                     const Job &before, Job after, const QString &auditAction,
                     const QString &eventType, const QString &note = {});

} // namespace jobdesk::server
