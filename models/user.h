#pragma once

#include "role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace jobdesk {

struct SkillLevel
{
    QString skill; // skill key, e.g. "logo-design"
    int level = 1; // certification level 1..5
    bool operator==(const SkillLevel &o) const { return skill == o.skill && level == o.level; }
};

// A weekly window in the worker's own time zone. weekday 1 = Monday .. 7 = Sunday,
// minutes from local midnight, start < end <= 1440.
struct AvailabilitySlot
{
    int weekday = 1;
    int startMinute = 0;
    int endMinute = 0;
    bool operator==(const AvailabilitySlot &o) const
    {
        return weekday == o.weekday && startMinute == o.startMinute && endMinute == o.endMinute;
    }
};

struct WorkerProfile
{
    QList<SkillLevel> skills;
    qint64 hourlyRateCents = 0;               // in the service's currency
    int capacity = 1;                         // jobs held at once
    QString timeZone = QStringLiteral("UTC"); // IANA name
    QList<AvailabilitySlot> availability;
};

struct User
{
    qint64 id = 0;
    QString email; // stored lower case
    QString name;
    Role role = Role::Worker;
    AccountStatus status = AccountStatus::Pending;
    WorkerProfile profile; // meaningful for workers
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
};

struct Skill
{
    QString key;  // lower-case slug, e.g. "data-entry"
    QString name; // human name, e.g. "Data entry"
};

} // namespace jobdesk
