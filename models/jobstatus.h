#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace jobdesk {

enum class JobStatus
{
    Pending,
    Matching,
    Assigned,
    InProgress,
    Review,
    Revision,
    Completed,
    Cancelled
};
enum class Urgency
{
    Low,
    Normal,
    High,
    Critical
};

// Wire names: pending, matching, assigned, in_progress, review, revision, completed, cancelled
QString toString(JobStatus status);
std::optional<JobStatus> jobStatusFromString(QStringView s);
QList<JobStatus> allJobStatuses();

// Wire names: low, normal, high, critical
QString toString(Urgency urgency);
std::optional<Urgency> urgencyFromString(QStringView s);

} // namespace jobdesk
