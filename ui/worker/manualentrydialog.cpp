#include "manualentrydialog.h"

#include "displaytext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>

namespace jobdesk::ui {

ManualEntryDialog::ManualEntryDialog(const QList<QJsonObject> &jobs, QWidget *parent)
    : QDialog(parent)
    , m_job(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add time"));
    for (const QJsonObject &j : jobs)
        m_job->addItem(j.value(QStringLiteral("title")).toString(),
                       j.value(QStringLiteral("id")).toInteger());
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime hourAgo = now.addSecs(-3600);
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        e->setMaximumDateTime(now.addDays(1));
    }
    m_start->setDateTime(hourAgo);
    m_end->setDateTime(now);
    m_note->setMaxLength(2000);
    m_note->setPlaceholderText(tr("What you worked on (optional)"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_entry.id = QUuid::createUuid();
    m_entry.source = TimeEntrySource::Manual;

    auto *form = new QFormLayout(this);
    form->addRow(tr("Job"), m_job);
    form->addRow(tr("Start"), m_start);
    form->addRow(tr("End"), m_end);
    form->addRow(tr("Note"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDateTimeEdit *e : {m_start, m_end})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &ManualEntryDialog::validate);
    connect(m_job, &QComboBox::currentIndexChanged, this, &ManualEntryDialog::validate);
    resize(440, sizeHint().height());
    validate();
}

void ManualEntryDialog::setEntry(const TimeEntry &entry)
{
    setWindowTitle(tr("Edit time entry"));
    m_entry = entry;
    const int i = m_job->findData(entry.jobId);
    if (i >= 0)
        m_job->setCurrentIndex(i);
    m_start->setDateTime(entry.startedAt.toLocalTime());
    m_end->setDateTime(entry.endedAt.toLocalTime());
    m_note->setText(entry.note);
    validate();
}

TimeEntry ManualEntryDialog::entry() const
{
    TimeEntry e = m_entry;
    e.jobId = m_job->currentData().toLongLong();
    e.startedAt = m_start->dateTime().toUTC();
    e.endedAt = m_end->dateTime().toUTC();
    e.note = m_note->text().trimmed();
    return e;
}

void ManualEntryDialog::validate()
{
    const TimeEntry e = entry();
    QString problem;
    if (e.jobId == 0)
        problem = tr("Choose a job.");
    else if (e.endedAt <= e.startedAt)
        problem = tr("The end must be after the start.");
    else if (e.seconds() > 24 * 3600)
        problem = tr("One entry can be at most 24 hours.");
    m_problem->setText(
        problem.isEmpty() ? tr("Duration: %1").arg(DisplayText::duration(e.seconds())) : problem);
    m_problem->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #4a5058;")
                                               : QStringLiteral("color: #b3261e;"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace jobdesk::ui
