#include "jobdetailpane.h"

#include "displaytext.h"
#include "jobchat.h"
#include "lifecycle.h"
#include "uploadpanel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("color: #6b7280;"));
    return l;
}

} // namespace

JobDetailPane::JobDetailPane(net::ApiClient *api, qint64 myUserId, net::UploadQueue *uploads,
                             net::DeliverableSubmitter *submitter, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_chip(new QLabel(this))
    , m_client(new QLabel(this))
    , m_due(new QLabel(this))
    , m_time(new QLabel(this))
    , m_skills(new QLabel(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("Start work"), this))
    , m_submit(new QPushButton(tr("Submit for review"), this))
    , m_accept(new QPushButton(tr("Accept offer"), this))
    , m_decline(new QPushButton(tr("Decline…"), this))
    , m_chat(new JobChat(api, myUserId, this))
    , m_upload(new UploadPanel(uploads, submitter, this))
{
    setAcceptDrops(true);
    m_upload->hide();
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_chip->setObjectName(QStringLiteral("detailStatus"));
    m_start->setObjectName(QStringLiteral("startWork"));
    m_submit->setObjectName(QStringLiteral("submitForReview"));
    m_accept->setObjectName(QStringLiteral("detailAccept"));
    m_decline->setObjectName(QStringLiteral("detailDecline"));
    m_error->setObjectName(QStringLiteral("detailError"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.45);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_skills->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_accept->setDefault(true);

    auto *empty = new QLabel(tr("Select a job on the left to see its details."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *details = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_chip, 0, Qt::AlignTop);
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(6);
    facts->addWidget(caption(tr("Client"), details), 0, 0);
    facts->addWidget(m_client, 0, 1);
    facts->addWidget(caption(tr("Due"), details), 1, 0);
    facts->addWidget(m_due, 1, 1);
    facts->addWidget(caption(tr("Time"), details), 2, 0);
    facts->addWidget(m_time, 2, 1);
    facts->addWidget(caption(tr("Skills"), details), 3, 0);
    facts->addWidget(m_skills, 3, 1);
    facts->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_decline, m_start, m_submit})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *scroll = new QScrollArea(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_description);

    auto *top = new QWidget(details);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(header);
    topLayout->addLayout(facts);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_upload);
    topLayout->addWidget(caption(tr("Description"), details));
    topLayout->addWidget(scroll, 1);

    auto *split = m_split = new QSplitter(Qt::Vertical, details);
    split->addWidget(top);
    split->addWidget(m_chat);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(20, 16, 20, 12);
    detailsLayout->addWidget(split);

    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_start, &QPushButton::clicked, this,
            [this] { Q_EMIT transitionRequested(m_jobId, JobStatus::InProgress); });
    // Submitting a version is what moves the job to review: open the files panel.
    connect(m_submit, &QPushButton::clicked, this, &JobDetailPane::openUploads);
    connect(m_upload, &UploadPanel::itemsChanged, this, &JobDetailPane::updateUploads);
    connect(m_upload, &UploadPanel::submitted, this, &JobDetailPane::deliverableSubmitted);
    connect(m_accept, &QPushButton::clicked, this,
            [this] { Q_EMIT acceptRequested(m_offerId, m_jobId); });
    connect(m_decline, &QPushButton::clicked, this,
            [this] { Q_EMIT declineRequested(m_offerId, m_jobId); });
}

void JobDetailPane::show(const QJsonObject &job, const QJsonObject &offer, qint64 trackedSeconds)
{
    const qint64 id = job.value(QStringLiteral("id")).toInteger();
    const bool sameJob = id == m_jobId;
    m_job = job;
    m_jobId = id;
    m_offerId = offer.value(QStringLiteral("id")).toInteger();
    m_tracked = trackedSeconds;
    if (!sameJob)
        m_uploadOpen = false;
    if (id == 0) {
        m_canUpload = false;
        m_upload->setJob(0);
        updateUploads();
        m_stack->setCurrentIndex(0);
        m_chat->setJob(0, false);
        return;
    }
    m_stack->setCurrentIndex(1);
    setError(QString());
    const JobStatus status = jobStatusFromString(job.value(QStringLiteral("status")).toString())
                                 .value_or(JobStatus::Pending);
    m_title->setText(job.value(QStringLiteral("title")).toString());
    m_chip->setText(m_offerId ? tr("Offer") : DisplayText::status(status));
    const QColor bg = DisplayText::statusBackground(m_offerId ? JobStatus::Matching : status);
    const QColor fg = DisplayText::statusForeground(m_offerId ? JobStatus::Matching : status);
    m_chip->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 10px; "
                                         "padding: 3px 10px; font-weight: 600;")
                              .arg(bg.name(), fg.name()));
    const QString client = job.value(QStringLiteral("clientRef")).toString();
    m_client->setText(client.isEmpty() ? tr("—") : client);
    QStringList skills;
    for (const QJsonValue &v : job.value(QStringLiteral("requiredSkills")).toArray()) {
        const QJsonObject s = v.toObject();
        skills << tr("%1 (level %2+)")
                      .arg(s.value(QStringLiteral("skill")).toString())
                      .arg(s.value(QStringLiteral("minLevel")).toInt());
    }
    m_skills->setText(skills.isEmpty() ? tr("None listed") : skills.join(QStringLiteral(", ")));
    const QString description = job.value(QStringLiteral("description")).toString();
    m_description->setText(description.isEmpty() ? tr("No description.") : description);
    updateTimes();

    const QList<JobStatus> moves = Lifecycle::targets(status, Actor::Worker);
    const bool offerOpen = m_offerId != 0;
    m_accept->setVisible(offerOpen);
    m_decline->setVisible(offerOpen);
    // Only the moves the state machine allows are offered at all.
    m_start->setVisible(!offerOpen && moves.contains(JobStatus::InProgress));
    m_submit->setVisible(!offerOpen && moves.contains(JobStatus::Review));
    m_start->setEnabled(true);
    m_submit->setEnabled(true);
    m_start->setText(status == JobStatus::Revision ? tr("Start revision") : tr("Start work"));
    m_start->setDefault(m_start->isEnabled());
    m_canUpload = !offerOpen && status == JobStatus::InProgress;
    m_upload->setJob(m_canUpload ? id : 0);
    updateUploads();
    if (!sameJob || m_chat->jobId() != id) {
        m_chat->setJob(id, !offerOpen);
        // A hidden chat (offers) collapsed its share: give it back for held jobs.
        const int h = m_split->height();
        m_split->setSizes(offerOpen ? QList<int>{h, 0} : QList<int>{h * 3 / 5, h * 2 / 5});
    }
}

void JobDetailPane::openUploads()
{
    if (!m_canUpload)
        return;
    m_uploadOpen = true;
    updateUploads();
    m_upload->setFocus(); // its "Add files…" button
}

void JobDetailPane::updateUploads()
{
    const bool shown = m_canUpload && (m_uploadOpen || m_upload->hasItems());
    m_upload->setVisible(shown);
    // The panel has its own submit button, which sends the files.
    if (shown)
        m_submit->hide();
    else if (m_canUpload)
        m_submit->show();
}

void JobDetailPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_canUpload && !UploadPanel::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void JobDetailPane::dropEvent(QDropEvent *event)
{
    const QStringList files = UploadPanel::localFiles(event->mimeData());
    if (!m_canUpload || files.isEmpty())
        return;
    event->acceptProposedAction();
    m_uploadOpen = true;
    m_upload->addFiles(files);
    updateUploads();
}

void JobDetailPane::setTrackedSeconds(qint64 seconds)
{
    m_tracked = seconds;
    updateTimes();
}

void JobDetailPane::updateTimes()
{
    const int estimate = m_job.value(QStringLiteral("estimateMinutes")).toInt();
    m_time->setText(estimate > 0 ? tr("%1 tracked of %2 estimated")
                                       .arg(DisplayText::duration(m_tracked),
                                            DisplayText::duration(qint64(estimate) * 60))
                                 : tr("%1 tracked").arg(DisplayText::duration(m_tracked)));
    const QDateTime due = DisplayText::parseTime(m_job.value(QStringLiteral("dueAt")).toString());
    m_due->setText(due.isValid() ? QStringLiteral("%1  (%2)")
                                       .arg(DisplayText::dateTime(due),
                                            DisplayText::due(due, QDateTime::currentDateTimeUtc()))
                                 : tr("No due date"));
}

void JobDetailPane::setBusy(bool busy)
{
    for (QPushButton *b : {m_start, m_submit, m_accept, m_decline})
        b->setEnabled(!busy);
    if (!busy)
        show(m_job, m_offerId ? QJsonObject{{QStringLiteral("id"), m_offerId}} : QJsonObject(),
             m_tracked);
}

void JobDetailPane::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace jobdesk::ui
