#include "jsondiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace jobdesk::ui {

namespace {

using Leaves = QList<std::pair<QString, QJsonValue>>;

void flatten(const QJsonValue &value, const QString &path, Leaves &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    out);
        return;
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), out);
        return;
    }
    out.append({path, value});
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("[]");
    case QJsonValue::Object:
        return QStringLiteral("{}");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QList<JsonDiffLine> JsonDiff::diff(const QJsonValue &before, const QJsonValue &after)
{
    Leaves a, b;
    // A record that did not exist (create) or no longer exists (delete) is null:
    // every leaf of the other side is added or removed.
    if (!before.isNull() && !before.isUndefined())
        flatten(before, QString(), a);
    if (!after.isNull() && !after.isUndefined())
        flatten(after, QString(), b);
    QHash<QString, QJsonValue> afterByPath;
    for (const auto &[path, value] : b)
        afterByPath.insert(path, value);
    QList<JsonDiffLine> lines;
    QSet<QString> seen;
    for (const auto &[path, value] : a) {
        seen.insert(path);
        const auto found = afterByPath.constFind(path);
        if (found == afterByPath.constEnd()) {
            lines.append({JsonDiffLine::Kind::Removed, path, text(value), {}});
        } else if (*found == value) {
            lines.append({JsonDiffLine::Kind::Same, path, text(value), text(value)});
        } else {
            lines.append({JsonDiffLine::Kind::Changed, path, text(value), text(*found)});
        }
    }
    for (const auto &[path, value] : b) {
        if (!seen.contains(path))
            lines.append({JsonDiffLine::Kind::Added, path, {}, text(value)});
    }
    return lines;
}

QString JsonDiff::toHtml(const QList<JsonDiffLine> &lines, bool includeUnchanged)
{
    const auto row = [](const QString &sign, const QString &colour, const QString &background,
                        const QString &path, const QString &value) {
        return QStringLiteral("<tr style=\"background:%1\"><td style=\"color:%2\">%3</td>"
                              "<td style=\"color:%2\">%4</td><td style=\"color:%2\">%5</td></tr>")
            .arg(background, colour, sign, path.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"font-family:monospace\">");
    int shown = 0;
    for (const JsonDiffLine &l : lines) {
        switch (l.kind) {
        case JsonDiffLine::Kind::Same:
            if (!includeUnchanged)
                continue;
            html += row(QStringLiteral("&nbsp;"), QStringLiteral("#6b7280"),
                        QStringLiteral("transparent"), l.path, l.after);
            break;
        case JsonDiffLine::Kind::Removed:
            html += row(QStringLiteral("−"), QStringLiteral("#a3261e"), QStringLiteral("#fbe4e0"),
                        l.path, l.before);
            break;
        case JsonDiffLine::Kind::Added:
            html += row(QStringLiteral("+"), QStringLiteral("#1b6b3a"), QStringLiteral("#ddf3e6"),
                        l.path, l.after);
            break;
        case JsonDiffLine::Kind::Changed:
            html += row(QStringLiteral("−"), QStringLiteral("#a3261e"), QStringLiteral("#fbe4e0"),
                        l.path, l.before);
            html += row(QStringLiteral("+"), QStringLiteral("#1b6b3a"), QStringLiteral("#ddf3e6"),
                        l.path, l.after);
            break;
        }
        ++shown;
    }
    html += QStringLiteral("</table>");
    if (shown == 0)
        html += QStringLiteral("<p style=\"color:#6b7280\">%1</p>")
                    .arg(QCoreApplication::translate("jobdesk::ui::JsonDiff", "No changes.")
                             .toHtmlEscaped());
    return html;
}

} // namespace jobdesk::ui
