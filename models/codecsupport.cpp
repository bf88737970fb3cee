#include "codecsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace jobdesk::codec::detail {

QJsonValue timeValue(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue(QJsonValue::Null);
    return toWireTime(t);
}

bool isSkillKey(const QString &s)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")));
    return pattern.match(s).hasMatch();
}

std::optional<QList<std::pair<QString, int>>>
readSkillLevels(JsonReader &reader, const QString &key, const QString &levelKey, int maxItems)
{
    FieldErrors &errors = reader.errors();
    const int before = errors.count();
    const std::optional<QJsonArray> items = reader.array(key, false, maxItems);
    if (!items)
        return std::nullopt;

    const QString skillKey = QStringLiteral("skill");
    QList<std::pair<QString, int>> result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString itemPath =
            reader.path(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        const QJsonValue item = items->at(i);
        if (!item.isObject()) {
            errors.add(itemPath, QStringLiteral("must be an object"));
            continue;
        }
        JsonReader sub(item.toObject(), errors, itemPath + QLatin1Char('.'));
        sub.rejectUnknown({skillKey, levelKey});
        const std::optional<QString> skill = sub.string(skillKey, true, 1, 64);
        const std::optional<qint64> level = sub.integer(levelKey, false, 1, 5);
        if (!skill)
            continue;
        if (!isSkillKey(*skill)) {
            errors.add(
                sub.path(skillKey),
                QStringLiteral("must be a skill key: lower-case letters, digits and dashes"));
            continue;
        }
        if (seen.contains(*skill)) {
            errors.add(sub.path(skillKey), QStringLiteral("duplicate skill"));
            continue;
        }
        seen.insert(*skill);
        result.append({*skill, level ? int(*level) : 1});
    }
    if (errors.count() != before)
        return std::nullopt;
    return result;
}

bool rejectNull(JsonReader &reader, const QString &key)
{
    if (!reader.isNull(key))
        return false;
    reader.errors().add(reader.path(key), QStringLiteral("must not be null"));
    return true;
}

} // namespace jobdesk::codec::detail
