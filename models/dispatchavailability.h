#pragma once

#include "user.h"

#include <QTimeZone>
#include <QVarLengthArray>

#include <optional>
#include <utility>

// Internals of dispatch scoring shared by dispatch.cpp and dispatchavailability.cpp:
// a worker's weekly slots and a time zone's offsets over one window, reduced to
// integer arithmetic so that ranking thousands of workers costs no time zone
// lookups and no allocations per worker.
namespace jobdesk::dispatch::detail {

constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;

// Seconds since the epoch, rounded down; works for any QDateTime spec.
qint64 epochSeconds(const QDateTime &t);

// The offsets from UTC a time zone uses over [from, to) (UTC seconds): each span
// holds from its start until the next span's start (the last one until `to`).
// Built once per zone and window; an unknown zone is UTC.
class ZoneWindow
{
public:
    struct Span
    {
        qint64 start = 0; // UTC seconds
        int offset = 0;   // seconds east of UTC
    };

    ZoneWindow(const QTimeZone &zone, qint64 from, qint64 to);

    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    bool isEmpty() const { return m_to <= m_from; }
    qsizetype spanCount() const { return m_spans.size(); }
    const Span &span(qsizetype i) const { return m_spans[i]; }
    qint64 spanEnd(qsizetype i) const
    {
        return i + 1 < m_spans.size() ? m_spans[i + 1].start : m_to;
    }

private:
    qint64 m_from;
    qint64 m_to;
    QVarLengthArray<Span, 4> m_spans;
};

// A worker's weekly slots as sorted, merged intervals of seconds since Monday
// 00:00 local time. Slots that touch or overlap merge (Monday until 24:00 and
// Tuesday from 00:00 are one stretch across midnight); invalid slots are ignored.
// No slots at all means always available.
class WeekPattern
{
public:
    explicit WeekPattern(const QList<AvailabilitySlot> &slots);

    bool isAlways() const { return m_always; }
    // Available seconds in [a, b), both local seconds since the epoch.
    qint64 secondsBetween(qint64 a, qint64 b) const;
    // The first available local second at or after `local`; none without slots.
    std::optional<qint64> firstFrom(qint64 local) const;

private:
    qint64 cumulative(qint64 local) const;                // available seconds from a fixed origin
    QVarLengthArray<std::pair<int, int>, 50> m_intervals; // the API allows 50 slots
    qint64 m_weekTotal = 0;
    bool m_always = false;
};

// Available seconds of `pattern` over the window, in the zone's local time.
qint64 availableSeconds(const WeekPattern &pattern, const ZoneWindow &window);
// The first available moment (UTC seconds) inside the window, if any.
std::optional<qint64> firstAvailable(const WeekPattern &pattern, const ZoneWindow &window);

} // namespace jobdesk::dispatch::detail
