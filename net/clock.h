#pragma once

#include <QtGlobal>

namespace jobdesk::net {

// The two clocks the time tracker compares. Injected so tests can jump the wall
// clock or pretend the machine slept.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time, epoch milliseconds (UTC).
    virtual qint64 wallMs() const = 0;
    // Monotonic milliseconds from an arbitrary origin (QElapsedTimer).
    virtual qint64 monotonicMs() const = 0;

    // The real clocks; lives for the whole program.
    static const Clock *system();
};

} // namespace jobdesk::net
