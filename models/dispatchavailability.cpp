#include "dispatchavailability.h"
#include "dispatch.h"

#include <algorithm>

namespace jobdesk::dispatch {
namespace detail {

namespace {

// 1970-01-01 was a Thursday: three days later in the count puts every Monday
// 00:00 on a multiple of a week.
constexpr qint64 kMondayShift = 3 * kDay;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

qint64 epochSeconds(const QDateTime &t)
{
    return floorDiv(t.toMSecsSinceEpoch(), 1000);
}

ZoneWindow::ZoneWindow(const QTimeZone &zone, qint64 from, qint64 to)
    : m_from(from)
    , m_to(to)
{
    if (to <= from)
        return;
    if (!zone.isValid()) {
        m_spans.append({from, 0});
        return;
    }
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
    m_spans.append({from, zone.offsetFromUtc(start)});
    if (!zone.hasTransitions())
        return;
    const QTimeZone::OffsetDataList transitions =
        zone.transitions(start, QDateTime::fromSecsSinceEpoch(to, Qt::UTC));
    for (const QTimeZone::OffsetData &t : transitions) {
        const qint64 at = epochSeconds(t.atUtc);
        if (at <= from || at >= to || t.offsetFromUtc == m_spans.last().offset)
            continue;
        m_spans.append({at, t.offsetFromUtc});
    }
}

WeekPattern::WeekPattern(const QList<AvailabilitySlot> &slots)
{
    if (slots.isEmpty()) {
        m_always = true;
        m_weekTotal = kWeek;
        return;
    }
    for (const AvailabilitySlot &s : slots) {
        const int start = std::max(0, s.startMinute);
        const int end = std::min(1440, s.endMinute);
        if (s.weekday < 1 || s.weekday > 7 || start >= end)
            continue;
        const int base = (s.weekday - 1) * int(kDay);
        m_intervals.append({base + start * 60, base + end * 60});
    }
    if (!std::is_sorted(m_intervals.begin(), m_intervals.end()))
        std::sort(m_intervals.begin(), m_intervals.end());
    qsizetype merged = 0;
    for (qsizetype i = 0; i < m_intervals.size(); ++i) {
        if (merged > 0 && m_intervals[i].first <= m_intervals[merged - 1].second) {
            m_intervals[merged - 1].second =
                std::max(m_intervals[merged - 1].second, m_intervals[i].second);
        } else {
            m_intervals[merged++] = m_intervals[i];
        }
    }
    m_intervals.resize(merged);
    for (const auto &[start, end] : m_intervals)
        m_weekTotal += end - start;
    m_always = m_weekTotal == kWeek;
}

qint64 WeekPattern::cumulative(qint64 local) const
{
    const qint64 shifted = local + kMondayShift;
    const qint64 weeks = floorDiv(shifted, kWeek);
    const qint64 pos = shifted - weeks * kWeek;
    qint64 sum = weeks * m_weekTotal;
    for (const auto &[start, end] : m_intervals) {
        if (start >= pos)
            break;
        sum += std::min<qint64>(pos, end) - start;
    }
    return sum;
}

qint64 WeekPattern::secondsBetween(qint64 a, qint64 b) const
{
    if (b <= a)
        return 0;
    if (m_always)
        return b - a;
    return cumulative(b) - cumulative(a);
}

std::optional<qint64> WeekPattern::firstFrom(qint64 local) const
{
    if (m_always)
        return local;
    if (m_intervals.isEmpty())
        return std::nullopt;
    const qint64 shifted = local + kMondayShift;
    const qint64 pos = shifted - floorDiv(shifted, kWeek) * kWeek;
    for (const auto &[start, end] : m_intervals) {
        if (end > pos)
            return local + std::max<qint64>(0, start - pos);
    }
    return local + (kWeek - pos) + m_intervals.first().first;
}

qint64 availableSeconds(const WeekPattern &pattern, const ZoneWindow &window)
{
    qint64 sum = 0;
    for (qsizetype i = 0; i < window.spanCount(); ++i) {
        const ZoneWindow::Span &s = window.span(i);
        sum += pattern.secondsBetween(s.start + s.offset, window.spanEnd(i) + s.offset);
    }
    return sum;
}

std::optional<qint64> firstAvailable(const WeekPattern &pattern, const ZoneWindow &window)
{
    for (qsizetype i = 0; i < window.spanCount(); ++i) {
        const ZoneWindow::Span &s = window.span(i);
        const std::optional<qint64> local = pattern.firstFrom(s.start + s.offset);
        if (!local)
            return std::nullopt;
        if (*local - s.offset < window.spanEnd(i))
            return *local - s.offset;
    }
    return std::nullopt;
}

} // namespace detail

qint64 availableMinutes(const WorkerProfile &profile, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const detail::ZoneWindow window(QTimeZone(profile.timeZone.toUtf8()),
                                    detail::epochSeconds(from), detail::epochSeconds(to));
    if (window.isEmpty())
        return 0;
    return detail::availableSeconds(detail::WeekPattern(profile.availability), window) / 60;
}

} // namespace jobdesk::dispatch
