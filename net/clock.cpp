#include "clock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace jobdesk::net {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_monotonic.start(); }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicMs() const override { return m_monotonic.elapsed(); }

private:
    QElapsedTimer m_monotonic;
};

} // namespace

const Clock *Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

} // namespace jobdesk::net
