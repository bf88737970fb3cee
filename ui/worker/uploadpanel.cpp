#include "uploadpanel.h"

#include "deliverablesubmitter.h"
#include "uploadqueue.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace jobdesk::ui {

using net::UploadItem;
using net::UploadState;

struct UploadPanel::Row
{
    QWidget *widget = nullptr;
    QLabel *name = nullptr;
    QLabel *size = nullptr;
    QProgressBar *bar = nullptr;
    QLabel *speed = nullptr;
    QLabel *state = nullptr;
    QPushButton *pause = nullptr;
    QPushButton *resume = nullptr;
    QPushButton *retry = nullptr;
    QPushButton *remove = nullptr;
};

namespace {

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString etaText(qint64 seconds)
{
    if (seconds < 0)
        return UploadPanel::tr("time left unknown");
    if (seconds < 60)
        return UploadPanel::tr("%n s left", nullptr, int(seconds));
    if (seconds < 3600)
        return UploadPanel::tr("%n min left", nullptr, int((seconds + 59) / 60));
    // Hours carry the plural; the minutes are a number in the user's locale.
    return UploadPanel::tr("%n h %1 min left", nullptr, int(seconds / 3600))
        .arg(QLocale().toString((seconds % 3600) / 60));
}

QString stateText(const UploadItem &item)
{
    switch (item.state) {
    case UploadState::Hashing:
        return UploadPanel::tr("Hashing…");
    case UploadState::Queued:
        return UploadPanel::tr("Waiting to upload");
    case UploadState::Uploading:
        return UploadPanel::tr("Uploading");
    case UploadState::Paused:
        return UploadPanel::tr("Paused");
    case UploadState::Verifying:
        return UploadPanel::tr("Verifying…");
    case UploadState::Done:
        return UploadPanel::tr("Done");
    case UploadState::Failed:
        return UploadPanel::tr("Failed: %1").arg(item.error);
    case UploadState::WaitingForNetwork:
        return UploadPanel::tr("Waiting for network");
    }
    return {};
}

// Still moving: the submission waits for these.
bool busy(UploadState s)
{
    return s == UploadState::Hashing || s == UploadState::Queued || s == UploadState::Uploading ||
           s == UploadState::Verifying || s == UploadState::WaitingForNetwork;
}

} // namespace

UploadPanel::UploadPanel(net::UploadQueue *queue, net::DeliverableSubmitter *submitter,
                         QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_submitter(submitter)
    , m_list(new QVBoxLayout)
    , m_empty(new QLabel(tr("Add the files you deliver, or drop them here."), this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add files…"), this))
    , m_submit(new QPushButton(tr("Submit for review"), this))
{
    setObjectName(QStringLiteral("uploadPanel"));
    setFocusProxy(m_add);
    m_add->setObjectName(QStringLiteral("uploadAdd"));
    m_submit->setObjectName(QStringLiteral("uploadSubmit"));
    m_note->setObjectName(QStringLiteral("uploadNote"));
    m_error->setObjectName(QStringLiteral("uploadError"));
    m_note->setPlaceholderText(tr("Note for the reviewer (optional)"));
    m_note->setMaxLength(2000);
    m_note->setAcceptDrops(false); // dropped files go to the queue, not into the note
    m_empty->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_hint->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *title = new QLabel(tr("Deliverables"), this);
    QFont f = title->font();
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_add);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_note, 1);
    footer->addWidget(m_submit);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addLayout(header);
    layout->addWidget(m_empty);
    layout->addLayout(m_list);
    layout->addLayout(footer);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &UploadPanel::chooseFiles);
    connect(m_submit, &QPushButton::clicked, this, &UploadPanel::submit);
    connect(m_note, &QLineEdit::returnPressed, this, [this] {
        if (m_submit->isEnabled())
            submit();
    });
    connect(m_queue, &net::UploadQueue::itemChanged, this, [this](const QUuid &id) {
        if (const auto item = m_queue->item(id); item && item->jobId == m_jobId)
            updateRow(*item);
    });
    connect(m_queue, &net::UploadQueue::itemRemoved, this, &UploadPanel::removeRow);
    connect(m_queue, &net::UploadQueue::progress, this, &UploadPanel::onProgress);
    connect(m_queue, &net::UploadQueue::hashProgress, this,
            [this](const QUuid &id, qint64 hashed, qint64 total) {
                if (Row *row = m_rows.value(id)) {
                    row->bar->setRange(0, 1000);
                    row->bar->setValue(total > 0 ? int(hashed * 1000 / total) : 0);
                }
            });
    connect(m_submitter, &net::DeliverableSubmitter::submitted, this,
            [this](qint64 jobId, const QJsonObject &deliverable) {
                const int version = deliverable.value(QStringLiteral("version")).toInt();
                if (jobId == m_jobId) {
                    m_note->clear();
                    setError(QString());
                }
                updateSubmit();
                Q_EMIT submitted(jobId, version);
            });
    connect(m_submitter, &net::DeliverableSubmitter::submitFailed, this,
            [this](qint64 jobId, const QString &reason) {
                if (jobId == m_jobId)
                    setError(tr("Could not submit: %1").arg(reason));
                updateSubmit();
            });
    rebuild();
}

void UploadPanel::setJob(qint64 jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    m_note->clear();
    setError(QString());
    rebuild();
}

QList<QUuid> UploadPanel::addFiles(const QStringList &paths)
{
    QList<QUuid> ids;
    QStringList problems;
    for (const QString &path : paths) {
        const auto r = m_queue->enqueue(m_jobId, path);
        if (r.ok())
            ids.append(r.value);
        else
            problems << tr("%1: %2").arg(QFileInfo(path).fileName(), r.error);
    }
    setError(problems.isEmpty() ? QString()
                                : tr("Not added: %1").arg(problems.join(QStringLiteral("; "))));
    for (const QUuid &id : ids) {
        if (const auto item = m_queue->item(id))
            updateRow(*item);
    }
    return ids;
}

QString UploadPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QStringList UploadPanel::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

void UploadPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add deliverable files"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void UploadPanel::submit()
{
    QList<QUuid> done;
    for (const QUuid &id : std::as_const(m_order)) {
        if (const auto item = m_queue->item(id); item && item->state == UploadState::Done)
            done.append(id);
    }
    setError(QString());
    m_submitter->submit(m_jobId, done, m_note->text().trimmed());
    updateSubmit();
}

void UploadPanel::rebuild()
{
    for (Row *row : std::as_const(m_rows)) {
        delete row->widget;
        delete row;
    }
    m_rows.clear();
    m_order.clear();
    const QList<UploadItem> items = m_queue->items();
    for (const UploadItem &item : items) {
        if (item.jobId == m_jobId && m_jobId != 0)
            updateRow(item);
    }
    updateSubmit();
}

void UploadPanel::updateRow(const UploadItem &item)
{
    Row *row = m_rows.value(item.id);
    if (!row) {
        row = new Row;
        row->widget = new QWidget(this);
        row->widget->setObjectName(QStringLiteral("uploadRow"));
        row->name = new QLabel(row->widget);
        row->size = new QLabel(row->widget);
        row->bar = new QProgressBar(row->widget);
        row->speed = new QLabel(row->widget);
        row->state = new QLabel(row->widget);
        row->state->setObjectName(QStringLiteral("uploadState"));
        row->state->setWordWrap(true);
        row->pause = new QPushButton(tr("Pause"), row->widget);
        row->resume = new QPushButton(tr("Resume"), row->widget);
        row->retry = new QPushButton(tr("Retry"), row->widget);
        row->remove = new QPushButton(tr("Remove"), row->widget);
        row->pause->setObjectName(QStringLiteral("uploadPause"));
        row->resume->setObjectName(QStringLiteral("uploadResume"));
        row->retry->setObjectName(QStringLiteral("uploadRetry"));
        row->remove->setObjectName(QStringLiteral("uploadRemove"));
        row->speed->setObjectName(QStringLiteral("uploadSpeed"));
        row->bar->setTextVisible(false);
        row->bar->setMaximumHeight(10);
        row->size->setStyleSheet(QStringLiteral("color: #6b7280;"));
        row->speed->setStyleSheet(QStringLiteral("color: #6b7280;"));
        auto *grid = new QGridLayout(row->widget);
        grid->setContentsMargins(0, 2, 0, 2);
        grid->addWidget(row->name, 0, 0);
        grid->addWidget(row->size, 0, 1);
        grid->addWidget(row->state, 0, 2);
        grid->addWidget(row->bar, 1, 0, 1, 2);
        grid->addWidget(row->speed, 1, 2);
        auto *buttons = new QHBoxLayout;
        for (QPushButton *b : {row->pause, row->resume, row->retry, row->remove})
            buttons->addWidget(b);
        grid->addLayout(buttons, 0, 3, 2, 1);
        grid->setColumnStretch(0, 1);
        const QUuid id = item.id;
        connect(row->pause, &QPushButton::clicked, this, [this, id] { m_queue->pause(id); });
        connect(row->resume, &QPushButton::clicked, this, [this, id] { m_queue->resume(id); });
        connect(row->retry, &QPushButton::clicked, this, [this, id] { m_queue->retry(id); });
        connect(row->remove, &QPushButton::clicked, this, [this, id] { m_queue->cancel(id); });
        m_rows.insert(id, row);
        m_order.append(id);
        m_list->addWidget(row->widget);
    }
    row->name->setText(item.displayName);
    row->size->setText(item.size > 0 ? bytesText(item.size) : QString());
    row->state->setText(stateText(item));
    row->state->setStyleSheet(item.state == UploadState::Failed ? QStringLiteral("color: #b3261e;")
                                                                : QString());
    if (item.state != UploadState::Hashing) {
        row->bar->setRange(0, 1000);
        row->bar->setValue(item.size > 0 ? int(item.offset * 1000 / item.size)
                                         : (item.state == UploadState::Done ? 1000 : 0));
    }
    if (item.state == UploadState::Done)
        row->bar->setValue(1000);
    if (item.state != UploadState::Uploading)
        row->speed->clear();
    const bool moving = busy(item.state) && item.state != UploadState::Verifying;
    row->pause->setVisible(moving && item.state != UploadState::WaitingForNetwork);
    row->resume->setVisible(item.state == UploadState::Paused ||
                            item.state == UploadState::WaitingForNetwork);
    row->retry->setVisible(item.state == UploadState::Failed);
    row->remove->setEnabled(!m_submitter->isSubmitting());
    updateSubmit();
    Q_EMIT itemsChanged();
}

void UploadPanel::removeRow(const QUuid &id)
{
    Row *row = m_rows.take(id);
    if (!row)
        return;
    m_order.removeAll(id);
    delete row->widget;
    delete row;
    updateSubmit();
    Q_EMIT itemsChanged();
}

void UploadPanel::onProgress(const QUuid &id, qint64 sent, qint64 total, double bytesPerSecond,
                             qint64 etaSeconds)
{
    Row *row = m_rows.value(id);
    if (!row)
        return;
    row->bar->setRange(0, 1000);
    row->bar->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    row->speed->setText(
        tr("%1/s · %2").arg(bytesText(qint64(bytesPerSecond)), etaText(etaSeconds)));
}

void UploadPanel::updateSubmit()
{
    int done = 0;
    int moving = 0;
    int left = 0;
    for (const QUuid &id : std::as_const(m_order)) {
        const auto item = m_queue->item(id);
        if (!item)
            continue;
        if (item->state == UploadState::Done)
            ++done;
        else if (busy(item->state))
            ++moving;
        else
            ++left;
    }
    m_empty->setVisible(m_order.isEmpty());
    m_submit->setEnabled(done > 0 && moving == 0 && !m_submitter->isSubmitting());
    for (Row *row : std::as_const(m_rows))
        row->remove->setEnabled(!m_submitter->isSubmitting());
    if (m_submitter->isSubmitting())
        m_hint->setText(tr("Submitting…"));
    else if (moving > 0)
        m_hint->setText(tr("Submitting is possible once every file has finished uploading."));
    else if (done > 0 && left > 0)
        m_hint->setText(tr("Paused and failed files are not included in the submission."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void UploadPanel::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace jobdesk::ui
