#include "jobstatus.h"

namespace jobdesk {

QString toString(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("pending");
    case JobStatus::Matching:
        return QStringLiteral("matching");
    case JobStatus::Assigned:
        return QStringLiteral("assigned");
    case JobStatus::InProgress:
        return QStringLiteral("in_progress");
    case JobStatus::Review:
        return QStringLiteral("review");
    case JobStatus::Revision:
        return QStringLiteral("revision");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<JobStatus> jobStatusFromString(QStringView s)
{
    const QList<JobStatus> all = allJobStatuses();
    for (const JobStatus st : all) {
        if (s == toString(st))
            return st;
    }
    return std::nullopt;
}

QList<JobStatus> allJobStatuses()
{
    return {JobStatus::Pending, JobStatus::Matching, JobStatus::Assigned,  JobStatus::InProgress,
            JobStatus::Review,  JobStatus::Revision, JobStatus::Completed, JobStatus::Cancelled};
}

QString toString(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Low:
        return QStringLiteral("low");
    case Urgency::Normal:
        return QStringLiteral("normal");
    case Urgency::High:
        return QStringLiteral("high");
    case Urgency::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<Urgency> urgencyFromString(QStringView s)
{
    for (const Urgency u : {Urgency::Low, Urgency::Normal, Urgency::High, Urgency::Critical}) {
        if (s == toString(u))
            return u;
    }
    return std::nullopt;
}

} // namespace jobdesk
