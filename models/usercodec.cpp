#include "codecs.h"
#include "codecsupport.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace jobdesk::codec {

using detail::timeValue;

QJsonObject toJson(const WorkerProfile &p)
{
    QJsonArray skills;
    for (const SkillLevel &s : p.skills)
        skills.append(
            QJsonObject{{QStringLiteral("skill"), s.skill}, {QStringLiteral("level"), s.level}});
    QJsonArray availability;
    for (const AvailabilitySlot &slot : p.availability)
        availability.append(QJsonObject{{QStringLiteral("weekday"), slot.weekday},
                                        {QStringLiteral("startMinute"), slot.startMinute},
                                        {QStringLiteral("endMinute"), slot.endMinute}});
    return QJsonObject{
        {QStringLiteral("skills"), skills},
        {QStringLiteral("hourlyRateCents"), p.hourlyRateCents},
        {QStringLiteral("capacity"), p.capacity},
        {QStringLiteral("timeZone"), p.timeZone},
        {QStringLiteral("availability"), availability},
    };
}

QJsonObject toJson(const User &u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("role"), toString(u.role)},
        {QStringLiteral("status"), toString(u.status)},
        {QStringLiteral("profile"), toJson(u.profile)},
        {QStringLiteral("createdAt"), timeValue(u.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(u.updatedAt)},
        {QStringLiteral("version"), u.version},
    };
}

QJsonObject toJson(const Skill &s)
{
    return QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("name"), s.name}};
}

namespace {

std::optional<QList<AvailabilitySlot>> readAvailability(JsonReader &r, const QString &key)
{
    FieldErrors &errors = r.errors();
    const int before = errors.count();
    const std::optional<QJsonArray> items = r.array(key, false, 50);
    if (!items)
        return std::nullopt;
    QList<AvailabilitySlot> slots;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString itemPath =
            r.path(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!items->at(i).isObject()) {
            errors.add(itemPath, QStringLiteral("must be an object"));
            continue;
        }
        JsonReader sub(items->at(i).toObject(), errors, itemPath + QLatin1Char('.'));
        sub.rejectUnknown({QStringLiteral("weekday"), QStringLiteral("startMinute"),
                           QStringLiteral("endMinute")});
        const auto weekday = sub.integer(QStringLiteral("weekday"), true, 1, 7);
        const auto start = sub.integer(QStringLiteral("startMinute"), true, 0, 1439);
        // The end's lower bound depends on the start; check the fixed range first.
        const auto end = sub.integer(QStringLiteral("endMinute"), true, 1, 1440);
        if (start && end && *end <= *start) {
            errors.add(sub.path(QStringLiteral("endMinute")),
                       QStringLiteral("must be between %1 and 1440").arg(*start + 1));
            continue;
        }
        if (weekday && start && end)
            slots.append({int(*weekday), int(*start), int(*end)});
    }
    if (errors.count() != before)
        return std::nullopt;
    return slots;
}

} // namespace

std::optional<WorkerProfile> profileFromJson(const QJsonObject &o, const WorkerProfile &base,
                                             FieldErrors &errors, const QString &prefix)
{
    const int before = errors.count();
    JsonReader r(o, errors, prefix);
    const QString skillsKey = QStringLiteral("skills");
    const QString rateKey = QStringLiteral("hourlyRateCents");
    const QString capacityKey = QStringLiteral("capacity");
    const QString zoneKey = QStringLiteral("timeZone");
    const QString availabilityKey = QStringLiteral("availability");
    r.rejectUnknown({skillsKey, rateKey, capacityKey, zoneKey, availabilityKey});

    WorkerProfile p = base;

    // Lists may be cleared with null; scalars have no "unset" and refuse it.
    if (r.isNull(skillsKey)) {
        p.skills.clear();
    } else if (const auto skills =
                   detail::readSkillLevels(r, skillsKey, QStringLiteral("level"), 50)) {
        p.skills.clear();
        for (const auto &[skill, level] : *skills)
            p.skills.append({skill, level});
    }

    if (!detail::rejectNull(r, rateKey)) {
        if (const auto rate = r.integer(rateKey, false, 0, 10'000'000))
            p.hourlyRateCents = *rate;
    }
    if (!detail::rejectNull(r, capacityKey)) {
        if (const auto capacity = r.integer(capacityKey, false, 1, 50))
            p.capacity = int(*capacity);
    }
    if (!detail::rejectNull(r, zoneKey)) {
        if (const auto zone = r.string(zoneKey, false, 1, 64)) {
            // The id reaches the tz database as a file name: letters, digits, "/_+-" only.
            static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(
                QStringLiteral("[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*")));
            if (idPattern.match(*zone).hasMatch() && QTimeZone(zone->toUtf8()).isValid())
                p.timeZone = *zone;
            else
                errors.add(r.path(zoneKey), QStringLiteral("must be an IANA time zone id"));
        }
    }

    if (r.isNull(availabilityKey)) {
        p.availability.clear();
    } else if (const auto slots = readAvailability(r, availabilityKey)) {
        p.availability = *slots;
    }

    if (errors.count() != before)
        return std::nullopt;
    return p;
}

} // namespace jobdesk::codec
