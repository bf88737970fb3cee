#pragma once

#include <QObject>

namespace jobdesk::server {

// The doorbell of the event log inside one process: any thread that commits
// events rings it, and every realtime hub hears it in its own thread (queued).
// The log stays the truth; a missed ring only delays delivery until the hubs'
// next poll.
class EventBell final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Thread-safe.
    void ring(qint64 lastEventId) { Q_EMIT rang(lastEventId); }

Q_SIGNALS:
    void rang(qint64 lastEventId);
};

} // namespace jobdesk::server
