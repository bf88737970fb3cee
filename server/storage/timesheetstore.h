#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace jobdesk::server {

class Database;

// Weeks run Monday..Sunday in the worker's own time zone; an entry belongs to
// the week its start falls in.
namespace week {
QDate startOf(QDate day);              // the Monday of the week holding `day`
QTimeZone zone(const QString &ianaId); // UTC when the id is unknown
QDate startAt(const QDateTime &instant, const QTimeZone &tz);
struct Span
{
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
};
Span span(QDate monday, const QTimeZone &tz);
// Rounded half up, as the totals and the earnings are.
qint64 minutesOf(qint64 milliseconds);
qint64 earningsCents(qint64 minutes, qint64 rateCents);
} // namespace week

// One worker's week: live totals while open, the frozen ones once approved.
struct TimesheetRow
{
    qint64 workerId = 0;
    QString name;
    QString email;
    QString timeZone;
    QDate weekStart;
    week::Span span;
    qint64 minutes = 0;
    int entries = 0;
    qint64 rateCents = 0; // per hour
    bool approved = false;
    QDateTime approvedAt;
    qint64 approvedBy = 0;
    qint64 earningsCents() const { return week::earningsCents(minutes, rateCents); }
};

class TimesheetStore final
{
public:
    explicit TimesheetStore(Database &db)
        : m_db(db)
    {}

    // Every worker with time in the week or an approval of it, by name.
    QList<TimesheetRow> week(QDate monday);
    // One worker's week; nullopt when there is no such worker.
    std::optional<TimesheetRow> row(qint64 workerId, QDate monday);
    // Inside the caller's transaction: records the approval with the minutes and
    // the worker's rate as they are now, and locks the week's entries. False when
    // the week was approved already (nothing written).
    bool approve(qint64 workerId, QDate monday, qint64 approvedBy, const QDateTime &at);
    // Inside the caller's transaction: drops the approval and unlocks the entries.
    // False when the week was not approved.
    bool reopen(qint64 workerId, QDate monday);
    bool isApproved(qint64 workerId, QDate monday);
    // Approved worker-weeks starting from..to (inclusive), by worker name, id, week.
    QList<TimesheetRow> approvedBetween(QDate from, QDate to);
    // The worker's time zone (UTC when unknown).
    QTimeZone zoneOf(qint64 workerId);

private:
    QList<TimesheetRow> collect(QDate monday, std::optional<qint64> onlyWorker);
    void lock(qint64 workerId, const week::Span &span, bool locked);
    Database &m_db;
};

// Whether entry starts fall in an approved week of one worker, asked many times
// through one sync batch with one query per distinct week.
class ApprovedWeeks final
{
public:
    ApprovedWeeks(TimesheetStore &store, qint64 workerId)
        : m_store(store)
        , m_workerId(workerId)
    {}
    bool contains(const QDateTime &start);

private:
    TimesheetStore &m_store;
    qint64 m_workerId;
    std::optional<QTimeZone> m_zone;
    QHash<QDate, bool> m_known;
};

} // namespace jobdesk::server
