#pragma once

// Helpers shared by the codec sources; not part of the library's interface.

#include "jsonreader.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace jobdesk::codec::detail {

// The largest id or count a JavaScript peer holds exactly.
constexpr qint64 kMaxId = qint64(1) << 53;

// toWireTime, or null for an invalid (absent) time.
QJsonValue timeValue(const QDateTime &t);

// ^[a-z0-9][a-z0-9-]{0,63}$
bool isSkillKey(const QString &s);

// Reads `key` as an array of {skill, <levelKey>} objects (level 1..5, default 1),
// reporting bad items, bad keys and duplicate skills under "key[i].member".
// Returns nullopt when the member is absent, null or anything in it is wrong.
std::optional<QList<std::pair<QString, int>>>
readSkillLevels(JsonReader &reader, const QString &key, const QString &levelKey, int maxItems);

// Records "must not be null" when `key` is present as null; for members that
// cannot be cleared. Returns true when it did.
bool rejectNull(JsonReader &reader, const QString &key);

} // namespace jobdesk::codec::detail
