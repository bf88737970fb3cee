#pragma once

#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace jobdesk::test {

// Real clocks plus offsets the test can jump, or fully manual clocks.
class TestClock final : public net::Clock
{
public:
    TestClock() { m_monotonic.start(); }

    qint64 wallMs() const override
    {
        return m_manual ? m_wall : QDateTime::currentMSecsSinceEpoch() + m_wallOffset;
    }
    qint64 monotonicMs() const override { return m_manual ? m_mono : m_monotonic.elapsed(); }

    // The wall clock jumps; the monotonic one does not notice.
    void jumpWall(qint64 ms) { m_manual ? void(m_wall += ms) : void(m_wallOffset += ms); }
    // Stops real time; from now on only advance() moves the clocks.
    void setManual(qint64 wallMs)
    {
        m_manual = true;
        m_wall = wallMs;
        m_mono = 0;
    }
    // Both clocks advance together, as when the machine is awake.
    void advance(qint64 ms)
    {
        m_wall += ms;
        m_mono += ms;
    }

private:
    QElapsedTimer m_monotonic;
    bool m_manual = false;
    qint64 m_wallOffset = 0;
    qint64 m_wall = 0;
    qint64 m_mono = 0;
};

} // namespace jobdesk::test
