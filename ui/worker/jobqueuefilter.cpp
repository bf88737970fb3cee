#include "jobqueuefilter.h"

#include "jobqueuemodel.h"

#include <QJsonObject>

namespace jobdesk::ui {

JobQueueFilter::JobQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A group row stays while one of its jobs passes.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void JobQueueFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void JobQueueFilter::setGroup(int group)
{
    m_group = group;
    invalidateFilter();
}

bool JobQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(JobQueueModel::IsGroupRole).toBool())
        return false; // shown only through its children
    if (m_group >= 0 && i.data(JobQueueModel::GroupRole).toInt() != m_group)
        return false;
    if (m_text.isEmpty())
        return true;
    const QJsonObject job = i.data(JobQueueModel::JobRole).toJsonObject();
    for (const char *member : {"title", "clientRef", "description", "category"}) {
        if (job.value(QLatin1String(member)).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace jobdesk::ui
