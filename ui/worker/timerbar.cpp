#include "timerbar.h"

#include "displaytext.h"
#include "localstore.h"
#include "syncengine.h"
#include "timetracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace jobdesk::ui {

namespace {} // namespace

TimerBar::TimerBar(net::TimeTracker *tracker, net::LocalStore *store, net::SyncEngine *sync,
                   QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_store(store)
    , m_sync(sync)
    , m_job(new QComboBox(this))
    , m_startStop(new QPushButton(this))
    , m_running(new QLabel(this))
    , m_today(new QLabel(this))
    , m_manual(new QPushButton(tr("Add time…"), this))
    , m_syncLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("timerBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#timerBar { background: #f7f8fa; border-bottom: 1px solid "
                                 "#e3e6ea; }"));
    m_job->setObjectName(QStringLiteral("timerJob"));
    m_job->setMinimumWidth(260);
    m_job->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_job->setMinimumContentsLength(28);
    m_startStop->setObjectName(QStringLiteral("timerStartStop"));
    m_startStop->setMinimumWidth(96);
    m_running->setObjectName(QStringLiteral("timerRunning"));
    QFont mono = m_running->font();
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setWeight(QFont::DemiBold);
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_running->setFont(mono);
    m_running->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("00:00:00")) +
                               8);
    m_today->setObjectName(QStringLiteral("timerToday"));
    m_today->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_manual->setObjectName(QStringLiteral("addTime"));
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncLabel->setTextFormat(Qt::RichText);
    m_syncLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_job);
    layout->addWidget(m_startStop);
    layout->addWidget(m_running);
    layout->addSpacing(8);
    layout->addWidget(m_today);
    layout->addStretch(1);
    layout->addWidget(m_syncLabel);
    layout->addWidget(m_manual);

    connect(m_startStop, &QPushButton::clicked, this, &TimerBar::toggle);
    connect(m_manual, &QPushButton::clicked, this, &TimerBar::manualEntryRequested);
    connect(m_syncLabel, &QLabel::linkActivated, this, &TimerBar::timesheetRequested);
    connect(m_tracker, &net::TimeTracker::runningChanged, this, [this] {
        refreshRunning();
        refreshTotals();
    });
    connect(m_tracker, &net::TimeTracker::failed, this, &TimerBar::message);
    connect(m_store, &net::LocalStore::entriesChanged, this, &TimerBar::refreshTotals);
    connect(m_sync, &net::SyncEngine::stateChanged, this, &TimerBar::refreshSync);
    connect(m_sync, &net::SyncEngine::syncStarted, this, &TimerBar::refreshSync);
    connect(m_sync, &net::SyncEngine::syncFinished, this, &TimerBar::refreshSync);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        refreshRunning();
        Q_EMIT totalsChanged();
    });
    m_tick.start(1000);
    refreshTotals();
    refreshRunning();
    refreshSync();
}

void TimerBar::setJobs(const QList<QJsonObject> &jobs)
{
    const qint64 keep = m_tracker->isRunning() ? m_tracker->runningJobId() : selectedJobId();
    m_job->clear();
    for (const QJsonObject &j : jobs)
        m_job->addItem(j.value(QStringLiteral("title")).toString(),
                       j.value(QStringLiteral("id")).toInteger());
    if (m_job->count() == 0)
        m_job->setPlaceholderText(tr("No jobs to track yet"));
    selectJob(keep);
    refreshRunning();
}

void TimerBar::selectJob(qint64 jobId)
{
    if (m_tracker->isRunning())
        return; // the picker shows what is being timed
    const int i = m_job->findData(jobId);
    if (i >= 0)
        m_job->setCurrentIndex(i);
}

qint64 TimerBar::selectedJobId() const
{
    return m_job->currentData().toLongLong();
}

void TimerBar::setOnline(bool online)
{
    m_online = online;
    refreshSync();
}

void TimerBar::toggle()
{
    const net::Status s =
        m_tracker->isRunning() ? m_tracker->stop() : m_tracker->start(selectedJobId());
    if (!s.ok())
        Q_EMIT message(tr("The timer could not be saved: %1").arg(s.error));
}

QString TimerBar::runningText() const
{
    return m_running->text();
}

qint64 TimerBar::todaySeconds() const
{
    return m_closedToday + (m_tracker->isRunning() ? m_tracker->elapsed() / 1000 : 0);
}

void TimerBar::refreshRunning()
{
    const bool running = m_tracker->isRunning();
    if (running) {
        const int i = m_job->findData(m_tracker->runningJobId());
        if (i >= 0)
            m_job->setCurrentIndex(i);
    }
    m_job->setEnabled(!running);
    m_startStop->setText(running ? tr("Stop") : tr("Start"));
    m_startStop->setEnabled(running || selectedJobId() != 0);
    m_startStop->setStyleSheet(
        running ? QStringLiteral("QPushButton { background: #b3261e; color: white; border: none; "
                                 "border-radius: 4px; padding: 5px 14px; font-weight: 600; }")
                : QStringLiteral("QPushButton { background: #1b7f45; color: white; border: none; "
                                 "border-radius: 4px; padding: 5px 14px; font-weight: 600; }"
                                 "QPushButton:disabled { background: #c4c9d0; }"));
    m_running->setText(DisplayText::clock(running ? m_tracker->elapsed() / 1000 : 0));
    m_running->setStyleSheet(running ? QStringLiteral("color: #1b7f45;")
                                     : QStringLiteral("color: #9aa1a9;"));
    m_today->setText(tr("Today %1").arg(DisplayText::clock(todaySeconds())));
}

void TimerBar::refreshTotals()
{
    const QDateTime from = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    const auto list = m_store->entries(from, from.addDays(1));
    m_closedToday = 0;
    if (list.ok()) {
        for (const net::LocalEntry &e : list.value) {
            if (e.held || e.entry.deleted)
                continue;
            const QDateTime s = qMax(e.entry.startedAt, from);
            const QDateTime t = qMin(e.entry.endedAt, from.addDays(1));
            m_closedToday += qMax<qint64>(0, s.secsTo(t));
        }
    }
    refreshRunning();
    Q_EMIT totalsChanged();
}

QString TimerBar::syncText() const
{
    return m_syncLabel->text();
}

void TimerBar::refreshSync()
{
    const net::SyncCounts c = m_sync->counts();
    const QString link = QStringLiteral(" <a href=\"timesheet\">%1</a>").arg(tr("Timesheet"));
    QString text;
    QString colour = QStringLiteral("#4a5058");
    if (c.rejected > 0) {
        QString reason;
        const auto list = m_store->entries(QDateTime::currentDateTimeUtc().addDays(-60),
                                           QDateTime::currentDateTimeUtc().addDays(1));
        for (const net::LocalEntry &e : list.value) {
            if (e.state == net::SyncState::Rejected) {
                reason = e.reason;
                break;
            }
        }
        text = tr("%n entries rejected: %1", nullptr, c.rejected).arg(reason.toHtmlEscaped());
        colour = QStringLiteral("#b3261e");
    } else if (c.conflict > 0) {
        text = tr("%n entries changed elsewhere: choose which to keep", nullptr, c.conflict);
        colour = QStringLiteral("#8a5500");
    } else if (c.pending > 0) {
        text = m_online ? tr("%n entries waiting to sync", nullptr, c.pending)
                        : tr("%n entries will sync when you are back online", nullptr, c.pending);
    } else {
        text = tr("All time synced");
        colour = QStringLiteral("#1b6b3a");
    }
    m_syncLabel->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>%3").arg(colour, text, link));
    m_syncLabel->setToolTip(m_sync->isSyncing() ? tr("Syncing…") : m_sync->lastError());
}

} // namespace jobdesk::ui
