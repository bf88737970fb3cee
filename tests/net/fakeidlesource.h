#pragma once

#include "idlesource.h"

namespace jobdesk::test {

// An idle source whose answer the test sets: the idle time, or "cannot tell".
// Answers synchronously, as the X11 source does.
class FakeIdleSource final : public net::IdleSource
{
    Q_OBJECT

public:
    using IdleSource::IdleSource;

    void setIdle(qint64 ms) { m_idleMs = ms; }
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int requests() const { return m_requests; }

    void request() override
    {
        ++m_requests;
        if (m_unavailable)
            Q_EMIT unavailable(QStringLiteral("fake: unavailable"));
        else
            Q_EMIT idleTime(m_idleMs);
    }
    QString name() const override { return QStringLiteral("fake"); }

private:
    qint64 m_idleMs = 0;
    bool m_unavailable = false;
    int m_requests = 0;
};

} // namespace jobdesk::test
