#include "workerwindow.h"

#include "apiclient.h"
#include "appicon.h"
#include "awayprompt.h"
#include "connectionstate.h"
#include "displaytext.h"
#include "idlemonitor.h"
#include "jobchat.h"
#include "jobdetailpane.h"
#include "jobqueuemodel.h"
#include "jobqueueview.h"
#include "localstore.h"
#include "session.h"
#include "syncengine.h"
#include "timerbar.h"
#include "timetracker.h"
#include "workerpreferences.h"
#include "workertray.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <memory>

namespace jobdesk::ui {

WorkerWindow::WorkerWindow(net::ApiClient *api, net::Session *session,
                           net::RealtimeClient *realtime, net::LocalStore *store,
                           net::UploadQueue *uploads, net::DeliverableSubmitter *submitter,
                           QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_session(session)
    , m_realtime(realtime)
    , m_store(store)
    , m_tracker(new net::TimeTracker(store, this))
    , m_sync(new net::SyncEngine(store, api, this))
    , m_model(new JobQueueModel(this))
    , m_tray(new WorkerTray(this))
    , m_idle(net::IdleMonitor::createForDesktop(this))
    , m_away(new AwayPrompt(m_tracker, this))
    , m_connection(new QLabel(this))
{
    m_tracker->setIdleSource(m_idle);
    applySettings();
    connect(qGuiApp, &QGuiApplication::commitDataRequest, this, &WorkerWindow::sessionEnding);
    const qint64 me = session->user().value(QStringLiteral("id")).toInteger();
    m_model->setWorkerId(me);
    m_queue = new JobQueueView(m_model, this);
    m_detail = new JobDetailPane(api, me, uploads, submitter, this);
    m_timerBar = new TimerBar(m_tracker, store, m_sync, this);
    setWindowTitle(
        tr("Jobdesk — %1").arg(session->user().value(QStringLiteral("name")).toString()));
    setWindowIcon(AppIcon::icon());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_queue);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 760});
    split->setChildrenCollapsible(false);
    m_queue->setMinimumWidth(340);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_timerBar);
    layout->addWidget(m_away);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
    buildMenus();
    resize(1200, 760);

    connect(m_queue, &JobQueueView::currentJobChanged, this, &WorkerWindow::showJob);
    connect(m_queue, &JobQueueView::jobActivated, this, [this](qint64 id) {
        showJob(id);
        m_detail->setFocus();
    });
    connect(m_queue, &JobQueueView::acceptRequested, this, &WorkerWindow::accept);
    connect(m_queue, &JobQueueView::declineRequested, this, &WorkerWindow::decline);
    connect(m_detail, &JobDetailPane::acceptRequested, this, &WorkerWindow::accept);
    connect(m_detail, &JobDetailPane::declineRequested, this, &WorkerWindow::decline);
    connect(m_detail, &JobDetailPane::transitionRequested, this, &WorkerWindow::transition);
    connect(m_detail, &JobDetailPane::deliverableSubmitted, this,
            [this](qint64 jobId, int version) {
                toast(tr("Version %1 submitted for review.").arg(version));
                refreshJob(jobId);
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WorkerWindow::heldJobsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WorkerWindow::heldJobsChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &WorkerWindow::heldJobsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkerWindow::heldJobsChanged);
    connect(m_timerBar, &TimerBar::manualEntryRequested, this, &WorkerWindow::openManualEntry);
    connect(m_timerBar, &TimerBar::timesheetRequested, this, &WorkerWindow::openTimesheet);
    connect(m_timerBar, &TimerBar::message, this, &WorkerWindow::toast);
    connect(m_timerBar, &TimerBar::totalsChanged, this, [this] {
        m_tray->setStatus(m_tracker->isRunning(), m_timerBar->runningText(),
                          DisplayText::clock(m_timerBar->todaySeconds()));
        const qint64 shown = m_detail->jobId();
        if (shown && m_tracker->isRunning() && m_tracker->runningJobId() == shown)
            m_detail->setTrackedSeconds(trackedSeconds(shown));
    });
    connect(m_store, &net::LocalStore::entriesChanged, this, [this] {
        if (m_detail->jobId())
            m_detail->setTrackedSeconds(trackedSeconds(m_detail->jobId()));
    });
    connect(m_tracker, &net::TimeTracker::recoveredEntryFound, this,
            &WorkerWindow::askAboutRecovered);
    connect(m_tray, &WorkerTray::toggleTimerRequested, this, [this] {
        const net::Status s = m_tracker->isRunning()
                                  ? m_tracker->stop()
                                  : m_tracker->start(m_timerBar->selectedJobId());
        if (!s.ok())
            toast(s.error);
    });
    connect(m_tray, &WorkerTray::showWindowRequested, this, &WorkerWindow::showFromTray);
    connect(m_tray, &WorkerTray::awayRequested, this, [this] {
        showFromTray();
        m_away->setFocus();
    });
    connect(m_tray, &WorkerTray::quitRequested, this, &WorkerWindow::requestQuit);
    connect(m_tracker, &net::TimeTracker::awaySpanFound, this, &WorkerWindow::awayFound);
    connect(m_tracker, &net::TimeTracker::awaySpansChanged, this,
            [this] { m_tray->setAwayPending(int(m_tracker->awaySpans().size())); });
    connect(m_away, &AwayPrompt::message, this, &WorkerWindow::toast);
    connect(m_detail->chat(), &JobChat::read, this,
            [this](qint64 jobId, qint64) { m_model->setUnread(jobId, 0); });
    connect(m_realtime, &net::RealtimeClient::event, this, &WorkerWindow::onEvent);
    connect(m_realtime, &net::RealtimeClient::stateChanged, this, [this] {
        if (m_realtime->state() == net::RealtimeClient::State::Live && !m_caughtUp) {
            m_caughtUp = true;
            reload(); // closes any gap between the first load and the live feed
        }
        updateConnection();
    });
    connect(m_realtime, &net::RealtimeClient::resyncNeeded, this, &WorkerWindow::reload);
    connect(m_api, &net::ApiClient::reachabilityChanged, this, [this](bool online) {
        m_online = online;
        m_timerBar->setOnline(online);
        updateConnection();
    });
    m_detail->show({}, {}, 0);
    updateConnection();
    m_sync->setAutoSync(true);
    reload();
}

WorkerWindow::~WorkerWindow()
{
    if (m_inTray)
        QGuiApplication::setQuitOnLastWindowClosed(m_quitOnLastClosed);
    // Signing out or the app ending is not a crash: a running timer is stopped
    // and recorded (quitting asked first; see workerclose.cpp).
    if (m_tracker->isRunning())
        m_tracker->stop();
}

void WorkerWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Jobdesk"));
    file->addAction(tr("&Reload jobs"), QKeySequence::Refresh, this, &WorkerWindow::reload);
    file->addAction(tr("Add &time…"), this, &WorkerWindow::openManualEntry);
    file->addAction(tr("My &timesheet…"), this, &WorkerWindow::openTimesheet);
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                    &WorkerWindow::openPreferences);
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &WorkerWindow::signOutRequested);
    QAction *quit =
        file->addAction(tr("&Quit"), QKeySequence::Quit, this, &WorkerWindow::requestQuit);
    quit->setObjectName(QStringLiteral("quitAction"));
}

void WorkerWindow::reload()
{
    // The cached queue is on screen at once; the server's answer replaces it (events
    // that arrive meanwhile wait in m_early until then, as before).
    if (!m_loaded && !m_showingCache) {
        const auto cached = m_store->cachedJobs();
        if (cached.ok() && !cached.value.isEmpty()) {
            QJsonArray jobs;
            for (const QJsonObject &j : cached.value)
                jobs.append(j);
            m_model->reset(jobs, {});
            m_showingCache = true;
        }
    }
    const int generation = ++m_loadGeneration;
    auto results = std::make_shared<std::pair<QJsonArray, QJsonArray>>();
    auto remaining = std::make_shared<int>(2);
    auto failure = std::make_shared<QString>();
    const auto done = [this, generation, results, remaining, failure] {
        if (--*remaining > 0 || generation != m_loadGeneration)
            return;
        if (failure->isEmpty()) {
            listsLoaded(results->first, results->second);
            return;
        }
        // Offline: the cached queue (shown already) keeps the app useful.
        if (!m_loaded && !m_showingCache) {
            m_queue->setPlaceholder(tr("Your jobs could not be loaded.\n%1").arg(*failure));
        }
        statusBar()->showMessage(tr("Could not refresh jobs: %1").arg(*failure), 8000);
    };
    QUrlQuery jobsQuery;
    jobsQuery.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_api->get(QStringLiteral("/jobs"), jobsQuery, this,
               [results, failure, done](const net::ApiResult &r) {
                   if (r.ok())
                       results->first = r.json.value(QStringLiteral("items")).toArray();
                   else
                       *failure = r.message();
                   done();
               });
    QUrlQuery offersQuery;
    offersQuery.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
    m_api->get(QStringLiteral("/offers"), offersQuery, this,
               [results, failure, done](const net::ApiResult &r) {
                   if (r.ok())
                       results->second = r.json.value(QStringLiteral("items")).toArray();
                   else
                       *failure = r.message();
                   done();
               });
}

void WorkerWindow::listsLoaded(const QJsonArray &jobs, const QJsonArray &offers)
{
    const qint64 current = m_queue->currentJobId();
    m_model->reset(jobs, offers);
    m_loaded = true;
    // Events that raced the lists are newer than or equal to them: apply on top.
    const auto early = std::exchange(m_early, {});
    for (const auto &[type, payload] : early)
        m_model->applyEvent(type, payload);
    QList<QJsonObject> cache;
    for (const QJsonValue &v : jobs)
        cache.append(v.toObject());
    m_store->cacheJobs(cache);
    loadUnread();
    // Open the most pressing job (the first row) so the window never starts empty.
    const QModelIndex first = m_model->index(0, 0, [this] {
        for (int g = 0; g < JobQueueModel::GroupCount; ++g) {
            if (m_model->count(JobQueueModel::Group(g)) > 0)
                return m_model->groupIndex(JobQueueModel::Group(g));
        }
        return QModelIndex();
    }());
    m_queue->selectJob(current ? current : first.data(JobQueueModel::JobIdRole).toLongLong());
    showJob(m_queue->currentJobId());
}

void WorkerWindow::loadUnread()
{
    const int generation = m_loadGeneration;
    m_api->get(QStringLiteral("/messages/unread"), {}, this,
               [this, generation](const net::ApiResult &r) {
                   if (!r.ok() || generation != m_loadGeneration)
                       return; // the badges keep what they had
                   QHash<qint64, int> counts;
                   for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
                       const QJsonObject o = v.toObject();
                       const qint64 jobId = o.value(QStringLiteral("jobId")).toInteger();
                       if (!m_detail->chat()->isReading(jobId))
                           counts.insert(jobId, o.value(QStringLiteral("unread")).toInt());
                   }
                   m_model->setAllUnread(counts);
               });
}

void WorkerWindow::onEvent(qint64, const QString &type, const QJsonObject &payload)
{
    if (type == QLatin1String("message.created")) {
        const QJsonObject message = payload.value(QStringLiteral("message")).toObject();
        const qint64 jobId = message.value(QStringLiteral("jobId")).toInteger();
        const qint64 me = m_session->user().value(QStringLiteral("id")).toInteger();
        m_detail->chat()->addMessage(message);
        // Unread unless the worker is looking at that chat right now.
        if (message.value(QStringLiteral("authorId")).toInteger() != me &&
            !m_detail->chat()->isReading(jobId))
            m_model->setUnread(jobId, m_model->unread(jobId) + 1);
        return;
    }
    if (type == QLatin1String("notification.created")) {
        if (m_caughtUp)
            onNotification(payload);
        return;
    }
    if (!m_loaded) {
        m_early.append({type, payload});
        return;
    }
    if (!m_model->applyEvent(type, payload))
        return;
    const qint64 shown = m_detail->jobId();
    if (shown &&
        (payload.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toInteger() ==
             shown ||
         payload.value(QStringLiteral("jobId")).toInteger() == shown))
        showJob(shown);
}

void WorkerWindow::onNotification(const QJsonObject &n)
{
    const QString kind = n.value(QStringLiteral("kind")).toString();
    const QJsonObject d = n.value(QStringLiteral("data")).toObject();
    const QString title = d.value(QStringLiteral("title")).toString();
    if (kind == QLatin1String("offer_received"))
        m_tray->notify(tr("New offer"), tr("%1 — answer before the offer expires.").arg(title));
    else if (kind == QLatin1String("message"))
        m_tray->notify(tr("New message"), d.value(QStringLiteral("preview")).toString());
    else if (kind == QLatin1String("revision_requested"))
        m_tray->notify(tr("Revision requested"),
                       tr("%1: %2").arg(title, d.value(QStringLiteral("note")).toString()));
    else if (kind == QLatin1String("offer_expired"))
        m_tray->notify(tr("Offer expired"), title);
}

void WorkerWindow::showJob(qint64 jobId)
{
    m_detail->show(m_model->job(jobId), m_model->offerForJob(jobId), trackedSeconds(jobId));
    if (jobId)
        m_timerBar->selectJob(jobId);
}

qint64 WorkerWindow::trackedSeconds(qint64 jobId) const
{
    if (jobId == 0)
        return 0;
    const auto list = m_store->entries(QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                       QDateTime::currentDateTimeUtc().addDays(1));
    qint64 total = 0;
    for (const net::LocalEntry &e : list.value) {
        if (e.entry.jobId == jobId && !e.entry.deleted && !e.held)
            total += e.entry.seconds();
    }
    if (m_tracker->isRunning() && m_tracker->runningJobId() == jobId)
        total += m_tracker->elapsed() / 1000;
    return total;
}

void WorkerWindow::heldJobsChanged()
{
    const QList<QJsonObject> held = m_model->heldJobs();
    m_timerBar->setJobs(held);
    m_away->setJobs(held);
}

void WorkerWindow::updateConnection()
{
    m_connection->setText(connectionBadge(connectionState(m_online, m_realtime), connectionText()));
}

QString WorkerWindow::connectionText() const
{
    return ui::connectionText(connectionState(m_online, m_realtime),
                              tr("Offline — time is still tracked"), tr("Live"),
                              tr("Reconnecting…"));
}

void WorkerWindow::toast(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

} // namespace jobdesk::ui
