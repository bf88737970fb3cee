#pragma once
// Shared data and helpers of the codec tests (tst_codecs, tst_validation).
#include "codecs.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(jobdesk::codec::Mode)

using namespace jobdesk;

namespace {


inline QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

// Compact text with sorted keys: exact comparison with a readable failure message.
inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject merged(QJsonObject base, const QByteArray &overrides, const QString &remove = {})
{
    const QJsonObject extra = parse(overrides);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    if (!remove.isEmpty())
        base.remove(remove);
    return base;
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

inline QByteArray repeated(char c, int n)
{
    return QByteArray(n, c);
}

// n copies of item, comma separated, inside [ ].
inline QByteArray arrayOf(const QByteArray &item, int n)
{
    QList<QByteArray> items;
    for (int i = 0; i < n; ++i)
        items.append(item);
    return '[' + items.join(',') + ']';
}

const QString kSqlInjection = QStringLiteral("'; DROP TABLE jobs;--");
const QString kMarkup = QStringLiteral("<script>alert(\"x\")</script>");

inline const QJsonObject &validEntry()
{
    static const QJsonObject entry = parse(R"({
        "id": "5b0e3c1a-9a53-4a7e-8d8e-1f2b3c4d5e6f",
        "jobId": 7,
        "startedAt": "2026-11-22T08:00:00Z",
        "endedAt": "2026-11-22T09:30:00Z"
    })");
    return entry;
}

} // namespace
