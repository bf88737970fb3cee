#include "dispatchboardmodel.h"

#include "dispatchwords.h"
#include "displaytext.h"
#include "jobfields.h"

#include <QBrush>
#include <QFont>
#include <QSet>

namespace jobdesk::ui {

namespace {

using namespace jobfields;

qint64 msOf(const QJsonObject &o, const QString &member)
{
    const QDateTime t = DisplayText::parseTime(o.value(member).toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// "3:04:05" under a day, "2 d 3:04:05" beyond: a timer that visibly runs.
QString timer(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 86400)
        return DisplayText::clock(seconds);
    return DispatchBoardModel::tr("%1 d %2")
        .arg(seconds / 86400)
        .arg(DisplayText::clock(seconds % 86400));
}

} // namespace

void DispatchBoardModel::Item::refreshKeys()
{
    urgency = int(urgencyFromString(job.value(QStringLiteral("urgency")).toString())
                      .value_or(Urgency::Normal));
    dueMs = msOf(job, QStringLiteral("dueAt"));
    createdMs = msOf(job, QStringLiteral("createdAt"));
    version = job.value(QStringLiteral("version")).toInt();
    std::sort(offers.begin(), offers.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return msOf(a, kExpiresAt) < msOf(b, kExpiresAt);
    });
}

DispatchBoardModel::DispatchBoardModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString DispatchBoardModel::groupTitle(Group g)
{
    switch (g) {
    case Group::NeedsAttention:
        return tr("Needs attention");
    case Group::Pending:
        return tr("Pending");
    case Group::Offered:
        return tr("Offered (matching)");
    case Group::Assigned:
        return tr("Assigned");
    case Group::InProgress:
        return tr("In progress");
    case Group::Review:
        return tr("In review");
    case Group::Revision:
        return tr("Revision requested");
    }
    return {};
}

int DispatchBoardModel::groupFor(const QJsonObject &job)
{
    switch (statusOf(job)) {
    case JobStatus::Pending:
        return int(job.value(QStringLiteral("needsAttention")).toBool() ? Group::NeedsAttention
                                                                        : Group::Pending);
    case JobStatus::Matching:
        return int(Group::Offered);
    case JobStatus::Assigned:
        return int(Group::Assigned);
    case JobStatus::InProgress:
        return int(Group::InProgress);
    case JobStatus::Review:
        return int(Group::Review);
    case JobStatus::Revision:
        return int(Group::Revision);
    case JobStatus::Completed:
    case JobStatus::Cancelled:
        break;
    }
    return -1;
}

void DispatchBoardModel::setWorkerNames(const QHash<qint64, QString> &names)
{
    m_names = names;
    for (int g = 0; g < GroupCount; ++g) {
        if (!m_groups[size_t(g)].isEmpty())
            Q_EMIT dataChanged(
                index(0, WorkerColumn, groupIndex(Group(g))),
                index(int(m_groups[size_t(g)].size()) - 1, WorkerColumn, groupIndex(Group(g))));
    }
}

QString DispatchBoardModel::workerName(qint64 id) const
{
    return m_names.value(id, tr("Worker #%1").arg(id));
}

void DispatchBoardModel::reset(const QJsonArray &jobs, const QJsonArray &offers)
{
    beginResetModel();
    m_items.clear();
    for (auto &g : m_groups)
        g.clear();
    for (const QJsonValue &v : jobs) {
        Item item;
        item.job = v.toObject();
        if (groupFor(item.job) >= 0)
            m_items.insert(item.job.value(kId).toInteger(), item);
    }
    for (const QJsonValue &v : offers) {
        const QJsonObject offer = v.toObject();
        const auto it = m_items.find(offer.value(QStringLiteral("jobId")).toInteger());
        if (it != m_items.end() && offer.value(kStatus).toString() == QLatin1String("pending"))
            it->offers.append(offer);
    }
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        it->refreshKeys();
        m_groups[size_t(groupFor(it->job))].append(it.key());
    }
    for (auto &g : m_groups)
        std::sort(g.begin(), g.end(), [this](qint64 a, qint64 b) { return before(a, b); });
    endResetModel();
}

bool DispatchBoardModel::applyEvent(const QString &, const QJsonObject &data)
{
    const QJsonObject job = data.value(kJob).toObject();
    const QJsonObject offer = data.value(kOffer).toObject();
    if (job.isEmpty() && offer.isEmpty())
        return false;
    const qint64 jobId = job.isEmpty() ? offer.value(QStringLiteral("jobId")).toInteger()
                                       : job.value(kId).toInteger();
    if (!offer.isEmpty()) {
        const auto it = m_items.find(jobId);
        if (it != m_items.end()) {
            const qint64 offerId = offer.value(kId).toInteger();
            it->offers.removeIf(
                [offerId](const QJsonObject &o) { return o.value(kId).toInteger() == offerId; });
            // The offer as it stands now, whichever event carries it.
            if (offer.value(kStatus).toString() == QLatin1String("pending"))
                it->offers.append(offer);
            it->refreshKeys();
        }
    }
    if (!job.isEmpty()) {
        upsertJob(job);
    } else if (const Place p = find(jobId); p.group >= 0) {
        const QModelIndex parent = groupIndex(Group(p.group));
        Q_EMIT dataChanged(index(p.row, 0, parent), index(p.row, ColumnCount - 1, parent));
    }
    return true;
}

void DispatchBoardModel::upsertJob(const QJsonObject &job)
{
    const qint64 id = job.value(kId).toInteger();
    if (id == 0)
        return;
    auto it = m_items.find(id);
    if (it != m_items.end() && job.value(QStringLiteral("version")).toInt() < it->version)
        return; // an older answer arriving after a newer event
    if (groupFor(job) < 0) {
        remove(id);
        return;
    }
    if (it == m_items.end())
        it = m_items.insert(id, Item{});
    it->job = job;
    if (statusOf(job) != JobStatus::Matching)
        it->offers.clear(); // pending offers are withdrawn when a job leaves matching
    it->refreshKeys();
    place(id);
}

void DispatchBoardModel::tick()
{
    for (int g = 0; g < GroupCount; ++g) {
        const int n = int(m_groups[size_t(g)].size());
        if (n == 0)
            continue;
        const QModelIndex parent = groupIndex(Group(g));
        Q_EMIT dataChanged(index(0, WaitingColumn, parent), index(n - 1, WorkerColumn, parent),
                           {Qt::DisplayRole, Qt::ForegroundRole, SecondsWaitingRole,
                            SecondsToDueRole, OfferSecondsLeftRole});
    }
}

DispatchBoardModel::Place DispatchBoardModel::find(qint64 jobId) const
{
    const auto it = m_items.constFind(jobId);
    if (it == m_items.constEnd())
        return {};
    const int g = groupFor(it->job);
    if (g < 0)
        return {};
    return {g, int(m_groups[size_t(g)].indexOf(jobId))};
}

bool DispatchBoardModel::before(qint64 a, qint64 b) const
{
    const Item &x = m_items[a];
    const Item &y = m_items[b];
    if (x.urgency != y.urgency)
        return x.urgency > y.urgency;
    if (x.dueMs != y.dueMs) {
        if ((x.dueMs == 0) != (y.dueMs == 0))
            return y.dueMs == 0; // a due date first
        return x.dueMs < y.dueMs;
    }
    if (x.createdMs != y.createdMs)
        return x.createdMs < y.createdMs;
    return a < b;
}

int DispatchBoardModel::targetRow(int group, qint64 jobId) const
{
    int row = 0;
    for (qint64 other : m_groups[size_t(group)]) {
        if (other != jobId && before(other, jobId))
            ++row;
    }
    return row;
}

void DispatchBoardModel::place(qint64 jobId)
{
    // Where the row sits now is found by its id in the lists, not from the item,
    // whose JSON (and so its group) may have just changed.
    Place old;
    for (int g = 0; g < GroupCount && old.group < 0; ++g) {
        const int row = int(m_groups[size_t(g)].indexOf(jobId));
        if (row >= 0)
            old = {g, row};
    }
    const int group = groupFor(m_items[jobId].job);
    const int target = targetRow(group, jobId);
    QList<qint64> &list = m_groups[size_t(group)];
    const QModelIndex parent = groupIndex(Group(group));
    if (old.group < 0) {
        beginInsertRows(parent, target, target);
        list.insert(target, jobId);
        endInsertRows();
        groupCountChanged(group);
        return;
    }
    if (old.group == group) {
        if (old.row != target) {
            beginMoveRows(parent, old.row, old.row, parent, target > old.row ? target + 1 : target);
            list.move(old.row, target);
            endMoveRows();
        }
    } else {
        QList<qint64> &from = m_groups[size_t(old.group)];
        beginMoveRows(groupIndex(Group(old.group)), old.row, old.row, parent, target);
        from.removeAt(old.row);
        list.insert(target, jobId);
        endMoveRows();
        groupCountChanged(old.group);
        groupCountChanged(group);
    }
    Q_EMIT dataChanged(index(target, 0, parent), index(target, ColumnCount - 1, parent));
}

void DispatchBoardModel::remove(qint64 jobId)
{
    for (int g = 0; g < GroupCount; ++g) {
        const int row = int(m_groups[size_t(g)].indexOf(jobId));
        if (row < 0)
            continue;
        beginRemoveRows(groupIndex(Group(g)), row, row);
        m_groups[size_t(g)].removeAt(row);
        m_items.remove(jobId);
        endRemoveRows();
        groupCountChanged(g);
        return;
    }
    m_items.remove(jobId);
}

void DispatchBoardModel::groupCountChanged(int group)
{
    const QModelIndex i = groupIndex(Group(group));
    Q_EMIT dataChanged(i, i);
}

QModelIndex DispatchBoardModel::indexOfJob(qint64 jobId, int column) const
{
    const Place p = find(jobId);
    if (p.group < 0 || p.row < 0)
        return {};
    return index(p.row, column, groupIndex(Group(p.group)));
}

QModelIndex DispatchBoardModel::groupIndex(Group g) const
{
    return createIndex(int(g), 0, quintptr(0));
}

QJsonObject DispatchBoardModel::job(qint64 jobId) const
{
    return m_items.value(jobId).job;
}

QList<QJsonObject> DispatchBoardModel::pendingOffers(qint64 jobId) const
{
    return m_items.value(jobId).offers;
}

QStringList DispatchBoardModel::categories() const
{
    QSet<QString> seen;
    for (const Item &item : m_items) {
        const QString c = item.job.value(QStringLiteral("category")).toString().trimmed();
        if (!c.isEmpty())
            seen.insert(c);
    }
    QStringList list(seen.begin(), seen.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QModelIndex DispatchBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= int(m_groups[size_t(parent.row())].size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DispatchBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DispatchBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].size());
}

int DispatchBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DispatchBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case UrgencyColumn:
        return tr("Urgency");
    case WaitingColumn:
        return tr("Waiting");
    case DueColumn:
        return tr("Due");
    case WorkerColumn:
        return tr("Offer / worker");
    }
    return {};
}

QVariant DispatchBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group g = Group(index.row());
        const int n = count(g);
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? tr("%1  (%2)").arg(groupTitle(g)).arg(n) : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        case Qt::ForegroundRole:
            return g == Group::NeedsAttention ? QBrush(QColor(0xB3, 0x26, 0x1E)) : QVariant();
        case IsGroupRole:
            return true;
        case GroupRole:
            return int(g);
        case CountRole:
            return n;
        default:
            return {};
        }
    }
    const int g = int(index.internalId() - 1);
    const QList<qint64> &list = m_groups[size_t(g)];
    if (index.row() >= list.size())
        return {};
    const auto it = m_items.constFind(list.at(index.row()));
    if (it == m_items.constEnd())
        return {};
    if (role == GroupRole)
        return g;
    return jobData(*it, index.column(), role);
}

QString DispatchBoardModel::workerText(const Item &item) const
{
    if (!item.offers.isEmpty()) {
        const QJsonObject &first = item.offers.first();
        const qint64 left = (msOf(first, kExpiresAt) - now().toMSecsSinceEpoch() + 999) / 1000;
        const QString who = workerName(first.value(kWorkerId).toInteger());
        const QString names =
            item.offers.size() > 1 ? tr("%1 +%2").arg(who).arg(item.offers.size() - 1) : who;
        return tr("%1 · %2").arg(names, DisplayText::countdown(left));
    }
    if (item.job.value(kWorkerId).isDouble())
        return workerName(item.job.value(kWorkerId).toInteger());
    return statusOf(item.job) == JobStatus::Matching ? tr("Offered") : tr("—");
}

QVariant DispatchBoardModel::jobData(const Item &item, int column, int role) const
{
    const QDateTime current = now();
    const qint64 nowMs = current.toMSecsSinceEpoch();
    const qint64 waiting = item.createdMs ? (nowMs - item.createdMs) / 1000 : 0;
    const qint64 toDue = item.dueMs ? (item.dueMs - nowMs) / 1000 : 0;
    const Urgency urgency = Urgency(item.urgency);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn: {
            const QString title = item.job.value(QStringLiteral("title")).toString();
            const QString client = item.job.value(QStringLiteral("clientRef")).toString();
            return client.isEmpty() ? title : tr("%1  ·  %2").arg(title, client);
        }
        case UrgencyColumn:
            return DispatchWords::urgency(urgency);
        case WaitingColumn:
            return timer(waiting);
        case DueColumn:
            if (!item.dueMs)
                return tr("No due date");
            return toDue < 0 ? tr("%1 overdue").arg(timer(toDue)) : tr("%1 left").arg(timer(toDue));
        case WorkerColumn:
            return workerText(item);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DueColumn && item.dueMs)
            return tr("Due %1").arg(
                DisplayText::dateTime(QDateTime::fromMSecsSinceEpoch(item.dueMs, Qt::UTC)));
        if (column == WaitingColumn && item.createdMs)
            return tr("Created %1")
                .arg(
                    DisplayText::dateTime(QDateTime::fromMSecsSinceEpoch(item.createdMs, Qt::UTC)));
        if (column == TitleColumn)
            return item.job.value(QStringLiteral("title")).toString();
        return {};
    case Qt::ForegroundRole:
        if (column == UrgencyColumn)
            return QBrush(DispatchWords::urgencyColour(urgency));
        if (column == DueColumn && item.dueMs && toDue < 0)
            return QBrush(QColor(0xB3, 0x26, 0x1E));
        if (column == DueColumn && item.dueMs && toDue < 4 * 3600)
            return QBrush(QColor(0xA0, 0x5A, 0x00));
        return {};
    case Qt::FontRole:
        if ((column == DueColumn && item.dueMs && toDue < 0) ||
            (column == UrgencyColumn && urgency == Urgency::Critical)) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == WaitingColumn || column == DueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return item.job.value(kId).toInteger();
    case JobRole:
        return item.job;
    case IsGroupRole:
        return false;
    case StatusRole:
        return int(statusOf(item.job));
    case UrgencyRole:
        return item.urgency;
    case SecondsWaitingRole:
        return waiting;
    case SecondsToDueRole:
        return item.dueMs ? QVariant(toDue) : QVariant();
    case OfferSecondsLeftRole:
        if (item.offers.isEmpty())
            return {};
        return (msOf(item.offers.first(), kExpiresAt) - nowMs) / 1000;
    case SearchTextRole: {
        QStringList parts{item.job.value(QStringLiteral("title")).toString(),
                          item.job.value(QStringLiteral("clientRef")).toString(),
                          item.job.value(QStringLiteral("category")).toString(),
                          QStringLiteral("#%1").arg(item.job.value(kId).toInteger())};
        for (const QJsonValue &s : item.job.value(QStringLiteral("requiredSkills")).toArray())
            parts << s.toObject().value(QStringLiteral("skill")).toString();
        parts << workerText(item);
        return parts.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

} // namespace jobdesk::ui
