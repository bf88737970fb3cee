#include "jsonreader.h"

#include <cstdio>

#include <QRegularExpression>
#include <QTime>
#include <QVariant>

#include <cmath>
#include <utility>

namespace jobdesk {

namespace {

// The largest integer a JSON peer using IEEE doubles (JavaScript) holds exactly.
constexpr qint64 kMaxSafeInteger = qint64(1) << 53;

QString betweenMessage(qint64 min, qint64 max)
{
    return QStringLiteral("must be between %1 and %2").arg(min).arg(max);
}

const QString &timestampMessage()
{
    static const QString message = QStringLiteral("not an RFC 3339 timestamp");
    return message;
}

// Absent and null are the same to the typed readers: "is required" when the
// member must be there, silently nothing otherwise.
std::optional<QJsonValue> presentValue(const QJsonObject &object, const QString &key, bool required,
                                       FieldErrors &errors, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors.add(path, QStringLiteral("is required"));
        return std::nullopt;
    }
    return value;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, FieldErrors &errors, QString prefix)
    : m_object(object)
    , m_errors(errors)
    , m_prefix(std::move(prefix))
{}

bool JsonReader::isNull(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && it->isNull();
}

QString JsonReader::path(const QString &key) const
{
    return m_prefix + key;
}

std::optional<QString> JsonReader::string(const QString &key, bool required, int minLen, int maxLen)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    if (!v.isString()) {
        m_errors.add(path(key), QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.contains(QChar(u'\0'))) {
        m_errors.add(path(key), QStringLiteral("must not contain NUL characters"));
        return std::nullopt;
    }
    if (s.size() < minLen) {
        m_errors.add(path(key), minLen == 1
                                    ? QStringLiteral("must not be empty")
                                    : QStringLiteral("must be at least %1 characters").arg(minLen));
        return std::nullopt;
    }
    if (s.size() > maxLen) {
        m_errors.add(path(key), QStringLiteral("must be at most %1 characters").arg(maxLen));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> JsonReader::integer(const QString &key, bool required, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    if (!v.isDouble()) {
        m_errors.add(path(key), QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    // Qt keeps integers that fit in 64 bits exactly; check those without a
    // round trip through double, which would blur 2^53 + 1 into 2^53.
    const QVariant variant = v.toVariant();
    qint64 n = 0;
    if (variant.typeId() == QMetaType::LongLong) {
        n = variant.toLongLong();
        if (n > kMaxSafeInteger || n < -kMaxSafeInteger) {
            m_errors.add(path(key), betweenMessage(min, max));
            return std::nullopt;
        }
    } else {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d > double(kMaxSafeInteger) || d < -double(kMaxSafeInteger)) {
            m_errors.add(path(key), betweenMessage(min, max));
            return std::nullopt;
        }
        if (std::trunc(d) != d) {
            m_errors.add(path(key), QStringLiteral("must be an integer"));
            return std::nullopt;
        }
        n = qint64(d);
    }
    if (n < min || n > max) {
        m_errors.add(path(key), betweenMessage(min, max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonReader::boolean(const QString &key, bool required)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    if (!v.isBool()) {
        m_errors.add(path(key), QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QDateTime> JsonReader::timestamp(const QString &key, bool required)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    std::optional<QDateTime> t;
    if (v.isString())
        t = fromWireTime(v.toString());
    if (!t)
        m_errors.add(path(key), timestampMessage());
    return t;
}

std::optional<QUuid> JsonReader::uuid(const QString &key, bool required)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    // QUuid::fromString alone is too forgiving about the text around the digits.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral(
        "(\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\})"
        "|([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")));
    const QString s = v.toString();
    if (!v.isString() || !pattern.match(s).hasMatch()) {
        m_errors.add(path(key), QStringLiteral("must be a UUID"));
        return std::nullopt;
    }
    const QUuid id = QUuid::fromString(s);
    if (id.isNull()) {
        m_errors.add(path(key), QStringLiteral("must not be the nil UUID"));
        return std::nullopt;
    }
    return id;
}

std::optional<QJsonArray> JsonReader::array(const QString &key, bool required, int maxItems)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    if (!v.isArray()) {
        m_errors.add(path(key), QStringLiteral("must be an array"));
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        m_errors.add(path(key), QStringLiteral("must have at most %1 items").arg(maxItems));
        return std::nullopt;
    }
    return a;
}

std::optional<QJsonObject> JsonReader::object(const QString &key, bool required)
{
    const std::optional<QJsonValue> present =
        presentValue(m_object, key, required, m_errors, path(key));
    if (!present)
        return std::nullopt;
    const QJsonValue &v = *present;
    if (!v.isObject()) {
        m_errors.add(path(key), QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}

void JsonReader::rejectUnknown(const QStringList &allowed)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            m_errors.add(path(it.key()), QStringLiteral("unknown field"));
    }
}

QString toWireTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // Formatted by hand from the epoch milliseconds: QDateTime::toString goes through
    // the locale and calendar machinery, and list responses format thousands of these.
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 msOfDay = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return t.toUTC().toString(Qt::ISODateWithMs);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                                int(year), int(month), int(day), int(msOfDay / 3600000),
                                int(msOfDay / 60000 % 60), int(msOfDay / 1000 % 60),
                                int(msOfDay % 1000));
    return QString::fromLatin1(buffer, n);
}

std::optional<QDateTime> fromWireTime(const QString &s)
{
    // RFC 3339 section 5.6 date-time; "T" and "Z" may be lower case (5.6 NOTE).
    // [0-9] rather than \d: \d would also match non-ASCII digits.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})"
                       "(?:\\.([0-9]{1,9}))?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))")));
    const QRegularExpressionMatch m = pattern.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const auto num = [&m](int group) { return m.capturedView(group).toInt(); };

    const QDate date(num(1), num(2), num(3));
    if (!date.isValid())
        return std::nullopt;
    // Qt cannot represent a leap second (:60), so it is refused rather than shifted.
    const int hour = num(4), minute = num(5), second = num(6);
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    int msec = 0;
    if (m.capturedLength(7) > 0) {
        // Keep milliseconds; finer digits are truncated.
        const QString fraction = QString(m.captured(7) + QStringLiteral("00")).left(3);
        msec = fraction.toInt();
    }
    int offsetSeconds = 0;
    if (m.capturedLength(8) == 0) {
        const int offHours = num(10), offMinutes = num(11);
        if (offHours > 23 || offMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offHours * 60 + offMinutes) * 60;
        if (m.capturedView(9) == u"-")
            offsetSeconds = -offsetSeconds;
    }
    const QDateTime local(date, QTime(hour, minute, second, msec), Qt::UTC);
    if (!local.isValid())
        return std::nullopt;
    return local.addSecs(-offsetSeconds);
}

} // namespace jobdesk
