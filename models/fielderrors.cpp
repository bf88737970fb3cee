#include "fielderrors.h"

#include <QJsonArray>
#include <QStringList>

namespace jobdesk {

void FieldErrors::add(const QString &field, const QString &message)
{
    m_items.append({field, message});
}

bool FieldErrors::has(const QString &field) const
{
    for (const auto &item : m_items) {
        if (item.first == field)
            return true;
    }
    return false;
}

QString FieldErrors::first(const QString &field) const
{
    for (const auto &item : m_items) {
        if (item.first == field)
            return item.second;
    }
    return {};
}

QJsonObject FieldErrors::toJson() const
{
    QJsonObject out;
    for (const auto &item : m_items) {
        QJsonArray messages = out.value(item.first).toArray();
        messages.append(item.second);
        out.insert(item.first, messages);
    }
    return out;
}

QString FieldErrors::summary() const
{
    QStringList parts;
    parts.reserve(m_items.size());
    for (const auto &item : m_items)
        parts.append(item.first + QLatin1String(": ") + item.second);
    return parts.join(QLatin1String("; "));
}

} // namespace jobdesk
