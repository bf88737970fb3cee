#include "speedmeter.h"

#include <cmath>

namespace jobdesk::net {

void SpeedMeter::reset(qint64 nowMs)
{
    m_startMs = nowMs;
    m_samples.clear();
}

void SpeedMeter::add(qint64 bytes, qint64 nowMs)
{
    m_samples.append({nowMs, bytes});
    drop(nowMs);
}

void SpeedMeter::drop(qint64 nowMs)
{
    while (!m_samples.isEmpty() && m_samples.constFirst().first < nowMs - m_windowMs)
        m_samples.removeFirst();
}

double SpeedMeter::bytesPerSecond(qint64 nowMs) const
{
    qint64 bytes = 0;
    for (const auto &s : m_samples) {
        if (s.first >= nowMs - m_windowMs)
            bytes += s.second;
    }
    // The window starts when the transfer did, until the transfer is older than it.
    const qint64 spanMs = nowMs - qMax(m_startMs, nowMs - m_windowMs);
    if (bytes == 0 || spanMs <= 0)
        return 0;
    return double(bytes) * 1000.0 / double(spanMs);
}

qint64 SpeedMeter::etaSeconds(qint64 remaining, double bytesPerSecond)
{
    if (remaining <= 0)
        return 0;
    if (bytesPerSecond <= 0)
        return -1;
    return qint64(std::ceil(double(remaining) / bytesPerSecond));
}

} // namespace jobdesk::net
