#include "reviewqueue.h"

#include "apiclient.h"
#include "displaytext.h"
#include "pagedfetch.h"
#include "realtimeclient.h"
#include "reviewpane.h"
#include "session.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

constexpr int JobRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

class ReviewItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        return data(0, SortRole).toLongLong() < other.data(0, SortRole).toLongLong();
    }
};

} // namespace

ReviewQueue::ReviewQueue(net::ApiClient *api, net::Session *session, net::RealtimeClient *realtime,
                         QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_realtime(realtime)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_pane(new ReviewPane(api, session, this))
{
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setPlaceholderText(tr("Search jobs in review"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Job"), tr("Worker"), tr("Submitted"), tr("Revisions")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->resizeSection(1, 110);
    m_list->header()->resizeSection(2, 150);
    m_list->header()->resizeSection(3, 64);
    m_list->setSortingEnabled(false);
    m_empty->setObjectName(QStringLiteral("reviewSummary"));
    m_empty->setStyleSheet(QStringLiteral("color: #4a5058; padding: 4px 8px;"));

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(8, 8, 0, 0);
    ll->setSpacing(4);
    ll->addWidget(m_search);
    ll->addWidget(m_list, 1);
    ll->addWidget(m_empty);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_pane);
    split->setChildrenCollapsible(false);
    split->setSizes({560, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReviewQueue::showCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewQueue::filter);
    connect(m_pane, &ReviewPane::decided, this, [this](const QJsonObject &job, const QString &m) {
        upsert(job);
        Q_EMIT message(m);
    });
    connect(m_realtime, &net::RealtimeClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &payload) {
                if (!m_loaded || !type.startsWith(QLatin1String("job.")))
                    return;
                const QJsonObject job = payload.value(QStringLiteral("job")).toObject();
                if (!job.isEmpty())
                    upsert(job);
            });
    connect(m_realtime, &net::RealtimeClient::stateChanged, this, [this] {
        if (m_realtime->state() == net::RealtimeClient::State::Live && !m_caughtUp) {
            m_caughtUp = true;
            reload();
        }
    });
    connect(m_realtime, &net::RealtimeClient::resyncNeeded, this, &ReviewQueue::reload);
    fetchUserNames(m_api, this, [this](const QHash<qint64, QString> &names) {
        m_names.insert(names);
        m_pane->setNames(m_names);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            fill(m_list->topLevelItem(i), m_list->topLevelItem(i)->data(0, JobRole).toJsonObject());
    });
    reload();
}

void ReviewQueue::reload()
{
    const int generation = ++m_generation;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("review"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("updatedAt"));
    m_api->get(QStringLiteral("/jobs"), q, this, [this, generation](const net::ApiResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_empty->setText(tr("The review queue could not be loaded: %1").arg(r.message()));
            return;
        }
        const qint64 current = m_pane->jobId();
        m_list->clear();
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            upsert(v.toObject());
        m_loaded = true;
        if (current && itemFor(current))
            selectJob(current);
        else if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
        filter();
    });
}

int ReviewQueue::count() const
{
    return m_list->topLevelItemCount();
}

QTreeWidgetItem *ReviewQueue::itemFor(qint64 jobId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, JobRole).toJsonObject().value(QStringLiteral("id")).toInteger() == jobId)
            return item;
    }
    return nullptr;
}

void ReviewQueue::upsert(const QJsonObject &job)
{
    const qint64 id = job.value(QStringLiteral("id")).toInteger();
    QTreeWidgetItem *item = itemFor(id);
    if (job.value(QStringLiteral("status")).toString() != QLatin1String("review")) {
        if (item)
            remove(id);
        else if (m_pane->jobId() == id)
            m_pane->setJob(job);
        return;
    }
    const bool added = !item;
    if (added)
        item = new ReviewItem(m_list);
    else if (item->data(0, JobRole).toJsonObject().value(QStringLiteral("version")).toInt() >
             job.value(QStringLiteral("version")).toInt())
        return; // an older copy
    fill(item, job);
    m_list->sortItems(0, Qt::AscendingOrder); // oldest submission first
    if (added) {
        filter();
        Q_EMIT countChanged(count());
        if (!m_list->currentItem())
            m_list->setCurrentItem(item);
    }
    if (m_pane->jobId() == id)
        m_pane->setJob(job);
}

void ReviewQueue::remove(qint64 jobId)
{
    QTreeWidgetItem *item = itemFor(jobId);
    if (!item)
        return;
    const bool wasCurrent = m_list->currentItem() == item;
    const int row = m_list->indexOfTopLevelItem(item);
    delete m_list->takeTopLevelItem(row);
    if (wasCurrent && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1)));
    else if (wasCurrent)
        m_pane->setJob({});
    filter();
    Q_EMIT countChanged(count());
}

void ReviewQueue::fill(QTreeWidgetItem *item, const QJsonObject &job)
{
    const QDateTime at = DisplayText::parseTime(job.value(QStringLiteral("updatedAt")).toString());
    const qint64 worker = job.value(QStringLiteral("workerId")).toInteger();
    item->setData(0, JobRole, job);
    item->setData(0, SortRole, at.toMSecsSinceEpoch());
    item->setText(0, job.value(QStringLiteral("title")).toString());
    item->setToolTip(0, job.value(QStringLiteral("title")).toString());
    item->setText(1, m_names.value(worker, worker ? tr("#%1").arg(worker) : QString()));
    item->setText(2, DisplayText::dateTime(at));
    const int revisions = job.value(QStringLiteral("revisionCount")).toInt();
    item->setText(3, QString::number(revisions));
    item->setTextAlignment(3, Qt::AlignCenter);
    item->setForeground(3, revisions > 0 ? QColor(0xA3, 0x2E, 0x1E) : QColor(0x6B, 0x72, 0x80));
}

void ReviewQueue::selectJob(qint64 jobId)
{
    if (QTreeWidgetItem *item = itemFor(jobId))
        m_list->setCurrentItem(item);
}

void ReviewQueue::showCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_pane->setJob(item ? item->data(0, JobRole).toJsonObject() : QJsonObject());
}

void ReviewQueue::filter()
{
    const QString text = m_search->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                           item->text(1).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        shown += match;
    }
    m_empty->setText(count() == 0
                         ? tr("Nothing to review.")
                         : tr("%n job(s) waiting for review", nullptr, count()) +
                               (shown < count() ? tr(" · %1 shown").arg(shown) : QString()));
}

} // namespace jobdesk::ui
