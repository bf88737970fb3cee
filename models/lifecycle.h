#pragma once

#include "jobstatus.h"
#include "role.h"

#include <QList>

namespace jobdesk {

// The job lifecycle of DESIGN.md, in one table: which actor may move a job from
// which state to which. The server enforces it; the client only enables buttons.
//
//   pending    -> matching (admin), assigned (admin, direct assign), cancelled (admin)
//   matching   -> assigned (admin, system: offer accepted), pending (admin, system:
//                 short list exhausted), cancelled (admin)
//   assigned   -> in_progress (worker: start), pending (admin: unassign), cancelled (admin)
//   in_progress-> review (worker: submit), pending (admin: unassign), cancelled (admin)
//   review     -> completed (admin: approve), revision (admin: request revision),
//                 cancelled (admin)
//   revision   -> in_progress (worker: start the revision), pending (admin), cancelled (admin)
//   completed, cancelled: terminal
class Lifecycle final
{
public:
    enum class Verdict
    {
        Allowed,
        IllegalMove,
        ForbiddenForActor
    };

    static Verdict check(JobStatus from, JobStatus to, Actor actor);
    static bool canMove(JobStatus from, JobStatus to, Actor actor)
    {
        return check(from, to, actor) == Verdict::Allowed;
    }
    // Every target the actor may reach from `from`, in enum order.
    static QList<JobStatus> targets(JobStatus from, Actor actor);
    static bool isTerminal(JobStatus s);
    // Moves that need more than a target state (a worker id) go through their own
    // endpoint; the generic transition endpoint refuses them.
    static bool needsWorker(JobStatus to) { return to == JobStatus::Assigned; }
};

} // namespace jobdesk
