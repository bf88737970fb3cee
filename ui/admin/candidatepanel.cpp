#include "candidatepanel.h"

#include "apiclient.h"
#include "candidatelist.h"
#include "dispatchwords.h"
#include "displaytext.h"
#include "jobfields.h"
#include "lifecycle.h"
#include "panelabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

using jobfields::statusOf;

CandidatePanel::CandidatePanel(net::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_chip(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_offerLine(new QLabel(this))
    , m_message(new QLabel(this))
    , m_dispatch(new QPushButton(tr("Dispatch"), this))
    , m_offer(new QPushButton(tr("Offer…"), this))
    , m_assign(new QPushButton(tr("Assign"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_cancel(new QPushButton(tr("Cancel job…"), this))
    , m_rankedCaption(caption(tr("Ranked candidates"), this))
    , m_rankingNote(new QLabel(this))
    , m_ranked(new RankedList(this))
    , m_excludedCaption(caption(tr("Not eligible"), this))
    , m_excluded(new ExcludedList(this))
    , m_history(new QTreeWidget(this))
{
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_chip->setObjectName(QStringLiteral("panelStatus"));
    m_offerLine->setObjectName(QStringLiteral("panelOffer"));
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_dispatch->setObjectName(QStringLiteral("dispatchJob"));
    m_offer->setObjectName(QStringLiteral("offerJob"));
    m_assign->setObjectName(QStringLiteral("assignJob"));
    m_edit->setObjectName(QStringLiteral("editJob"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_rankingNote->setObjectName(QStringLiteral("rankingNote"));
    m_history->setObjectName(QStringLiteral("jobHistory"));
    makeHeading(m_title);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_rankingNote->setWordWrap(true);
    m_rankingNote->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_offer->setToolTip(tr("Offer the job to the selected candidate, with an acceptance window"));
    m_assign->setToolTip(tr("Give the job to the selected candidate without an offer"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("When"), tr("What happened"), tr("By")});
    m_history->setRootIsDecorated(false);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->header()->resizeSection(0, 150);
    m_history->header()->resizeSection(1, 290);

    auto *empty = new QLabel(tr("Select a job on the board to see its candidates."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_chip, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_dispatch, m_offer, m_assign})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_edit);
    actions->addWidget(m_cancel);

    QString legend;
    for (const char *code :
         {"skillFit", "availability", "load", "quality", "fairness", "urgency"}) {
        const QString c = QLatin1String(code);
        legend += QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;&nbsp; ")
                      .arg(DispatchWords::factorColour(c).name(),
                           DispatchWords::factor(c).toHtmlEscaped());
    }
    auto *legendLabel = new QLabel(legend, this);
    legendLabel->setObjectName(QStringLiteral("factorLegend"));
    legendLabel->setWordWrap(true);

    const auto section = [this](QWidget *title, std::initializer_list<QWidget *> widgets) {
        auto *w = new QWidget(this);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 6, 0, 0);
        l->setSpacing(4);
        l->addWidget(title);
        for (QWidget *x : widgets)
            l->addWidget(x, x == m_ranked || x == m_excluded || x == m_history ? 1 : 0);
        return w;
    };
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(section(m_rankedCaption, {m_rankingNote, legendLabel, m_ranked}));
    split->addWidget(section(m_excludedCaption, {m_excluded}));
    split->addWidget(section(caption(tr("History"), this), {m_history}));
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);

    auto *details = new QWidget(this);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(16, 12, 16, 8);
    dl->addLayout(header);
    dl->addWidget(m_facts);
    dl->addWidget(m_offerLine);
    dl->addLayout(actions);
    dl->addWidget(m_message);
    dl->addWidget(split, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(300); // a burst of events costs one reload
    connect(&m_reloadSoon, &QTimer::timeout, this, &CandidatePanel::reload);
    connect(m_ranked, &QTreeWidget::currentItemChanged, this, &CandidatePanel::updateActions);
    connect(m_dispatch, &QPushButton::clicked, this, [this] {
        if (statusOf(m_job) == JobStatus::Pending)
            Q_EMIT dispatchRequested(m_jobId);
        else
            Q_EMIT redispatchRequested(m_jobId);
    });
    connect(m_offer, &QPushButton::clicked, this, [this] {
        Q_EMIT offerRequested(m_jobId, m_ranked->selectedWorkerId(),
                              m_ranked->selectedWorkerName());
    });
    connect(m_assign, &QPushButton::clicked, this, [this] {
        Q_EMIT assignRequested(m_jobId, m_ranked->selectedWorkerId(),
                               m_ranked->selectedWorkerName());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_jobId); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_jobId); });
}

void CandidatePanel::setNames(const QHash<qint64, QString> &userNames,
                              const QHash<QString, QString> &skillNames)
{
    m_userNames = userNames;
    m_skillNames = skillNames;
    updateHeader();
}

void CandidatePanel::setJob(const QJsonObject &job, const QList<QJsonObject> &pendingOffers)
{
    const qint64 id = job.value(QStringLiteral("id")).toInteger();
    const bool same = id == m_jobId;
    m_job = job;
    m_offers = pendingOffers;
    m_jobId = id;
    m_stack->setCurrentIndex(id ? 1 : 0);
    if (!same) {
        ++m_generation;
        setMessage(QString(), false);
        m_ranked->clear();
        m_excluded->clear();
        m_history->clear();
        m_rankingLoaded = false;
        m_reloadSoon.stop();
        if (id)
            reload();
    } else if (id) {
        m_reloadSoon.start();
    }
    updateHeader();
    updateActions();
}

void CandidatePanel::reload()
{
    if (!m_jobId)
        return;
    loadRanking();
    loadHistory();
}

void CandidatePanel::loadRanking()
{
    const int generation = m_generation;
    if (!m_rankingLoaded)
        m_rankingNote->setText(tr("Ranking workers…"));
    m_api->get(QStringLiteral("/jobs/%1/candidates").arg(m_jobId), {}, this,
               [this, generation](const net::ApiResult &r) {
                   if (generation != m_generation)
                       return;
                   if (!r.ok()) {
                       m_rankingError =
                           r.status == 404 || r.status == 405
                               ? tr("This server does not rank candidates yet.")
                               : tr("The ranking could not be loaded: %1").arg(r.message());
                       m_rankingNote->setText(m_rankingError);
                       m_rankedCaption->setText(tr("Ranked candidates"));
                       m_excludedCaption->setText(tr("Not eligible"));
                       return;
                   }
                   m_rankingError.clear();
                   const QJsonArray ranked = r.json.value(QStringLiteral("ranked")).toArray();
                   const QJsonArray excluded = r.json.value(QStringLiteral("excluded")).toArray();
                   m_ranked->setRanked(ranked);
                   m_excluded->setExcluded(excluded, m_skillNames);
                   m_rankingLoaded = true;
                   m_rankedCaption->setText(tr("Ranked candidates (%1)").arg(ranked.size()));
                   m_excludedCaption->setText(tr("Not eligible (%1)").arg(excluded.size()));
                   const QDateTime at = DisplayText::parseTime(
                       r.json.value(QStringLiteral("computedAt")).toString());
                   m_rankingNote->setText(
                       ranked.isEmpty()
                           ? tr("Nobody is eligible right now: see the reasons below.")
                           : tr("Score out of 100, ranked %1. Expand a worker for the reasons.")
                                 .arg(DisplayText::dateTime(
                                     at.isValid() ? at : QDateTime::currentDateTimeUtc())));
                   updateActions();
               });
}

void CandidatePanel::loadHistory()
{
    const int generation = m_generation;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("entity"), QStringLiteral("job"));
    q.addQueryItem(QStringLiteral("entityId"), QString::number(m_jobId));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_api->get(QStringLiteral("/audit"), q, this, [this, generation](const net::ApiResult &r) {
        if (generation != m_generation)
            return;
        m_history->clear();
        if (!r.ok()) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(1, tr("The history could not be loaded: %1").arg(r.message()));
            return;
        }
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            const QJsonObject row = v.toObject();
            auto *item = new QTreeWidgetItem(m_history);
            const QDateTime at = DisplayText::parseTime(row.value(QStringLiteral("at")).toString());
            item->setText(0, DisplayText::dateTime(at));
            item->setText(1, DispatchWords::historyStep(row, m_userNames));
            item->setToolTip(1, row.value(QStringLiteral("action")).toString());
            const qint64 actor = row.value(QStringLiteral("actorId")).toInteger();
            item->setText(2, actor == 0 ? tr("System")
                                        : m_userNames.value(actor, tr("#%1").arg(actor)));
            item->setData(0, Qt::UserRole, row.value(QStringLiteral("action")).toString());
        }
    });
}

void CandidatePanel::updateHeader()
{
    if (!m_jobId)
        return;
    const JobStatus status = statusOf(m_job);
    m_title->setText(m_job.value(QStringLiteral("title")).toString());
    const bool flagged = m_job.value(QStringLiteral("needsAttention")).toBool();
    m_chip->setText(flagged ? tr("Needs attention") : DisplayText::status(status));
    const QColor bg = flagged ? QColor(0xFB, 0xE4, 0xE0) : DisplayText::statusBackground(status);
    const QColor fg = flagged ? QColor(0xA3, 0x2E, 0x1E) : DisplayText::statusForeground(status);
    m_chip->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 10px; "
                                         "padding: 3px 10px; font-weight: 600;")
                              .arg(bg.name(), fg.name()));
    QStringList facts;
    const Urgency urgency = urgencyFromString(m_job.value(QStringLiteral("urgency")).toString())
                                .value_or(Urgency::Normal);
    facts << tr("%1 urgency").arg(DispatchWords::urgency(urgency));
    const QDateTime due = DisplayText::parseTime(m_job.value(QStringLiteral("dueAt")).toString());
    facts << (due.isValid() ? tr("due %1 (%2)")
                                  .arg(DisplayText::dateTime(due),
                                       DisplayText::due(due, QDateTime::currentDateTimeUtc()))
                            : tr("no due date"));
    const int estimate = m_job.value(QStringLiteral("estimateMinutes")).toInt();
    if (estimate > 0)
        facts << tr("estimate %1").arg(DisplayText::duration(qint64(estimate) * 60));
    QStringList skills;
    for (const QJsonValue &v : m_job.value(QStringLiteral("requiredSkills")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString key = s.value(QStringLiteral("skill")).toString();
        skills << tr("%1 %2+")
                      .arg(m_skillNames.value(key, key))
                      .arg(s.value(QStringLiteral("minLevel")).toInt());
    }
    if (!skills.isEmpty())
        facts << skills.join(QStringLiteral(", "));
    for (const char *member : {"clientRef", "category"}) {
        const QString text = m_job.value(QLatin1String(member)).toString();
        if (!text.isEmpty())
            facts << text;
    }
    const int revisions = m_job.value(QStringLiteral("revisionCount")).toInt();
    if (revisions > 0)
        facts << tr("%n revision(s)", nullptr, revisions);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    tick();
}

void CandidatePanel::tick()
{
    if (!m_jobId)
        return;
    QString line;
    if (!m_offers.isEmpty()) {
        QStringList offers;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QJsonObject &o : m_offers) {
            const qint64 worker = o.value(QStringLiteral("workerId")).toInteger();
            const QDateTime expires =
                DisplayText::parseTime(o.value(QStringLiteral("expiresAt")).toString());
            offers << tr("%1 (%2)").arg(m_userNames.value(worker, tr("#%1").arg(worker)),
                                        DisplayText::countdown(now.secsTo(expires)));
        }
        line = tr("Offered to %1").arg(offers.join(QStringLiteral(", ")));
    } else if (m_job.value(QStringLiteral("workerId")).isDouble()) {
        const qint64 worker = m_job.value(QStringLiteral("workerId")).toInteger();
        line = tr("Held by %1").arg(m_userNames.value(worker, tr("#%1").arg(worker)));
    }
    m_offerLine->setText(line);
    m_offerLine->setVisible(!line.isEmpty());
}

void CandidatePanel::updateActions()
{
    const JobStatus status = statusOf(m_job);
    const bool open = m_jobId && !Lifecycle::isTerminal(status);
    const bool candidate = m_ranked->selectedWorkerId() != 0;
    const bool flagged = m_job.value(QStringLiteral("needsAttention")).toBool();
    const bool canUnassign = Lifecycle::canMove(status, JobStatus::Pending, Actor::Admin) &&
                             status != JobStatus::Matching;
    m_dispatch->setText(status == JobStatus::Pending
                            ? (flagged ? tr("Re-dispatch") : tr("Dispatch"))
                            : tr("Re-dispatch…"));
    m_dispatch->setToolTip(status == JobStatus::Pending
                               ? tr("Start the offer cascade: the best candidates get the "
                                    "offer in turn")
                               : tr("Take the job back from its worker and start the cascade "
                                    "again"));
    m_dispatch->setEnabled(!m_busy && open && (status == JobStatus::Pending || canUnassign));
    const bool offerable = status == JobStatus::Pending || status == JobStatus::Matching;
    m_offer->setEnabled(!m_busy && open && candidate && offerable);
    m_assign->setEnabled(!m_busy && open && candidate &&
                         Lifecycle::canMove(status, JobStatus::Assigned, Actor::Admin));
    m_edit->setEnabled(!m_busy && open);
    m_cancel->setEnabled(!m_busy && open);
}

void CandidatePanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void CandidatePanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                   : QStringLiteral("color: #1b6b3a;"));
    m_message->setVisible(!text.isEmpty());
}

QString CandidatePanel::rankingState() const
{
    if (!m_rankingError.isEmpty())
        return m_rankingError;
    return m_rankingLoaded ? QStringLiteral("ready") : QStringLiteral("loading");
}

} // namespace jobdesk::ui
