#include "awayprompt.h"

#include "displaytext.h"
#include "timetracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

enum Choice
{
    Keep,
    Discard,
    Assign
};

QString timeOfDay(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

AwayPrompt::AwayPrompt(net::TimeTracker *tracker, QWidget *parent)
    : QFrame(parent)
    , m_tracker(tracker)
    , m_text(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep"), this))
    , m_discard(new QPushButton(tr("Discard"), this))
    , m_assignJob(new QComboBox(this))
    , m_assignNote(new QLineEdit(this))
    , m_assign(new QPushButton(tr("Assign"), this))
{
    setObjectName(QStringLiteral("awayPrompt"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#awayPrompt { background: #fdf4e3; border-bottom: 1px solid "
                                 "#ecd9b0; }"));
    m_text->setObjectName(QStringLiteral("awayText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_keep->setObjectName(QStringLiteral("awayKeep"));
    m_keep->setToolTip(tr("Count the time away on the job the timer was running for."));
    m_discard->setObjectName(QStringLiteral("awayDiscard"));
    m_discard->setToolTip(tr("Leave the time away out of your timesheet."));
    m_assignJob->setObjectName(QStringLiteral("awayAssignJob"));
    m_assignJob->setMinimumContentsLength(20);
    m_assignJob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignNote->setObjectName(QStringLiteral("awayAssignNote"));
    m_assignNote->setPlaceholderText(tr("What you did (e.g. a call about this job)"));
    m_assignNote->setMaxLength(2000);
    m_assign->setObjectName(QStringLiteral("awayAssign"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_discard);
    buttons->addSpacing(16);
    buttons->addWidget(new QLabel(tr("or assign it to"), this));
    buttons->addWidget(m_assignJob);
    buttons->addWidget(m_assignNote, 1);
    buttons->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_keep, &QPushButton::clicked, this, [this] { answer(Keep); });
    connect(m_discard, &QPushButton::clicked, this, [this] { answer(Discard); });
    connect(m_assign, &QPushButton::clicked, this, [this] { answer(Assign); });
    connect(m_assignNote, &QLineEdit::returnPressed, this, [this] {
        if (m_assign->isEnabled())
            answer(Assign);
    });
    connect(m_tracker, &net::TimeTracker::awaySpansChanged, this, &AwayPrompt::refresh);
    connect(m_tracker, &net::TimeTracker::idleStarted, this, &AwayPrompt::refresh);
    connect(m_tracker, &net::TimeTracker::runningChanged, this, &AwayPrompt::refresh);
    refresh();
}

void AwayPrompt::setJobs(const QList<QJsonObject> &jobs)
{
    m_jobs = jobs;
    refresh();
}

QString AwayPrompt::text() const
{
    return m_text->text();
}

QString AwayPrompt::jobTitle(qint64 id) const
{
    for (const QJsonObject &j : m_jobs) {
        if (j.value(QStringLiteral("id")).toInteger() == id)
            return j.value(QStringLiteral("title")).toString();
    }
    return tr("Job %1").arg(id);
}

void AwayPrompt::refresh()
{
    const QList<net::AwaySpan> spans = m_tracker->awaySpans();
    const bool idle = m_tracker->isIdle();
    setVisible(idle || !spans.isEmpty());
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_keep, m_discard, m_assignJob, m_assignNote, m_assign})
        w->setVisible(!spans.isEmpty());
    if (spans.isEmpty()) {
        m_span = QUuid();
        if (idle)
            m_text->setText(tr("You seem to be away since %1. The timer is not counting until "
                               "you are back.")
                                .arg(timeOfDay(m_tracker->idleSince())));
        return;
    }
    const net::AwaySpan &span = spans.constFirst();
    const bool newSpan = span.id != m_span;
    m_span = span.id;
    const QDate day = span.from.toLocalTime().date();
    const QString when =
        day == QDate::currentDate()
            ? tr("from %1 to %2").arg(timeOfDay(span.from), timeOfDay(span.to))
            : tr("from %1 to %2")
                  .arg(DisplayText::dateTime(span.from), DisplayText::dateTime(span.to));
    const bool gap = span.kind == net::AwaySpan::Kind::Gap;
    QString text =
        gap ? tr("The computer was asleep or its clock was changed %1 (%2) while the timer ran "
                 "for “%3”. This time is not counted unless you keep it.")
                  .arg(when, DisplayText::duration(span.seconds()), jobTitle(span.jobId))
            : tr("You were away %1 (%2) while timing “%3”. This time is not counted "
                 "unless you keep it.")
                  .arg(when, DisplayText::duration(span.seconds()), jobTitle(span.jobId));
    if (spans.size() > 1)
        text += QLatin1Char(' ') +
                tr("%n more time away to review after this one.", nullptr, int(spans.size() - 1));
    m_text->setText(text);
    if (newSpan)
        m_assignNote->clear();
    // The other jobs the worker holds; the list may arrive after the span.
    const qint64 chosen = newSpan ? 0 : m_assignJob->currentData().toLongLong();
    m_assignJob->clear();
    for (const QJsonObject &j : std::as_const(m_jobs)) {
        const qint64 id = j.value(QStringLiteral("id")).toInteger();
        if (id != span.jobId)
            m_assignJob->addItem(j.value(QStringLiteral("title")).toString(), id);
    }
    const int i = m_assignJob->findData(chosen);
    // With a placeholder set, a combo box selects nothing by itself.
    m_assignJob->setCurrentIndex(chosen && i >= 0 ? i : (m_assignJob->count() > 0 ? 0 : -1));
    const bool canAssign = m_assignJob->count() > 0;
    m_assignJob->setEnabled(canAssign);
    m_assignNote->setEnabled(canAssign);
    m_assign->setEnabled(canAssign);
    m_assignJob->setPlaceholderText(canAssign ? QString() : tr("No other job"));
}

void AwayPrompt::answer(int choice)
{
    if (m_span.isNull())
        return;
    bool gap = false;
    for (const net::AwaySpan &span : m_tracker->awaySpans()) {
        if (span.id == m_span)
            gap = span.kind == net::AwaySpan::Kind::Gap;
    }
    net::Status s;
    QString done;
    switch (choice) {
    case Keep:
        s = m_tracker->keepAway(m_span);
        done = gap ? tr("The time the computer was asleep counts.") : tr("The time away counts.");
        break;
    case Discard:
        s = m_tracker->discardAway(m_span);
        done = gap ? tr("The time the computer was asleep is left out.")
                   : tr("The time away is left out.");
        break;
    case Assign: {
        const QString note = m_assignNote->text().trimmed();
        const QString fallback = gap ? tr("Time while the computer was asleep")
                                     : tr("Time away from the computer");
        s = m_tracker->assignAway(m_span, m_assignJob->currentData().toLongLong(),
                                  note.isEmpty() ? fallback : note);
        done = gap ? tr("The time the computer was asleep now counts on “%1”.")
                         .arg(m_assignJob->currentText())
                   : tr("The time away now counts on “%1”.").arg(m_assignJob->currentText());
        break;
    }
    }
    Q_EMIT message(s.ok() ? done : tr("Your answer could not be saved: %1").arg(s.error));
}

} // namespace jobdesk::ui
