#pragma once

#include "jobstatus.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace jobdesk::server {

class Database;

// Whole UTC days from..to, both included.
struct DayRange
{
    QDate from;
    QDate to;
    qint64 beginMs() const; // from 00:00 UTC
    qint64 endMs() const;   // the day after `to`, 00:00 UTC (exclusive)
    int days() const { return int(from.daysTo(to)) + 1; }
};

// Exact order statistics of a set of durations (no sampling, no buckets).
struct Spread
{
    int count = 0;
    std::optional<double> medianMinutes; // none for an empty set
    std::optional<double> p90Minutes;
};

// The p-th quantile (0..1) of `sorted` (ascending, not empty), interpolated
// linearly between the two nearest ranks (PostgreSQL's percentile_cont).
double quantile(const QList<qint64> &sorted, double p);
Spread spreadOf(QList<qint64> durationsMs);

struct JobAnalytics
{
    QList<std::pair<QDate, int>> createdPerDay;   // every day of the range
    QList<std::pair<QDate, int>> completedPerDay; // every day of the range
    QList<std::pair<JobStatus, int>> byState;     // every status, jobs created in the range
    Spread toAssignment;                          // created -> first assigned, assigned in range
    Spread toCompletion;                          // created -> completed, completed in range
    int offersMade = 0;                           // offered in the range, any outcome
    int offersAccepted = 0;
    int offersDeclined = 0;
    int offersExpired = 0;
    int completed = 0;
    int completedWithRevision = 0; // of the completed ones, those with a revision round
};

struct WorkerTime
{
    qint64 workerId = 0;
    QString name;
    qint64 trackedMs = 0;
    double availableHours = 0;
    qint64 approvedMinutes = 0;
    qint64 rateCents = 0;     // the current hourly rate
    qint64 earningsCents = 0; // approved weeks, each at its frozen rate
};

struct TimeAnalytics
{
    QList<std::pair<QDate, qint64>> perWeek; // Monday (UTC) -> tracked ms, every week touched
    QList<WorkerTime> workers;               // active workers and anyone with time, by name
};

// The analytics queries. Written in the SQL SQLite and PostgreSQL share; each call
// reads one snapshot and writes nothing, so it runs on a read-only connection.
class AnalyticsStore final
{
public:
    explicit AnalyticsStore(Database &db)
        : m_db(db)
    {}

    JobAnalytics jobs(const DayRange &range);
    TimeAnalytics time(const DayRange &range);

private:
    Database &m_db;
};

// Hours a worker's weekly slots offer over the range's days (each date counted by
// its weekday, slots in the worker's own time), or 40 hours a week without slots.
double availableHours(const QString &slotsJson, const DayRange &range);

} // namespace jobdesk::server
