#include "dispatchboard.h"

#include "apiclient.h"
#include "candidatepanel.h"
#include "dispatchboardmodel.h"
#include "dispatchfilter.h"
#include "dispatchwords.h"
#include "jobeditordialog.h"
#include "pagedfetch.h"
#include "realtimeclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace jobdesk::ui {

namespace {

const QString OpenStates = QStringLiteral("pending,matching,assigned,in_progress,review,revision");

} // namespace

DispatchBoard::DispatchBoard(net::ApiClient *api, net::Session *session,
                             net::RealtimeClient *realtime, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_session(session)
    , m_realtime(realtime)
    , m_model(new DispatchBoardModel(this))
    , m_filter(new DispatchFilter(this))
    , m_search(new QLineEdit(this))
    , m_urgency(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_autoDispatch(new QCheckBox(tr("Auto-dispatch new jobs"), this))
    , m_new(new QPushButton(tr("New job…"), this))
    , m_bulk(new QPushButton(tr("Auto-dispatch selected"), this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_panel(new CandidatePanel(api, this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setPlaceholderText(tr("Search title, client, skill, worker, #id  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_urgency->setObjectName(QStringLiteral("boardUrgency"));
    m_urgency->addItem(tr("Any urgency"), -1);
    m_urgency->addItem(tr("Normal and above"), int(Urgency::Normal));
    m_urgency->addItem(tr("High and above"), int(Urgency::High));
    m_urgency->addItem(tr("Critical only"), int(Urgency::Critical));
    m_group->setObjectName(QStringLiteral("boardState"));
    m_group->addItem(tr("Every state"), -1);
    for (int g = 0; g < DispatchBoardModel::GroupCount; ++g)
        m_group->addItem(DispatchBoardModel::groupTitle(DispatchBoardModel::Group(g)), g);
    m_overdue->setObjectName(QStringLiteral("boardOverdue"));
    m_autoDispatch->setObjectName(QStringLiteral("autoDispatchNew"));
    m_autoDispatch->setToolTip(tr("Start the offer cascade for every job created from now on"));
    m_autoDispatch->setEnabled(false); // until the server says what it is
    m_new->setObjectName(QStringLiteral("newJob"));
    m_bulk->setObjectName(QStringLiteral("autoDispatchSelected"));
    m_bulk->setToolTip(tr("Start the offer cascade for every selected pending job"));
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #4a5058; padding: 4px 8px;"));

    m_tree->setObjectName(QStringLiteral("dispatchBoard"));
    m_tree->setModel(m_filter);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setIndentation(12);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(DispatchBoardModel::TitleColumn,
                                           QHeaderView::Interactive);
    m_tree->header()->resizeSection(DispatchBoardModel::TitleColumn, 250);
    m_tree->header()->resizeSection(DispatchBoardModel::UrgencyColumn, 66);
    m_tree->header()->resizeSection(DispatchBoardModel::WaitingColumn, 92);
    m_tree->header()->resizeSection(DispatchBoardModel::DueColumn, 118);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 8, 8, 4);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_urgency);
    filters->addWidget(m_group);
    filters->addWidget(m_overdue);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(8, 0, 8, 4);
    tools->addWidget(m_new);
    tools->addWidget(m_bulk);
    tools->addStretch();
    tools->addWidget(m_autoDispatch);
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->setSpacing(0);
    ll->addLayout(filters);
    ll->addLayout(tools);
    ll->addWidget(m_tree, 1);
    ll->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_panel);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({680, 600});
    left->setMinimumWidth(420);
    m_panel->setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setText(t);
        m_tree->expandAll();
        updateSummary();
    });
    connect(m_urgency, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMinimumUrgency(m_urgency->currentData().toInt());
        m_tree->expandAll();
        updateSummary();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setGroup(m_group->currentData().toInt());
        m_tree->expandAll();
        updateSummary();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOverdueOnly(on);
        m_tree->expandAll();
        updateSummary();
    });
    connect(m_autoDispatch, &QCheckBox::clicked, this, &DispatchBoard::setAutoDispatch);
    connect(m_new, &QPushButton::clicked, this, &DispatchBoard::newJob);
    connect(m_bulk, &QPushButton::clicked, this, &DispatchBoard::autoDispatchSelected);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DispatchBoard::showCurrent);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_bulk->setEnabled(!selectedJobIds().isEmpty()); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        const qint64 id = i.data(DispatchBoardModel::JobIdRole).toLongLong();
        if (id)
            openEditor(id);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DispatchBoard::expandNewGroups);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DispatchBoard::respan);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DispatchBoard::respan);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DispatchBoard::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DispatchBoard::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &DispatchBoard::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DispatchBoard::updateSummary);

    connect(m_panel, &CandidatePanel::dispatchRequested, this, &DispatchBoard::dispatchJob);
    connect(m_panel, &CandidatePanel::redispatchRequested, this, &DispatchBoard::redispatchJob);
    connect(m_panel, &CandidatePanel::offerRequested, this, &DispatchBoard::offerJob);
    connect(m_panel, &CandidatePanel::assignRequested, this, &DispatchBoard::assignJob);
    connect(m_panel, &CandidatePanel::cancelRequested, this, &DispatchBoard::cancelJob);
    connect(m_panel, &CandidatePanel::editRequested, this, [this](qint64 id) { openEditor(id); });

    // The timers move on their own; nothing is fetched for them.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model->tick();
        m_panel->tick();
        updateSummary(); // jobs become overdue as time passes
    });
    m_tick.start();

    connect(m_realtime, &net::RealtimeClient::event, this, &DispatchBoard::onEvent);
    connect(m_realtime, &net::RealtimeClient::stateChanged, this, [this] {
        if (m_realtime->state() == net::RealtimeClient::State::Live && !m_caughtUp) {
            m_caughtUp = true;
            reload(); // closes any gap between the first load and the live feed
        }
    });
    connect(m_realtime, &net::RealtimeClient::resyncNeeded, this, &DispatchBoard::reload);
    m_bulk->setEnabled(false);
    m_summary->setText(tr("Loading jobs…"));
    loadNames();
    loadSettings();
    reload();
}

void DispatchBoard::setAttachmentUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker)
{
    m_uploads = uploads;
    m_linker = linker;
}

void DispatchBoard::loadNames()
{
    fetchUserNames(m_api, this, [this](const QHash<qint64, QString> &names) {
        m_userNames.insert(names);
        m_model->setWorkerNames(m_userNames);
        m_panel->setNames(m_userNames, m_skillNames);
    });
    m_api->get(QStringLiteral("/skills"), {}, this, [this](const net::ApiResult &r) {
        if (!r.ok())
            return;
        m_skills = r.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : m_skills) {
            const QJsonObject s = v.toObject();
            m_skillNames.insert(s.value(QStringLiteral("key")).toString(),
                                s.value(QStringLiteral("name")).toString());
        }
        m_panel->setNames(m_userNames, m_skillNames);
    });
}

void DispatchBoard::loadSettings()
{
    m_api->get(QStringLiteral("/dispatch/settings"), {}, this, [this](const net::ApiResult &r) {
        if (!r.ok()) {
            m_autoDispatch->setToolTip(tr("This server has no automatic dispatch settings."));
            return;
        }
        const int window = r.json.value(QStringLiteral("offerWindowSeconds")).toInt();
        if (window > 0)
            m_offerWindowSeconds = window;
        m_autoDispatch->setChecked(r.json.value(QStringLiteral("autoDispatch")).toBool());
        m_autoDispatch->setEnabled(true);
    });
}

void DispatchBoard::reload()
{
    const int generation = ++m_loadGeneration;
    auto jobs = std::make_shared<QJsonArray>();
    auto offers = std::make_shared<QJsonArray>();
    auto remaining = std::make_shared<int>(2);
    auto failure = std::make_shared<QString>();
    const auto finish = [this, generation, jobs, offers, remaining, failure] {
        if (--*remaining > 0 || generation != m_loadGeneration)
            return;
        if (!failure->isEmpty()) {
            if (!m_loaded)
                m_summary->setText(tr("The jobs could not be loaded: %1").arg(*failure));
            Q_EMIT message(tr("Could not refresh the board: %1").arg(*failure));
            return;
        }
        loaded(*jobs, *offers);
    };
    // Every open job, page by page.
    auto page = std::make_shared<std::function<void(const QString &)>>();
    *page = [this, generation, jobs, failure, finish, page](const QString &cursor) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), OpenStates);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        m_api->get(QStringLiteral("/jobs"), q, this,
                   [this, generation, jobs, failure, finish, page](const net::ApiResult &r) {
                       if (generation != m_loadGeneration)
                           return;
                       if (!r.ok()) {
                           *failure = r.message();
                           *page = nullptr; // breaks the cycle
                           return finish();
                       }
                       for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
                           jobs->append(v);
                       const QString next = r.json.value(QStringLiteral("nextCursor")).toString();
                       if (!next.isEmpty())
                           return (*page)(next);
                       *page = nullptr;
                       finish();
                   });
    };
    (*page)(QString());
    QUrlQuery oq;
    oq.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
    oq.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    m_api->get(QStringLiteral("/offers"), oq, this,
               [offers, failure, finish](const net::ApiResult &r) {
                   if (r.ok())
                       *offers = r.json.value(QStringLiteral("items")).toArray();
                   else
                       *failure = r.message();
                   finish();
               });
}

void DispatchBoard::loaded(const QJsonArray &jobs, const QJsonArray &offers)
{
    const qint64 current = currentJobId();
    const QList<qint64> selected = selectedJobIds();
    m_model->reset(jobs, offers);
    m_loaded = true;
    const auto early = std::exchange(m_early, {});
    for (const auto &[type, payload] : early)
        m_model->applyEvent(type, payload);
    m_tree->expandAll();
    respan();
    for (qint64 id : selected) {
        const QModelIndex i = m_filter->mapFromSource(m_model->indexOfJob(id));
        if (i.isValid())
            m_tree->selectionModel()->select(i, QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
    }
    if (current && m_model->contains(current)) {
        selectJob(current);
    } else {
        // Open the most pressing job so the panel never starts empty.
        for (int g = 0; g < DispatchBoardModel::GroupCount; ++g) {
            const QModelIndex group =
                m_filter->mapFromSource(m_model->groupIndex(DispatchBoardModel::Group(g)));
            if (group.isValid() && m_filter->rowCount(group) > 0) {
                selectJob(
                    m_filter->index(0, 0, group).data(DispatchBoardModel::JobIdRole).toLongLong());
                break;
            }
        }
    }
    showCurrent();
    updateSummary();
}

void DispatchBoard::onEvent(qint64, const QString &type, const QJsonObject &payload)
{
    if (!type.startsWith(QLatin1String("job.")) && !type.startsWith(QLatin1String("offer.")))
        return;
    if (!m_loaded) {
        m_early.append({type, payload});
        return;
    }
    if (!m_model->applyEvent(type, payload))
        return;
    const qint64 shown = m_panel->jobId();
    const qint64 about =
        payload.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toInteger();
    const qint64 offerJob = payload.value(QStringLiteral("offer"))
                                .toObject()
                                .value(QStringLiteral("jobId"))
                                .toInteger();
    if (shown && (about == shown || offerJob == shown)) {
        if (m_model->contains(shown))
            m_panel->setJob(m_model->job(shown), m_model->pendingOffers(shown));
        else // completed or cancelled: the last word stays on the panel until another pick
            m_panel->setJob(payload.value(QStringLiteral("job")).toObject(), {});
    }
}

qint64 DispatchBoard::currentJobId() const
{
    return m_tree->currentIndex().data(DispatchBoardModel::JobIdRole).toLongLong();
}

QList<qint64> DispatchBoard::selectedJobIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows()) {
        const qint64 id = i.data(DispatchBoardModel::JobIdRole).toLongLong();
        if (id && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void DispatchBoard::selectJob(qint64 jobId)
{
    const QModelIndex i = m_filter->mapFromSource(m_model->indexOfJob(jobId));
    if (!i.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_tree->scrollTo(i);
}

void DispatchBoard::showCurrent()
{
    const qint64 id = currentJobId();
    if (id)
        m_panel->setJob(m_model->job(id), m_model->pendingOffers(id));
    else if (!m_panel->jobId() || m_model->contains(m_panel->jobId()))
        m_panel->setJob({}, {});
}

void DispatchBoard::expandNewGroups(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expand(m_filter->index(row, 0));
    }
}

void DispatchBoard::respan()
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expand(m_filter->index(row, 0));
    }
}

void DispatchBoard::updateSummary()
{
    int overdue = 0;
    for (int g = 0; g < DispatchBoardModel::GroupCount; ++g) {
        const QModelIndex group = m_model->groupIndex(DispatchBoardModel::Group(g));
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            const QVariant due =
                m_model->index(row, 0, group).data(DispatchBoardModel::SecondsToDueRole);
            if (due.isValid() && due.toLongLong() < 0)
                ++overdue;
        }
    }
    const int attention = m_model->count(DispatchBoardModel::Group::NeedsAttention);
    QString text = tr("%n open job(s)", nullptr, m_model->jobCount());
    if (attention)
        text += tr(" · %n need(s) attention", nullptr, attention);
    if (overdue)
        text += tr(" · %n overdue", nullptr, overdue);
    if (m_filter->isFiltering())
        text += tr(" · filtered");
    m_summary->setText(text);
}

void DispatchBoard::refreshJob(qint64 jobId)
{
    m_api->get(QStringLiteral("/jobs/%1").arg(jobId), {}, this,
               [this, jobId](const net::ApiResult &r) {
                   if (!r.ok())
                       return;
                   m_model->upsertJob(r.json);
                   if (m_panel->jobId() == jobId)
                       m_panel->setJob(m_model->contains(jobId) ? m_model->job(jobId) : r.json,
                                       m_model->pendingOffers(jobId));
               });
}

} // namespace jobdesk::ui
