// WorkerWindow: what the worker does to jobs and time (answers, moves, dialogs).
#include "workerwindow.h"

#include "apiclient.h"
#include "declinedialog.h"
#include "displaytext.h"
#include "jobdetailpane.h"
#include "jobqueuemodel.h"
#include "jobqueueview.h"
#include "localstore.h"
#include "manualentrydialog.h"
#include "syncengine.h"
#include "timesheetdialog.h"
#include "timetracker.h"

#include <QMessageBox>
#include <QPushButton>

namespace jobdesk::ui {

void WorkerWindow::accept(qint64 offerId, qint64 jobId)
{
    if (offerId == 0)
        return;
    m_detail->setBusy(true);
    m_api->post(
        QStringLiteral("/offers/%1/accept").arg(offerId), {}, this,
        [this, jobId](const net::ApiResult &r) {
            m_detail->setBusy(false);
            if (!r.ok()) {
                m_detail->setError(tr("The offer could not be accepted: %1").arg(r.message()));
                toast(r.message());
                refreshJob(jobId);
                return;
            }
            // The event will say the same; applying the answer now keeps the
            // queue right even when the socket is down.
            m_model->applyEvent(QStringLiteral("job.assigned"), {{QStringLiteral("job"), r.json}});
            m_queue->selectJob(jobId);
            showJob(jobId);
            toast(tr("Offer accepted. The job is yours."));
        });
}

void WorkerWindow::decline(qint64 offerId, qint64 jobId)
{
    if (offerId == 0)
        return;
    auto *dialog =
        new DeclineDialog(m_model->job(jobId).value(QStringLiteral("title")).toString(), this);
    dialog->setObjectName(QStringLiteral("declineDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, offerId, jobId] {
        const QString reason = dialog->reason();
        m_detail->setBusy(true);
        m_api->post(
            QStringLiteral("/offers/%1/decline").arg(offerId), {{QStringLiteral("reason"), reason}},
            this, [this, offerId, jobId](const net::ApiResult &r) {
                m_detail->setBusy(false);
                if (!r.ok()) {
                    m_detail->setError(tr("The offer could not be declined: %1").arg(r.message()));
                    return;
                }
                m_model->applyEvent(
                    QStringLiteral("offer.declined"),
                    {{QStringLiteral("offer"), QJsonObject{{QStringLiteral("id"), offerId},
                                                           {QStringLiteral("jobId"), jobId}}}});
                showJob(m_queue->currentJobId());
                toast(tr("Offer declined."));
            });
    });
    dialog->open();
}

void WorkerWindow::transition(qint64 jobId, JobStatus to)
{
    m_detail->setBusy(true);
    m_api->post(QStringLiteral("/jobs/%1/transitions").arg(jobId),
                {{QStringLiteral("to"), toString(to)}}, this,
                [this, jobId, to](const net::ApiResult &r) {
                    m_detail->setBusy(false);
                    if (!r.ok()) {
                        m_detail->setError(r.message());
                        refreshJob(jobId);
                        return;
                    }
                    m_model->applyEvent(QStringLiteral("job.transitioned"),
                                        {{QStringLiteral("job"), r.json}});
                    m_queue->selectJob(jobId);
                    showJob(jobId);
                    // Starting work starts the clock, as the worker would expect.
                    if (to == JobStatus::InProgress && !m_tracker->isRunning())
                        m_tracker->start(jobId);
                });
}

void WorkerWindow::refreshJob(qint64 jobId)
{
    m_api->get(QStringLiteral("/jobs/%1").arg(jobId), {}, this,
               [this, jobId](const net::ApiResult &r) {
                   if (r.status == 404)
                       m_model->applyEvent(QStringLiteral("job.unassigned"),
                                           {{QStringLiteral("jobId"), jobId}});
                   else if (r.ok())
                       m_model->applyEvent(QStringLiteral("job.updated"),
                                           {{QStringLiteral("job"), r.json}});
                   showJob(m_queue->currentJobId());
               });
}

void WorkerWindow::askAboutRecovered(const TimeEntry &entry)
{
    const QString title = m_model->job(entry.jobId).value(QStringLiteral("title")).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Recovered time"),
                                tr("Jobdesk closed while your timer was running.\n\n"
                                   "%1: %2 from %3 to %4.\n\nKeep this time?")
                                    .arg(title.isEmpty() ? tr("Job %1").arg(entry.jobId) : title,
                                         DisplayText::duration(entry.seconds()),
                                         DisplayText::dateTime(entry.startedAt),
                                         DisplayText::dateTime(entry.endedAt)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoveredDialog"));
    QPushButton *keep = box->addButton(tr("Keep time"), QMessageBox::AcceptRole);
    box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = entry.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, keep, id](QAbstractButton *b) {
        const net::Status s =
            b == keep ? m_tracker->confirmRecovered(id) : m_tracker->discardRecovered(id);
        if (!s.ok())
            toast(s.error);
        box->close();
    });
    box->open();
}

void WorkerWindow::openManualEntry()
{
    auto *dialog = new ManualEntryDialog(m_model->heldJobs(), this);
    dialog->setObjectName(QStringLiteral("manualEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const net::Status s = m_store->addEntry(dialog->entry());
        toast(s.ok() ? tr("Time added.") : tr("The time could not be saved: %1").arg(s.error));
    });
    dialog->open();
}

void WorkerWindow::openTimesheet()
{
    auto *dialog = new TimesheetDialog(m_store, m_sync, m_model->heldJobs(), this);
    dialog->setObjectName(QStringLiteral("timesheetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace jobdesk::ui
