#include "dispatchfilter.h"

#include "dispatchboardmodel.h"

namespace jobdesk::ui {

DispatchFilter::DispatchFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DispatchFilter::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void DispatchFilter::setMinimumUrgency(int urgency)
{
    m_urgency = urgency;
    invalidateRowsFilter();
}

void DispatchFilter::setGroup(int group)
{
    m_group = group;
    invalidateRowsFilter();
}

void DispatchFilter::setOverdueOnly(bool on)
{
    m_overdue = on;
    invalidateRowsFilter();
}

bool DispatchFilter::isFiltering() const
{
    return !m_words.isEmpty() || m_urgency >= 0 || m_group >= 0 || m_overdue;
}

bool DispatchFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = DispatchBoardModel;
    if (i.data(M::IsGroupRole).toBool())
        return false; // shown through its jobs (recursive filtering)
    if (m_group >= 0 && i.data(M::GroupRole).toInt() != m_group)
        return false;
    if (m_urgency >= 0 && i.data(M::UrgencyRole).toInt() < m_urgency)
        return false;
    if (m_overdue) {
        const QVariant due = i.data(M::SecondsToDueRole);
        if (!due.isValid() || due.toLongLong() >= 0)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = i.data(M::SearchTextRole).toString();
        for (const QString &w : m_words) {
            if (!text.contains(w, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace jobdesk::ui
