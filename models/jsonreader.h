#pragma once

#include "fielderrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace jobdesk {

// Reads typed members of a JSON object and records a message per wrong field,
// so a decoder can report every problem at once. Wrong type, out of range,
// too long and malformed are all errors; absent optional members are not.
// Integers must be exact whole numbers within +/-2^53 and the given range.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, FieldErrors &errors, QString prefix = {});

    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const;

    std::optional<QString> string(const QString &key, bool required, int minLen = 0,
                                  int maxLen = 10000);
    std::optional<qint64> integer(const QString &key, bool required, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &key, bool required);
    // RFC 3339 with a Z or an offset; returned in UTC.
    std::optional<QDateTime> timestamp(const QString &key, bool required);
    std::optional<QUuid> uuid(const QString &key, bool required);
    std::optional<QJsonArray> array(const QString &key, bool required, int maxItems = 1000);
    std::optional<QJsonObject> object(const QString &key, bool required);

    // Members other than `allowed` are reported as "unknown field".
    void rejectUnknown(const QStringList &allowed);

    QString path(const QString &key) const; // prefix + key, e.g. "entries[2].note"
    FieldErrors &errors() { return m_errors; }

private:
    QJsonObject m_object;
    FieldErrors &m_errors;
    QString m_prefix;
};

// RFC 3339 UTC with milliseconds, e.g. 2026-11-22T08:30:00.000Z
QString toWireTime(const QDateTime &t);
std::optional<QDateTime> fromWireTime(const QString &s);

} // namespace jobdesk
