#pragma once

#include "timeentry.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace jobdesk::server {

class Database;

struct TimeEntryQuery
{
    std::optional<qint64> jobId;
    std::optional<qint64> workerId;
    QDateTime from; // entries that start at or after
    QDateTime to;   // entries that start before
    bool includeDeleted = false;
    int limit = 200;
    std::optional<std::pair<qint64, QString>> after; // (startedAt ms, id) of the last row
};

struct TimeEntryPage
{
    QList<TimeEntry> items;
    std::optional<std::pair<qint64, QString>> next;
};

class TimeEntryStore final
{
public:
    explicit TimeEntryStore(Database &db)
        : m_db(db)
    {}

    std::optional<TimeEntry> find(const QUuid &id);
    void insert(const TimeEntry &entry);
    void update(const TimeEntry &entry);
    TimeEntryPage list(const TimeEntryQuery &query);

private:
    Database &m_db;
};

} // namespace jobdesk::server
