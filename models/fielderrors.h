#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace jobdesk {

// Per-field validation messages. Field names are JSON paths in camelCase:
// "title", "requiredSkills[1].minLevel", "entries[3].startedAt".
class FieldErrors final
{
public:
    void add(const QString &field, const QString &message);
    bool isEmpty() const { return m_items.isEmpty(); }
    int count() const { return int(m_items.size()); }
    bool has(const QString &field) const;
    QString first(const QString &field) const;
    // {"field": ["message", ...], ...}
    QJsonObject toJson() const;
    // "title: must not be empty; dueAt: not an RFC 3339 timestamp"
    QString summary() const;

private:
    QList<std::pair<QString, QString>> m_items;
};

} // namespace jobdesk
