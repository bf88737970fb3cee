#include "codecs.h"
#include "codecsupport.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace jobdesk::codec {

using detail::timeValue;

QJsonObject toJson(const Job &j)
{
    QJsonArray skills;
    for (const RequiredSkill &s : j.requiredSkills)
        skills.append(QJsonObject{{QStringLiteral("skill"), s.skill},
                                  {QStringLiteral("minLevel"), s.minLevel}});
    QJsonArray attachments;
    for (const Attachment &a : j.attachments)
        attachments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("size"), a.size},
                                       {QStringLiteral("sha256"), a.sha256}});
    return QJsonObject{
        {QStringLiteral("id"), j.id},
        {QStringLiteral("title"), j.title},
        {QStringLiteral("description"), j.description},
        {QStringLiteral("clientRef"), j.clientRef},
        {QStringLiteral("category"), j.category},
        {QStringLiteral("requiredSkills"), skills},
        {QStringLiteral("urgency"), toString(j.urgency)},
        {QStringLiteral("estimateMinutes"), j.estimateMinutes},
        {QStringLiteral("dueAt"), timeValue(j.dueAt)},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("status"), toString(j.status)},
        {QStringLiteral("workerId"),
         j.workerId ? QJsonValue(*j.workerId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("revisionCount"), j.revisionCount},
        {QStringLiteral("needsAttention"), j.needsAttention},
        {QStringLiteral("rating"), j.rating ? QJsonValue(*j.rating) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("assignedAt"), timeValue(j.assignedAt)},
        {QStringLiteral("completedAt"), timeValue(j.completedAt)},
        {QStringLiteral("createdBy"), j.createdBy},
        {QStringLiteral("createdAt"), timeValue(j.createdAt)},
        {QStringLiteral("updatedAt"), timeValue(j.updatedAt)},
        {QStringLiteral("version"), j.version},
    };
}

std::optional<JobInput> jobInputFromJson(const QJsonObject &o, Mode mode, FieldErrors &errors)
{
    const int before = errors.count();
    const bool create = mode == Mode::Create;
    JsonReader r(o, errors);
    const QString titleKey = QStringLiteral("title");
    const QString descriptionKey = QStringLiteral("description");
    const QString clientRefKey = QStringLiteral("clientRef");
    const QString categoryKey = QStringLiteral("category");
    const QString skillsKey = QStringLiteral("requiredSkills");
    const QString urgencyKey = QStringLiteral("urgency");
    const QString estimateKey = QStringLiteral("estimateMinutes");
    const QString dueKey = QStringLiteral("dueAt");
    r.rejectUnknown({titleKey, descriptionKey, clientRefKey, categoryKey, skillsKey, urgencyKey,
                     estimateKey, dueKey});

    JobInput in;

    // A title cannot be cleared: null is "is required" on create and refused on patch.
    if (create || !detail::rejectNull(r, titleKey)) {
        in.title = r.string(titleKey, create, 1, 200);
        if (in.title && in.title->trimmed().isEmpty()) {
            errors.add(r.path(titleKey), QStringLiteral("must not be empty"));
            in.title.reset();
        }
    }

    // Optional text clears with null (stored as empty).
    const auto readText = [&r](const QString &key, int maxLen) -> std::optional<QString> {
        if (r.isNull(key))
            return QString();
        return r.string(key, false, 0, maxLen);
    };
    in.description = readText(descriptionKey, 20000);
    in.clientRef = readText(clientRefKey, 100);
    in.category = readText(categoryKey, 100);

    if (r.isNull(skillsKey)) {
        in.requiredSkills = QList<RequiredSkill>();
    } else if (const auto skills =
                   detail::readSkillLevels(r, skillsKey, QStringLiteral("minLevel"), 20)) {
        QList<RequiredSkill> list;
        for (const auto &[skill, level] : *skills)
            list.append({skill, level});
        in.requiredSkills = list;
    }

    if (!detail::rejectNull(r, urgencyKey)) {
        if (const auto text = r.string(urgencyKey, false, 1, 20)) {
            in.urgency = urgencyFromString(*text);
            if (!in.urgency)
                errors.add(r.path(urgencyKey),
                           QStringLiteral("must be one of low, normal, high, critical"));
        }
    }

    // 0 is "no estimate", so null clears to it.
    if (r.isNull(estimateKey)) {
        in.estimateMinutes = 0;
    } else if (const auto minutes = r.integer(estimateKey, false, 0, 100000)) {
        in.estimateMinutes = int(*minutes);
    }

    if (r.isNull(dueKey))
        in.dueAt = QDateTime();
    else
        in.dueAt = r.timestamp(dueKey, false);

    if (errors.count() != before)
        return std::nullopt;
    return in;
}

} // namespace jobdesk::codec
