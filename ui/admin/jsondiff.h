#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace jobdesk::ui {

// Before/after of an audit record, flattened to one line per leaf
// ("profile.capacity", "profile.skills[0].level") so a change reads like a diff.
struct JsonDiffLine
{
    enum class Kind
    {
        Same,
        Changed,
        Added,
        Removed
    };
    Kind kind = Kind::Same;
    QString path;
    QString before; // compact JSON of the leaf; empty when added
    QString after;  // empty when removed
};

class JsonDiff final
{
public:
    // Lines in the order of the keys (before's keys first, then keys only in after).
    static QList<JsonDiffLine> diff(const QJsonValue &before, const QJsonValue &after);
    // The lines as an HTML table: removed red with "−", added green with "+",
    // changed as a red line over a green one, unchanged grey.
    static QString toHtml(const QList<JsonDiffLine> &lines, bool includeUnchanged);
};

} // namespace jobdesk::ui
