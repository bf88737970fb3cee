#include "codecs.h"
#include "codecsupport.h"
#include "jsonreader.h"

namespace jobdesk::codec {

using detail::timeValue;

QJsonObject toJson(const TimeEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("jobId"), e.jobId},
        {QStringLiteral("workerId"), e.workerId},
        {QStringLiteral("startedAt"), timeValue(e.startedAt)},
        {QStringLiteral("endedAt"), timeValue(e.endedAt)},
        {QStringLiteral("seconds"), e.seconds()},
        {QStringLiteral("note"), e.note},
        {QStringLiteral("source"), toString(e.source)},
        {QStringLiteral("deleted"), e.deleted},
        {QStringLiteral("revision"), e.revision},
        {QStringLiteral("updatedAt"), timeValue(e.updatedAt)},
        {QStringLiteral("locked"), e.locked},
    };
}

std::optional<TimeEntry> timeEntryFromJson(const QJsonObject &o, FieldErrors &errors,
                                           const QString &prefix)
{
    constexpr qint64 kMaxSpanMsecs = qint64(24) * 60 * 60 * 1000;
    const int before = errors.count();
    JsonReader r(o, errors, prefix);
    const QString startedKey = QStringLiteral("startedAt");
    const QString endedKey = QStringLiteral("endedAt");
    const QString sourceKey = QStringLiteral("source");
    // The last four are what the server itself sends; a client may echo them back,
    // and they are ignored because the server owns them.
    r.rejectUnknown({QStringLiteral("id"), QStringLiteral("jobId"), startedKey, endedKey,
                     QStringLiteral("note"), sourceKey, QStringLiteral("deleted"),
                     QStringLiteral("revision"), QStringLiteral("workerId"),
                     QStringLiteral("seconds"), QStringLiteral("updatedAt"),
                     QStringLiteral("locked")});

    TimeEntry e;
    if (const auto id = r.uuid(QStringLiteral("id"), true))
        e.id = *id;
    if (const auto jobId = r.integer(QStringLiteral("jobId"), true, 1, detail::kMaxId))
        e.jobId = *jobId;
    const auto started = r.timestamp(startedKey, true);
    const auto ended = r.timestamp(endedKey, true);
    if (started && ended) {
        const qint64 span = started->msecsTo(*ended);
        if (span <= 0)
            errors.add(r.path(endedKey), QStringLiteral("must be after startedAt"));
        else if (span > kMaxSpanMsecs)
            errors.add(r.path(endedKey),
                       QStringLiteral("an entry may span at most 24 hours; split longer work"));
        e.startedAt = *started;
        e.endedAt = *ended;
    }
    if (const auto note = r.string(QStringLiteral("note"), false, 0, 2000))
        e.note = *note;
    if (const auto text = r.string(sourceKey, false, 1, 20)) {
        if (const auto source = timeEntrySourceFromString(*text))
            e.source = *source;
        else
            errors.add(r.path(sourceKey),
                       QStringLiteral("must be one of timer, manual, recovered"));
    }
    if (const auto deleted = r.boolean(QStringLiteral("deleted"), false))
        e.deleted = *deleted;
    if (const auto revision = r.integer(QStringLiteral("revision"), false, 1, 1'000'000'000))
        e.revision = int(*revision);

    if (errors.count() != before)
        return std::nullopt;
    return e;
}

} // namespace jobdesk::codec
