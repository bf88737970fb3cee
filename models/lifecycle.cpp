#include "lifecycle.h"

namespace jobdesk {

namespace {

using S = JobStatus;

// Who may make one move. Kept as data so the table reads like the comment in
// lifecycle.h; cancellation is listed per state on purpose (never from terminal).
struct Move
{
    JobStatus from;
    JobStatus to;
    bool admin;
    bool worker;
    bool system;
};

constexpr Move kMoves[] = {
    {S::Pending, S::Matching, true, false, false},
    {S::Pending, S::Assigned, true, false, false},
    {S::Pending, S::Cancelled, true, false, false},

    {S::Matching, S::Assigned, true, false, true},
    {S::Matching, S::Pending, true, false, true},
    {S::Matching, S::Cancelled, true, false, false},

    {S::Assigned, S::InProgress, false, true, false},
    {S::Assigned, S::Pending, true, false, false},
    {S::Assigned, S::Cancelled, true, false, false},

    {S::InProgress, S::Review, false, true, false},
    {S::InProgress, S::Pending, true, false, false},
    {S::InProgress, S::Cancelled, true, false, false},

    {S::Review, S::Completed, true, false, false},
    {S::Review, S::Revision, true, false, false},
    {S::Review, S::Cancelled, true, false, false},

    {S::Revision, S::InProgress, false, true, false},
    {S::Revision, S::Pending, true, false, false},
    {S::Revision, S::Cancelled, true, false, false},
};

const Move *findMove(JobStatus from, JobStatus to)
{
    for (const Move &m : kMoves) {
        if (m.from == from && m.to == to)
            return &m;
    }
    return nullptr;
}

bool allows(const Move &m, Actor actor)
{
    switch (actor) {
    case Actor::Admin:
        return m.admin;
    case Actor::Worker:
        return m.worker;
    case Actor::System:
        return m.system;
    }
    return false;
}

} // namespace

Lifecycle::Verdict Lifecycle::check(JobStatus from, JobStatus to, Actor actor)
{
    const Move *m = findMove(from, to);
    if (!m)
        return Verdict::IllegalMove;
    return allows(*m, actor) ? Verdict::Allowed : Verdict::ForbiddenForActor;
}

QList<JobStatus> Lifecycle::targets(JobStatus from, Actor actor)
{
    QList<JobStatus> result;
    const QList<JobStatus> all = allJobStatuses();
    for (const JobStatus to : all) {
        if (canMove(from, to, actor))
            result.append(to);
    }
    return result;
}

bool Lifecycle::isTerminal(JobStatus s)
{
    return s == JobStatus::Completed || s == JobStatus::Cancelled;
}

} // namespace jobdesk
