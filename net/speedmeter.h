#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

namespace jobdesk::net {

// Transfer speed as a moving average over the last few seconds, and the ETA it gives.
// Time is passed in (monotonic milliseconds), so the meter is testable and cheap.
class SpeedMeter final
{
public:
    explicit SpeedMeter(qint64 windowMs = 5000)
        : m_windowMs(windowMs)
    {}

    // A transfer (re)starts at `nowMs`: earlier samples no longer count.
    void reset(qint64 nowMs);
    // `bytes` finished arriving at `nowMs`.
    void add(qint64 bytes, qint64 nowMs);
    // Bytes per second over the window; 0 until something was measured.
    double bytesPerSecond(qint64 nowMs) const;
    // Seconds left for `remaining` bytes at `bytesPerSecond`; -1 when unknown.
    static qint64 etaSeconds(qint64 remaining, double bytesPerSecond);

private:
    void drop(qint64 nowMs);

    qint64 m_windowMs;
    qint64 m_startMs = 0;
    QList<QPair<qint64, qint64>> m_samples; // (when, bytes)
};

} // namespace jobdesk::net
