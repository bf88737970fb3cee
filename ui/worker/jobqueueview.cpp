#include "jobqueueview.h"

#include "jobqueuedelegate.h"
#include "jobqueuefilter.h"
#include "jobqueuemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace jobdesk::ui {

JobQueueView::JobQueueView(JobQueueModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new JobQueueFilter(this))
    , m_delegate(new JobQueueDelegate(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search jobs  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("queueStatusFilter"));
    m_status->addItem(tr("All jobs"), -1);
    for (int g = 0; g < JobQueueModel::GroupCount; ++g)
        m_status->addItem(JobQueueModel::groupTitle(JobQueueModel::Group(g)), g);

    m_tree->setObjectName(QStringLiteral("jobQueue"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0);
    m_tree->setItemsExpandable(false);
    m_tree->setMouseTracking(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->expandAll();

    m_empty->setObjectName(QStringLiteral("queueEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 8, 8, 4);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        modelChanged();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_tree->setFocus(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setGroup(m_status->currentData().toInt());
        modelChanged();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(JobQueueModel::JobIdRole).toLongLong();
                if (id == m_current)
                    return;
                m_current = id;
                Q_EMIT currentJobChanged(id);
            });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(JobQueueModel::JobIdRole).toLongLong())
            Q_EMIT jobActivated(id);
    });
    connect(m_delegate, &JobQueueDelegate::acceptClicked, this, &JobQueueView::acceptRequested);
    connect(m_delegate, &JobQueueDelegate::declineClicked, this, &JobQueueView::declineRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &JobQueueView::modelChanged);
    connect(m_filter, &QAbstractItemModel::rowsMoved, this, &JobQueueView::modelChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JobQueueView::modelChanged);
    connect(&m_tick, &QTimer::timeout, m_model, &JobQueueModel::tick);
    m_tick.start(1000);
    setPlaceholder(tr("Loading your jobs…"));
}

void JobQueueView::setPlaceholder(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void JobQueueView::modelChanged()
{
    m_tree->expandAll();
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_tree);
    } else {
        const bool filtered = !m_search->text().isEmpty() || m_status->currentIndex() > 0;
        m_empty->setText(filtered ? tr("No jobs match your search.")
                                  : tr("No jobs yet.\nNew offers appear here as soon as an "
                                       "admin sends them."));
        m_stack->setCurrentWidget(m_empty);
    }
    // Keep the open job selected when its row moved between groups.
    if (m_current != 0 && currentJobId() != m_current)
        selectJob(m_current);
}

qint64 JobQueueView::currentJobId() const
{
    return m_tree->currentIndex().data(JobQueueModel::JobIdRole).toLongLong();
}

void JobQueueView::selectJob(qint64 jobId)
{
    const QModelIndex i = m_filter->mapFromSource(m_model->indexOfJob(jobId));
    if (!i.isValid())
        return;
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
}

} // namespace jobdesk::ui
