#include "reviewpane.h"

#include "apiclient.h"
#include "displaytext.h"
#include "filedownload.h"
#include "panelabels.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

ReviewPane::ReviewPane(net::ApiClient *api, net::TokenSource *tokens, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_download(new net::FileDownload(api, tokens, this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_versions(new QTreeWidget(this))
    , m_downloadText(new QLabel(this))
    , m_downloadBar(new QProgressBar(this))
    , m_cancelDownload(new QPushButton(tr("Stop"), this))
    , m_rating(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_revision(new QPushButton(tr("Request revision"), this))
{
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_versions->setObjectName(QStringLiteral("deliverableVersions"));
    m_downloadText->setObjectName(QStringLiteral("downloadState"));
    m_rating->setObjectName(QStringLiteral("reviewRating"));
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_approve->setObjectName(QStringLiteral("approveJob"));
    m_revision->setObjectName(QStringLiteral("requestRevision"));
    makeHeading(m_title);
    m_facts->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_versions->setColumnCount(3);
    m_versions->setHeaderLabels({tr("Version and files"), tr("Size"), QString()});
    m_versions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_versions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_versions->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_versions->header()->setStretchLastSection(false);
    m_versions->setSelectionMode(QAbstractItemView::NoSelection);
    m_versions->setWordWrap(true);
    m_downloadText->setWordWrap(true);
    m_downloadText->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_downloadText->hide();
    m_downloadBar->hide();
    m_cancelDownload->hide();
    m_rating->addItem(tr("No rating"), 0);
    m_rating->addItem(tr("★ 1 — poor"), 1);
    m_rating->addItem(tr("★★ 2 — below expectations"), 2);
    m_rating->addItem(tr("★★★ 3 — as expected"), 3);
    m_rating->addItem(tr("★★★★ 4 — good"), 4);
    m_rating->addItem(tr("★★★★★ 5 — excellent"), 5);
    m_note->setPlaceholderText(tr("A note to the worker. Required to request a revision: say "
                                  "what needs to change."));
    m_note->setMaximumHeight(96);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_approve->setDefault(true);

    auto *empty = new QLabel(tr("Select a job to review its delivered work."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *downloads = new QHBoxLayout;
    downloads->addWidget(m_downloadBar, 1);
    downloads->addWidget(m_cancelDownload);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(new QLabel(tr("Rating"), this));
    verdictRow->addWidget(m_rating);
    verdictRow->addStretch();
    verdictRow->addWidget(m_revision);
    verdictRow->addWidget(m_approve);

    auto *details = new QWidget(this);
    auto *dl = new QVBoxLayout(details);
    dl->setContentsMargins(16, 12, 16, 12);
    dl->addWidget(m_title);
    dl->addWidget(m_facts);
    dl->addSpacing(6);
    dl->addWidget(caption(tr("Delivered versions"), details));
    dl->addWidget(m_versions, 1);
    dl->addWidget(m_downloadText);
    dl->addLayout(downloads);
    dl->addSpacing(6);
    dl->addWidget(caption(tr("Verdict"), details));
    dl->addWidget(m_note);
    dl->addLayout(verdictRow);
    dl->addWidget(m_error);
    m_stack->addWidget(empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_approve, &QPushButton::clicked, this, &ReviewPane::approve);
    connect(m_revision, &QPushButton::clicked, this, &ReviewPane::requestRevision);
    connect(m_cancelDownload, &QPushButton::clicked, this, [this] {
        m_download->cancel();
        m_downloadBar->hide();
        m_cancelDownload->hide();
        m_downloadText->setText(tr("Download stopped; nothing was saved."));
    });
    connect(m_download, &net::FileDownload::progress, this,
            [this](qint64 received, qint64 total, double speed) {
                const QString name = QFileInfo(m_download->targetPath()).fileName();
                if (total > 0) {
                    m_downloadBar->setRange(0, 1000);
                    m_downloadBar->setValue(int(received * 1000 / total));
                }
                m_downloadText->setText(tr("Downloading %1: %2 of %3 (%4/s)")
                                            .arg(name, bytesText(received),
                                                 total > 0 ? bytesText(total) : tr("unknown"),
                                                 bytesText(qint64(speed))));
            });
    connect(m_download, &net::FileDownload::finished, this, [this](const QString &path) {
        m_downloadBar->hide();
        m_cancelDownload->hide();
        m_downloadText->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_download, &net::FileDownload::failed, this, [this](const QString &reason) {
        m_downloadBar->hide();
        m_cancelDownload->hide();
        m_downloadText->setText(tr("The download failed: %1").arg(reason));
    });
}

void ReviewPane::setJob(const QJsonObject &job)
{
    const qint64 id = job.value(QStringLiteral("id")).toInteger();
    const bool same = id == m_jobId;
    m_job = job;
    m_jobId = id;
    m_stack->setCurrentIndex(id ? 1 : 0);
    if (!id)
        return;
    if (!same) {
        ++m_generation;
        m_loaded = false;
        m_versions->clear();
        m_note->clear();
        m_rating->setCurrentIndex(0);
        setError(QString());
    }
    m_title->setText(job.value(QStringLiteral("title")).toString());
    QStringList facts;
    const qint64 worker = job.value(QStringLiteral("workerId")).toInteger();
    if (worker)
        facts << tr("by %1").arg(m_names.value(worker, tr("worker #%1").arg(worker)));
    const QString client = job.value(QStringLiteral("clientRef")).toString();
    if (!client.isEmpty())
        facts << client;
    const QDateTime due = DisplayText::parseTime(job.value(QStringLiteral("dueAt")).toString());
    if (due.isValid())
        facts << tr("due %1 (%2)")
                     .arg(DisplayText::dateTime(due),
                          DisplayText::due(due, QDateTime::currentDateTimeUtc()));
    const int revisions = job.value(QStringLiteral("revisionCount")).toInt();
    facts << (revisions == 0 ? tr("first delivery, no revisions yet")
                             : tr("%n revision(s) requested so far", nullptr, revisions));
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    setBusy(false);
    loadVersions();
}

void ReviewPane::loadVersions()
{
    const int generation = m_generation;
    m_api->get(
        QStringLiteral("/jobs/%1/deliverables").arg(m_jobId), {}, this,
        [this, generation](const net::ApiResult &r) {
            if (generation != m_generation)
                return;
            m_versions->clear();
            if (!r.ok()) {
                auto *item = new QTreeWidgetItem(m_versions);
                item->setText(0, tr("The versions could not be loaded: %1").arg(r.message()));
                return;
            }
            QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            QList<QJsonObject> list;
            for (const QJsonValue &v : items)
                list.append(v.toObject());
            std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("version")).toInt() >
                       b.value(QStringLiteral("version")).toInt();
            });
            for (const QJsonObject &d : list) {
                auto *top = new QTreeWidgetItem(m_versions);
                const QDateTime at =
                    DisplayText::parseTime(d.value(QStringLiteral("submittedAt")).toString());
                top->setText(0, tr("Version %1 · submitted %2")
                                    .arg(d.value(QStringLiteral("version")).toInt())
                                    .arg(DisplayText::dateTime(at)));
                QFont f = top->font(0);
                f.setWeight(QFont::DemiBold);
                top->setFont(0, f);
                const QJsonArray files = d.value(QStringLiteral("files")).toArray();
                top->setText(1, tr("%n file(s)", nullptr, int(files.size())));
                const QString note = d.value(QStringLiteral("note")).toString();
                if (!note.isEmpty()) {
                    auto *n = new QTreeWidgetItem(top);
                    n->setText(0, tr("Worker’s note: %1").arg(note));
                    n->setToolTip(0, note);
                }
                for (const QJsonValue &fv : files) {
                    const QJsonObject file = fv.toObject();
                    auto *row = new QTreeWidgetItem(top);
                    const QString name = file.value(QStringLiteral("name")).toString();
                    const qint64 bytes = file.value(QStringLiteral("size")).toInteger();
                    const QString fileId = file.value(QStringLiteral("id")).toString();
                    row->setText(0, name);
                    row->setText(1, bytesText(bytes));
                    row->setData(0, Qt::UserRole, fileId);
                    auto *button = new QPushButton(tr("Download…"), m_versions);
                    button->setObjectName(QStringLiteral("downloadFile"));
                    button->setProperty("fileId", fileId);
                    connect(button, &QPushButton::clicked, this,
                            [this, fileId, name, bytes] { askWhereToSave(fileId, name, bytes); });
                    m_versions->setItemWidget(row, 2, button);
                }
                const QString review = d.value(QStringLiteral("reviewNote")).toString();
                if (!review.isEmpty()) {
                    auto *n = new QTreeWidgetItem(top);
                    n->setText(0, tr("Review: %1").arg(review));
                    n->setForeground(0, QColor(0xA3, 0x2E, 0x1E));
                    n->setToolTip(0, review);
                }
                top->setExpanded(top == m_versions->topLevelItem(0) || !review.isEmpty());
            }
            if (list.isEmpty()) {
                auto *item = new QTreeWidgetItem(m_versions);
                item->setText(0, tr("No delivered files."));
            }
            m_loaded = true;
        });
}

void ReviewPane::askWhereToSave(const QString &fileId, const QString &name, qint64 bytes)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto *dialog = new QFileDialog(this, tr("Save %1").arg(name), QDir(folder).filePath(name));
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, fileId, name, bytes](const QString &p) { download(fileId, name, bytes, p); });
    dialog->open();
}

void ReviewPane::download(const QString &fileId, const QString &name, qint64 bytes,
                          const QString &target)
{
    m_downloadBar->setRange(0, 0);
    m_downloadBar->show();
    m_cancelDownload->show();
    m_downloadText->setText(tr("Downloading %1…").arg(name));
    m_downloadText->show();
    m_download->start(fileId, target, bytes);
}

QString ReviewPane::downloadState() const
{
    return m_downloadText->text();
}

bool ReviewPane::isDownloading() const
{
    return m_download->isRunning();
}

void ReviewPane::setRating(int stars)
{
    m_rating->setCurrentIndex(qMax(0, m_rating->findData(stars)));
}

void ReviewPane::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString ReviewPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReviewPane::approve()
{
    QJsonObject body{{QStringLiteral("to"), QStringLiteral("completed")}};
    if (const int stars = m_rating->currentData().toInt(); stars > 0)
        body.insert(QStringLiteral("rating"), stars);
    const QString note = m_note->toPlainText().trimmed();
    if (!note.isEmpty())
        body.insert(QStringLiteral("note"), note);
    verdict(body);
}

void ReviewPane::requestRevision()
{
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        setError(tr("Say what needs to change: a revision needs a note for the worker."));
        m_note->setFocus();
        return;
    }
    verdict({{QStringLiteral("to"), QStringLiteral("revision")}, {QStringLiteral("note"), note}});
}

void ReviewPane::verdict(const QJsonObject &body)
{
    if (!m_jobId || m_busy)
        return;
    setError(QString());
    setBusy(true);
    const qint64 jobId = m_jobId;
    const bool approving =
        body.value(QStringLiteral("to")).toString() == QLatin1String("completed");
    const QByteArray version =
        '"' + QByteArray::number(m_job.value(QStringLiteral("version")).toInt()) + '"';
    m_api->post(QStringLiteral("/jobs/%1/transitions").arg(jobId), body, this,
                [this, jobId, approving](const net::ApiResult &r) {
                    if (jobId != m_jobId)
                        return;
                    setBusy(false);
                    if (r.ok()) {
                        m_note->clear();
                        m_rating->setCurrentIndex(0);
                        Q_EMIT decided(r.json, approving ? tr("Approved: the job is completed.")
                                                         : tr("Sent back for revision."));
                        return;
                    }
                    if (r.status == 412) {
                        // Someone moved the job meanwhile: show it as it is, keep the verdict
                        // typed.
                        setError(tr("The job changed while you reviewed it; it is reloaded. Check "
                                    "it and decide again."));
                        const QJsonObject current =
                            r.json.value(QStringLiteral("current")).toObject();
                        if (!current.isEmpty())
                            setJob(current);
                        return;
                    }
                    setError(r.message());
                },
                {{"If-Match", version}});
}

void ReviewPane::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReviewPane::setBusy(bool busy)
{
    m_busy = busy;
    const bool inReview =
        m_job.value(QStringLiteral("status")).toString() == QLatin1String("review");
    m_approve->setEnabled(!busy && inReview);
    m_revision->setEnabled(!busy && inReview);
}

} // namespace jobdesk::ui
