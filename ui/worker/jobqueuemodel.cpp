#include "jobqueuemodel.h"

#include <algorithm>
#include <limits>

#include "displaytext.h"
#include "jobfields.h"

#include <QHash>

namespace jobdesk::ui {

namespace {

using namespace jobfields;

QDateTime timeOf(const QJsonObject &o, const QString &member)
{
    return DisplayText::parseTime(o.value(member).toString());
}

} // namespace

qint64 JobQueueModel::Item::id() const
{
    return job.value(kId).toInteger();
}

JobQueueModel::JobQueueModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString JobQueueModel::groupTitle(Group g)
{
    switch (g) {
    case Group::Offers:
        return tr("Offers");
    case Group::Active:
        return tr("Active");
    case Group::Review:
        return tr("In review");
    case Group::Revision:
        return tr("Revision requested");
    case Group::Completed:
        return tr("Completed");
    case Group::None:
        break;
    }
    return {};
}

JobQueueModel::Group JobQueueModel::groupFor(const QJsonObject &job, const QJsonObject &offer)
{
    const JobStatus s = statusOf(job);
    if (!offer.isEmpty() && offer.value(kStatus).toString() == QLatin1String("pending") &&
        s == JobStatus::Matching)
        return Group::Offers;
    switch (s) {
    case JobStatus::Assigned:
    case JobStatus::InProgress:
        return Group::Active;
    case JobStatus::Review:
        return Group::Review;
    case JobStatus::Revision:
        return Group::Revision;
    case JobStatus::Completed:
        return Group::Completed;
    case JobStatus::Pending:
    case JobStatus::Matching:
    case JobStatus::Cancelled:
        break;
    }
    return Group::None;
}

void JobQueueModel::Item::refreshKeys()
{
    const auto key = [](const QJsonObject &o, const QString &member) {
        const QDateTime t = timeOf(o, member);
        return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    };
    expiresAt = key(offer, QStringLiteral("expiresAt"));
    dueAt = key(job, QStringLiteral("dueAt"));
    updatedAt = key(job, QStringLiteral("updatedAt"));
    inProgress = statusOf(job) == JobStatus::InProgress;
}

bool JobQueueModel::before(Group g, const Item &a, const Item &b)
{
    const auto cmp = [](qint64 x, qint64 y) { return x == y ? 0 : (x < y ? -1 : 1); };
    int c = 0;
    switch (g) {
    case Group::Offers:
        c = cmp(a.expiresAt, b.expiresAt);
        break;
    case Group::Active: // work already under way first, then by due date
        c = a.inProgress == b.inProgress ? cmp(a.dueAt, b.dueAt) : (a.inProgress ? -1 : 1);
        break;
    case Group::Review:
    case Group::Revision:
        c = cmp(a.dueAt, b.dueAt);
        break;
    case Group::Completed: { // newest first; missing times last
        const qint64 none = std::numeric_limits<qint64>::max();
        c = a.updatedAt == b.updatedAt ? 0
            : a.updatedAt == none      ? 1
            : b.updatedAt == none      ? -1
                                       : cmp(b.updatedAt, a.updatedAt);
        break;
    }
    case Group::None:
        break;
    }
    return c != 0 ? c < 0 : a.id() < b.id();
}

void JobQueueModel::reset(const QJsonArray &jobs, const QJsonArray &offers)
{
    QHash<qint64, QJsonObject> offerByJob;
    for (const QJsonValue &v : offers) {
        const QJsonObject o = v.toObject();
        if (o.value(kStatus).toString() == QLatin1String("pending"))
            offerByJob.insert(o.value(kJobId).toInteger(), o);
    }
    beginResetModel();
    for (auto &list : m_groups)
        list.clear();
    // Keys parsed once, one sort per group: a 10,000-job cache opens at once.
    for (const QJsonValue &v : jobs) {
        Item it{v.toObject(), offerByJob.value(v.toObject().value(kId).toInteger())};
        const Group g = groupFor(it.job, it.offer);
        if (g == Group::None)
            continue;
        it.refreshKeys();
        m_groups[size_t(g)].append(it);
    }
    for (int g = 0; g < GroupCount; ++g) {
        auto &list = m_groups[size_t(g)];
        std::sort(list.begin(), list.end(),
                  [g](const Item &a, const Item &b) { return before(Group(g), a, b); });
    }
    endResetModel();
}

bool JobQueueModel::applyEvent(const QString &type, const QJsonObject &data)
{
    if (type == QLatin1String("offer.created")) {
        const QJsonObject offer = data.value(kOffer).toObject();
        if (m_workerId && offer.value(kWorkerId).toInteger() != m_workerId)
            return false;
        place(Item{data.value(kJob).toObject(), offer});
        return true;
    }
    if (type.startsWith(QLatin1String("offer."))) { // expired, declined, withdrawn
        const QJsonObject offer = data.value(kOffer).toObject();
        const qint64 jobId = offer.value(kJobId).toInteger();
        const Place p = find(jobId);
        if (p.group < 0 || m_groups[size_t(p.group)][p.row].offer.value(kId) != offer.value(kId))
            return false;
        Item it = m_groups[size_t(p.group)][p.row];
        it.offer = QJsonObject();
        const QJsonObject job = data.value(kJob).toObject();
        if (!job.isEmpty())
            it.job = job;
        // Without the offer, a job that is not ours leaves the queue.
        if (it.job.value(kWorkerId).toInteger() != m_workerId || m_workerId == 0)
            removeJob(jobId);
        else
            place(it);
        return true;
    }
    if (type == QLatin1String("job.unassigned")) {
        const qint64 jobId = data.value(kJobId).toInteger();
        const bool had = find(jobId).group >= 0;
        removeJob(jobId);
        return had;
    }
    if (type.startsWith(QLatin1String("job."))) {
        const QJsonObject job = data.value(kJob).toObject();
        const qint64 jobId = job.value(kId).toInteger();
        if (jobId == 0)
            return false;
        const Place p = find(jobId);
        Item it{job, p.group >= 0 ? m_groups[size_t(p.group)][p.row].offer : QJsonObject()};
        const bool mine = m_workerId != 0 && job.value(kWorkerId).toInteger() == m_workerId;
        if (!mine && (it.offer.isEmpty() || statusOf(job) != JobStatus::Matching)) {
            removeJob(jobId);
            return p.group >= 0;
        }
        if (mine)
            it.offer = QJsonObject(); // an accepted offer is over
        place(it);
        return true;
    }
    return false;
}

void JobQueueModel::tick()
{
    const auto &offers = m_groups[size_t(Group::Offers)];
    if (offers.isEmpty())
        return;
    const QModelIndex parent = groupIndex(Group::Offers);
    Q_EMIT dataChanged(index(0, 0, parent), index(int(offers.size()) - 1, 0, parent),
                       {Qt::DisplayRole, SecondsLeftRole});
}

void JobQueueModel::setUnread(qint64 jobId, int count)
{
    count = qMax(0, count);
    if (m_unread.value(jobId) == count)
        return;
    if (count == 0)
        m_unread.remove(jobId);
    else
        m_unread.insert(jobId, count);
    const QModelIndex i = indexOfJob(jobId);
    if (i.isValid())
        Q_EMIT dataChanged(i, i, {UnreadRole});
}

void JobQueueModel::setAllUnread(const QHash<qint64, int> &counts)
{
    QList<qint64> jobs = m_unread.keys();
    jobs += counts.keys();
    for (const qint64 id : std::as_const(jobs))
        setUnread(id, counts.value(id));
}

JobQueueModel::Place JobQueueModel::find(qint64 jobId) const
{
    for (int g = 0; g < GroupCount; ++g) {
        const auto &list = m_groups[size_t(g)];
        for (int r = 0; r < list.size(); ++r) {
            if (list[r].id() == jobId)
                return {g, r};
        }
    }
    return {};
}

int JobQueueModel::insertionRow(int group, const Item &item, int skipRow) const
{
    const auto &list = m_groups[size_t(group)];
    int row = 0;
    for (int r = 0; r < list.size(); ++r) {
        if (r == skipRow)
            continue;
        if (before(Group(group), list[r], item))
            ++row;
    }
    return row;
}

void JobQueueModel::place(Item it)
{
    it.refreshKeys();
    const Place from = find(it.id());
    const int to = int(groupFor(it.job, it.offer));
    if (to == int(Group::None)) {
        removeJob(it.id());
        return;
    }
    const QModelIndex toParent = index(to, 0);
    if (from.group < 0) {
        const int row = insertionRow(to, it, -1);
        beginInsertRows(toParent, row, row);
        m_groups[size_t(to)].insert(row, it);
        endInsertRows();
        Q_EMIT dataChanged(toParent, toParent);
        return;
    }
    const QModelIndex fromParent = index(from.group, 0);
    const int row = insertionRow(to, it, from.group == to ? from.row : -1);
    if (from.group == to && row == from.row) {
        m_groups[size_t(to)][row] = it;
        const QModelIndex i = index(row, 0, toParent);
        Q_EMIT dataChanged(i, i);
        return;
    }
    // beginMoveRows counts the destination before the source row is taken out.
    const int dest = (from.group == to && row > from.row) ? row + 1 : row;
    beginMoveRows(fromParent, from.row, from.row, toParent, dest);
    m_groups[size_t(from.group)].removeAt(from.row);
    m_groups[size_t(to)].insert(row, it);
    endMoveRows();
    const QModelIndex i = index(row, 0, toParent);
    Q_EMIT dataChanged(i, i);
    Q_EMIT dataChanged(fromParent, fromParent);
    Q_EMIT dataChanged(toParent, toParent);
}

void JobQueueModel::removeJob(qint64 jobId)
{
    const Place p = find(jobId);
    if (p.group < 0)
        return;
    const QModelIndex parent = index(p.group, 0);
    beginRemoveRows(parent, p.row, p.row);
    m_groups[size_t(p.group)].removeAt(p.row);
    endRemoveRows();
    Q_EMIT dataChanged(parent, parent);
}

QModelIndex JobQueueModel::indexOfJob(qint64 jobId) const
{
    const Place p = find(jobId);
    return p.group < 0 ? QModelIndex() : index(p.row, 0, index(p.group, 0));
}

QModelIndex JobQueueModel::groupIndex(Group g) const
{
    return index(int(g), 0);
}

QJsonObject JobQueueModel::job(qint64 jobId) const
{
    const Place p = find(jobId);
    return p.group < 0 ? QJsonObject() : m_groups[size_t(p.group)][p.row].job;
}

QJsonObject JobQueueModel::offerForJob(qint64 jobId) const
{
    const Place p = find(jobId);
    return p.group < 0 ? QJsonObject() : m_groups[size_t(p.group)][p.row].offer;
}

QList<QJsonObject> JobQueueModel::heldJobs() const
{
    QList<QJsonObject> out;
    for (Group g : {Group::Active, Group::Revision, Group::Review}) {
        for (const Item &it : m_groups[size_t(g)])
            out.append(it.job);
    }
    return out;
}

QModelIndex JobQueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_groups[size_t(parent.row())].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex JobQueueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int JobQueueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].size());
}

int JobQueueModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const JobQueueModel::Item *JobQueueModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto &list = m_groups[size_t(index.internalId() - 1)];
    return index.row() < list.size() ? &list[index.row()] : nullptr;
}

QVariant JobQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group g = Group(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return groupTitle(g);
        case IsGroupRole:
            return true;
        case GroupRole:
            return index.row();
        case CountRole:
            return count(g);
        default:
            return {};
        }
    }
    const Item *it = item(index);
    if (!it)
        return {};
    const QDateTime expires = timeOf(it->offer, QStringLiteral("expiresAt"));
    switch (role) {
    case Qt::DisplayRole:
        return it->job.value(QStringLiteral("title")).toString();
    case Qt::ToolTipRole: {
        const QString description =
            it->job.value(QStringLiteral("description")).toString().left(300);
        const int unread = m_unread.value(it->id());
        if (unread == 0)
            return description;
        return QString(tr("%n unread messages", nullptr, unread) + QLatin1Char('\n') + description);
    }
    case Qt::AccessibleDescriptionRole: {
        const int unread = m_unread.value(it->id());
        return unread > 0 ? tr("%n unread messages", nullptr, unread) : QString();
    }
    case JobIdRole:
        return it->id();
    case OfferIdRole:
        return it->offer.value(kId).toInteger();
    case StatusRole:
        return int(statusOf(it->job));
    case ClientRefRole:
        return it->job.value(QStringLiteral("clientRef")).toString();
    case ExpiresAtRole:
        return expires;
    case SecondsLeftRole:
        return expires.isValid() ? qMax<qint64>(0, now().secsTo(expires)) : qint64(-1);
    case DueAtRole:
        return timeOf(it->job, QStringLiteral("dueAt"));
    case IsGroupRole:
        return false;
    case GroupRole:
        return int(index.internalId() - 1);
    case JobRole:
        return it->job;
    case UnreadRole:
        return m_unread.value(it->id());
    default:
        return {};
    }
}

} // namespace jobdesk::ui
