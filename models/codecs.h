#pragma once

#include "fielderrors.h"
#include "job.h"
#include "records.h"
#include "timeentry.h"
#include "user.h"

#include <QJsonObject>

#include <optional>

namespace jobdesk::codec {

// Encoders: camelCase members, timestamps via toWireTime, ids as JSON numbers,
// UUIDs without braces, enums by wire name, absent optionals as null.
QJsonObject toJson(const User &u); // never carries a password or hash
QJsonObject toJson(const WorkerProfile &p);
QJsonObject toJson(const Skill &s);
QJsonObject toJson(const Job &j);
QJsonObject toJson(const TimeEntry &e);
QJsonObject toJson(const Offer &o);
QJsonObject toJson(const Deliverable &d);
QJsonObject toJson(const Message &m);
QJsonObject toJson(const Notification &n);
QJsonObject toJson(const AuditEvent &a);
QJsonObject toJson(const Event &e);

enum class Mode
{
    Create,
    Patch
};

// Decoders report every wrong field into `errors` (paths prefixed with `prefix`)
// and return nullopt when any field is wrong. Unknown members are errors.
// Job input: title 1..200 chars (required on create), description <= 20000,
// clientRef <= 100, category <= 100, requiredSkills <= 20 items each
// {skill: slug 1..64, minLevel 1..5}, urgency wire name, estimateMinutes 0..100000,
// dueAt RFC 3339 or null.
// Null clears description, clientRef and category (to ""), requiredSkills (to none),
// estimateMinutes (to 0) and dueAt (to an invalid QDateTime); a null title or
// urgency is an error. Skill minLevel defaults to 1.
std::optional<JobInput> jobInputFromJson(const QJsonObject &o, Mode mode, FieldErrors &errors);

// Worker profile (all members optional in Patch mode): skills <= 50 items
// {skill, level 1..5}, hourlyRateCents 0..10'000'000, capacity 1..50,
// timeZone a valid IANA id, availability <= 50 slots {weekday 1..7,
// startMinute 0..1439, endMinute startMinute+1..1440}.
// Null clears skills or availability; null for a scalar member is an error.
// Skill level defaults to 1.
std::optional<WorkerProfile> profileFromJson(const QJsonObject &o, const WorkerProfile &base,
                                             FieldErrors &errors, const QString &prefix = {});

// One entry of a sync batch: id (UUID), jobId, startedAt, endedAt (> startedAt,
// span <= 24 h), note <= 2000, source, deleted (default false), revision 1..1e9.
// workerId is not read from the wire.
std::optional<TimeEntry> timeEntryFromJson(const QJsonObject &o, FieldErrors &errors,
                                           const QString &prefix = {});

} // namespace jobdesk::codec
