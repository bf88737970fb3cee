#pragma once

// The members of jobs and offers on the wire that the job models read, and a
// job's status from them: shared by the worker's queue and the dispatch board.
#include "jobstatus.h"

#include <QJsonObject>
#include <QString>

namespace jobdesk::ui::jobfields {

inline const QString kId = QStringLiteral("id");
inline const QString kJob = QStringLiteral("job");
inline const QString kOffer = QStringLiteral("offer");
inline const QString kStatus = QStringLiteral("status");
inline const QString kJobId = QStringLiteral("jobId");
inline const QString kWorkerId = QStringLiteral("workerId");
inline const QString kExpiresAt = QStringLiteral("expiresAt");

// Pending when the status is missing or unknown.
inline JobStatus statusOf(const QJsonObject &job)
{
    return jobStatusFromString(job.value(kStatus).toString()).value_or(JobStatus::Pending);
}

} // namespace jobdesk::ui::jobfields
