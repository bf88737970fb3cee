// DispatchBoard: what the admin does to jobs (dispatch, offer, assign, cancel,
// bulk auto-dispatch, the auto-dispatch setting).
#include "dispatchboard.h"

#include "apiclient.h"
#include "candidatepanel.h"
#include "dispatchboardmodel.h"
#include "dispatchrundialog.h"
#include "dispatchwords.h"
#include "displaytext.h"
#include "jobeditordialog.h"
#include "offerdialog.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace jobdesk::ui {

namespace {

QString titleOf(const QJsonObject &job)
{
    return job.value(QStringLiteral("title")).toString();
}

} // namespace

QByteArray DispatchBoard::ifMatch(qint64 jobId) const
{
    const int version = m_model->job(jobId).value(QStringLiteral("version")).toInt();
    return version > 0 ? '"' + QByteArray::number(version) + '"' : QByteArray("*");
}

void DispatchBoard::done(qint64 jobId, const QString &text, bool error)
{
    m_panel->setBusy(false);
    if (m_panel->jobId() == jobId)
        m_panel->setMessage(text, error);
    Q_EMIT message(text);
    refreshJob(jobId);
    if (m_panel->jobId() == jobId)
        m_panel->reload();
}

void DispatchBoard::dispatchJob(qint64 jobId)
{
    m_panel->setBusy(true);
    m_api->post(
        QStringLiteral("/jobs/%1/dispatch").arg(jobId), {}, this,
        [this, jobId](const net::ApiResult &r) {
            if (r.ok()) {
                const QJsonObject offer = r.json.value(QStringLiteral("offer")).toObject();
                const QJsonObject job = r.json.value(QStringLiteral("job")).toObject();
                if (!job.isEmpty())
                    m_model->applyEvent(
                        QStringLiteral("offer.created"),
                        {{QStringLiteral("job"), job}, {QStringLiteral("offer"), offer}});
                const qint64 worker = offer.value(QStringLiteral("workerId")).toInteger();
                return done(jobId,
                            tr("Cascade started: offered to %1.").arg(m_model->workerName(worker)),
                            false);
            }
            if (r.problemType() == QLatin1String("no-candidates"))
                return done(jobId,
                            tr("Nobody is eligible for this job, so it stays pending and is "
                               "flagged. The reasons are listed under “Not eligible”."),
                            true);
            if (r.problemType() == QLatin1String("dispatch-running"))
                return done(jobId, tr("A cascade is already running for this job."), true);
            done(jobId, tr("The job could not be dispatched: %1").arg(r.message()), true);
        });
}

void DispatchBoard::redispatchJob(qint64 jobId)
{
    const QJsonObject job = m_model->job(jobId);
    const qint64 worker = job.value(QStringLiteral("workerId")).toInteger();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Re-dispatch the job"),
        tr("Take “%1” back from %2 and offer it to the best candidates again?")
            .arg(titleOf(job), worker ? m_model->workerName(worker) : tr("its worker")),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("redispatchConfirm"));
    QPushButton *yes = box->addButton(tr("Re-dispatch"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, jobId](QAbstractButton *b) {
        if (b != yes)
            return;
        m_panel->setBusy(true);
        m_api->post(QStringLiteral("/jobs/%1/transitions").arg(jobId),
                    {{QStringLiteral("to"), QStringLiteral("pending")}}, this,
                    [this, jobId](const net::ApiResult &r) {
                        if (!r.ok())
                            return done(jobId,
                                        tr("The job could not be taken back: %1").arg(r.message()),
                                        true);
                        m_model->upsertJob(r.json);
                        dispatchJob(jobId);
                    },
                    {{"If-Match", ifMatch(jobId)}});
        box->close();
    });
    box->open();
}

void DispatchBoard::offerJob(qint64 jobId, qint64 workerId, const QString &workerName)
{
    if (!workerId)
        return;
    auto *dialog =
        new OfferDialog(titleOf(m_model->job(jobId)), workerName, m_offerWindowSeconds, this);
    dialog->setObjectName(QStringLiteral("offerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, jobId, workerId, workerName] {
        const int window = dialog->windowSeconds();
        m_panel->setBusy(true);
        m_api->post(
            QStringLiteral("/jobs/%1/offers").arg(jobId),
            {{QStringLiteral("workerId"), workerId}, {QStringLiteral("windowSeconds"), window}},
            this, [this, jobId, workerName, window](const net::ApiResult &r) {
                if (!r.ok())
                    return done(jobId, tr("The offer could not be made: %1").arg(r.message()),
                                true);
                m_model->applyEvent(QStringLiteral("offer.created"),
                                    {{QStringLiteral("offer"), r.json}});
                done(jobId,
                     tr("Offered to %1; %2 to accept.")
                         .arg(workerName, DisplayText::duration(window)),
                     false);
            });
    });
    dialog->open();
}

void DispatchBoard::assignJob(qint64 jobId, qint64 workerId, const QString &workerName)
{
    if (!workerId)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Assign directly"),
                                tr("Give “%1” to %2 now, without an offer to accept?")
                                    .arg(titleOf(m_model->job(jobId)), workerName),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("assignConfirm"));
    QPushButton *yes = box->addButton(tr("Assign"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, yes, jobId, workerId, workerName](QAbstractButton *b) {
                if (b != yes)
                    return;
                m_panel->setBusy(true);
                m_api->post(QStringLiteral("/jobs/%1/assign").arg(jobId),
                            {{QStringLiteral("workerId"), workerId}}, this,
                            [this, jobId, workerName](const net::ApiResult &r) {
                                if (!r.ok())
                                    return done(
                                        jobId,
                                        tr("The job could not be assigned: %1").arg(r.message()),
                                        true);
                                m_model->upsertJob(r.json);
                                done(jobId, tr("Assigned to %1.").arg(workerName), false);
                            },
                            {{"If-Match", ifMatch(jobId)}});
                box->close();
            });
    box->open();
}

void DispatchBoard::cancelJob(qint64 jobId)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel the job"),
                                tr("Cancel “%1”? Open offers are withdrawn and its worker is "
                                   "told. This cannot be undone.")
                                    .arg(titleOf(m_model->job(jobId))),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelConfirm"));
    QPushButton *yes = box->addButton(tr("Cancel the job"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, jobId](QAbstractButton *b) {
        if (b != yes)
            return;
        m_panel->setBusy(true);
        m_api->post(QStringLiteral("/jobs/%1/cancel").arg(jobId), {}, this,
                    [this, jobId](const net::ApiResult &r) {
                        if (!r.ok())
                            return done(jobId,
                                        tr("The job could not be cancelled: %1").arg(r.message()),
                                        true);
                        m_model->upsertJob(r.json);
                        m_panel->setJob(r.json, {});
                        done(jobId, tr("Job cancelled."), false);
                    },
                    {{"If-Match", ifMatch(jobId)}});
        box->close();
    });
    box->open();
}

void DispatchBoard::autoDispatchSelected()
{
    QJsonArray ids;
    QHash<qint64, QString> titles;
    for (qint64 id : selectedJobIds()) {
        ids.append(id);
        titles.insert(id, titleOf(m_model->job(id)));
    }
    if (ids.isEmpty())
        return;
    auto *dialog = new DispatchRunDialog(titles, this);
    dialog->setObjectName(QStringLiteral("dispatchRunDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_bulk->setEnabled(false);
    QPointer<DispatchRunDialog> guard(dialog);
    m_api->post(QStringLiteral("/dispatch/run"), {{QStringLiteral("jobIds"), ids}}, this,
                [this, guard, titles](const net::ApiResult &r) {
                    m_bulk->setEnabled(!selectedJobIds().isEmpty());
                    if (!r.ok()) {
                        if (guard)
                            guard->setError(r.message());
                        return;
                    }
                    const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
                    if (guard)
                        guard->setResults(items, m_userNames);
                    for (auto it = titles.begin(); it != titles.end(); ++it)
                        refreshJob(it.key());
                    if (m_panel->jobId())
                        m_panel->reload();
                });
}

void DispatchBoard::setAutoDispatch(bool on)
{
    m_autoDispatch->setEnabled(false);
    m_api->send("PUT", QStringLiteral("/dispatch/settings"), {{QStringLiteral("autoDispatch"), on}},
                this, [this, on](const net::ApiResult &r) {
                    m_autoDispatch->setEnabled(true);
                    if (!r.ok()) {
                        m_autoDispatch->setChecked(!on);
                        Q_EMIT message(tr("The setting could not be saved: %1").arg(r.message()));
                        return;
                    }
                    m_autoDispatch->setChecked(
                        r.json.value(QStringLiteral("autoDispatch")).toBool());
                    Q_EMIT message(on ? tr("New jobs are now dispatched automatically.")
                                      : tr("New jobs now wait for an admin to dispatch them."));
                });
}

} // namespace jobdesk::ui

namespace jobdesk::ui {

JobEditorDialog *DispatchBoard::openEditor(qint64 jobId)
{
    auto *dialog = new JobEditorDialog(m_api, m_skills, m_model->categories(), this);
    dialog->setObjectName(QStringLiteral("jobEditor"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUploads(m_uploads, m_linker);
    if (jobId)
        dialog->editJob(m_model->job(jobId));
    connect(dialog, &JobEditorDialog::saved, this, [this, jobId](const QJsonObject &job) {
        m_model->upsertJob(job);
        const qint64 id = job.value(QStringLiteral("id")).toInteger();
        selectJob(id);
        if (m_panel->jobId() == id)
            m_panel->setJob(m_model->job(id), m_model->pendingOffers(id));
        Q_EMIT message(jobId ? tr("Job saved.") : tr("Job #%1 created.").arg(id));
    });
    dialog->open();
    return dialog;
}

void DispatchBoard::newJob()
{
    openEditor(0);
}

} // namespace jobdesk::ui
