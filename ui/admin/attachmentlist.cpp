#include "attachmentlist.h"

#include "attachmentlinker.h"
#include "uploadqueue.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

constexpr int StateRole = Qt::UserRole + 1;
constexpr int PathRole = Qt::UserRole + 2;

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add files…"), this))
    , m_note(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("attachments"));
    m_add->setObjectName(QStringLiteral("addAttachments"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("File"), tr("Size"), tr("State")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->resizeSection(1, 80);
    m_tree->header()->resizeSection(2, 200);
    m_tree->setMinimumHeight(72);
    m_tree->setMaximumHeight(130);
    m_note->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    m_add->setEnabled(false);
    m_note->setText(tr("Attachments are not available here."));
    connect(m_add, &QPushButton::clicked, this, &AttachmentList::pick);
}

void AttachmentList::setUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker)
{
    m_uploads = uploads;
    m_linker = linker;
    m_add->setEnabled(uploads && linker);
    m_note->setText(uploads ? tr("Files are uploaded when the job is saved.")
                            : tr("Attachments are not available here."));
    if (!uploads || !linker)
        return;
    connect(uploads, &net::UploadQueue::hashProgress, this,
            [this](const QUuid &id, qint64 done, qint64 total) {
                if (QTreeWidgetItem *row = rowFor(id))
                    setRowState(row, RowState::Uploading, tr("Checking…"),
                                total > 0 ? int(done * 100 / total) : 0);
            });
    connect(uploads, &net::UploadQueue::progress, this,
            [this](const QUuid &id, qint64 sent, qint64 total, double speed, qint64) {
                if (QTreeWidgetItem *row = rowFor(id))
                    setRowState(row, RowState::Uploading,
                                tr("%1/s").arg(QLocale().formattedDataSize(qint64(speed))),
                                total > 0 ? int(sent * 100 / total) : 0);
            });
    connect(uploads, &net::UploadQueue::itemChanged, this, [this](const QUuid &id) {
        QTreeWidgetItem *row = rowFor(id);
        const auto item = m_uploads->item(id);
        if (!row || !item)
            return;
        if (item->state == net::UploadState::WaitingForNetwork)
            setRowState(row, RowState::Uploading, tr("Waiting for the network…"), -1);
        else if (item->state == net::UploadState::Done)
            setRowState(row, RowState::Uploading, tr("Attaching…"), 100);
    });
    connect(uploads, &net::UploadQueue::failed, this,
            [this](const QUuid &id, const QString &reason) {
                if (QTreeWidgetItem *row = rowFor(id)) {
                    setRowState(row, RowState::Failed, reason);
                    m_uploads->cancel(id);
                }
                checkDone();
            });
    connect(linker, &net::AttachmentLinker::attached, this, [this](const QUuid &id) {
        if (QTreeWidgetItem *row = rowFor(id))
            setRowState(row, RowState::Attached, tr("Attached"), 100);
        checkDone();
    });
    connect(linker, &net::AttachmentLinker::attachFailed, this,
            [this](const QUuid &id, qint64, const QString &, const QString &reason) {
                if (QTreeWidgetItem *row = rowFor(id))
                    setRowState(row, RowState::Failed, reason);
                checkDone();
            });
}

void AttachmentList::setExisting(const QJsonArray &attachments)
{
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_tree->topLevelItem(i)->data(0, StateRole).toInt() == int(RowState::Existing))
            delete m_tree->takeTopLevelItem(i);
    }
    int at = 0;
    for (const QJsonValue &v : attachments) {
        const QJsonObject a = v.toObject();
        auto *row = new QTreeWidgetItem;
        row->setText(0, a.value(QStringLiteral("name")).toString());
        row->setText(1, bytesText(a.value(QStringLiteral("size")).toInteger()));
        m_tree->insertTopLevelItem(at++, row);
        setRowState(row, RowState::Existing, tr("Attached"));
    }
}

void AttachmentList::pick()
{
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setObjectName(QStringLiteral("attachFilesDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &AttachmentList::addFiles);
    dialog->open();
}

void AttachmentList::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || pendingFiles().contains(info.absoluteFilePath()))
            continue;
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(0, info.fileName());
        row->setText(1, bytesText(info.size()));
        row->setData(0, PathRole, info.absoluteFilePath());
        row->setToolTip(0, info.absoluteFilePath());
        setRowState(row, RowState::Picked, tr("Uploaded on save"));
    }
    Q_EMIT changed();
}

QStringList AttachmentList::pendingFiles() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_tree->topLevelItem(i);
        if (row->data(0, StateRole).toInt() == int(RowState::Picked))
            out << row->data(0, PathRole).toString();
    }
    return out;
}

bool AttachmentList::upload(qint64 jobId)
{
    if (!m_uploads)
        return pendingFiles().isEmpty();
    bool all = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        if (row->data(0, StateRole).toInt() != int(RowState::Picked))
            continue;
        const auto queued = m_uploads->enqueue(jobId, row->data(0, PathRole).toString());
        if (!queued.ok()) {
            setRowState(row, RowState::Failed, queued.error);
            all = false;
            continue;
        }
        m_rows.insert(queued.value, row);
        setRowState(row, RowState::Uploading, tr("Queued"), 0);
    }
    m_add->setEnabled(false);
    m_note->setText(tr("Uploads go on if you close this window."));
    checkDone();
    return all;
}

int AttachmentList::uploading() const
{
    int n = 0;
    for (QTreeWidgetItem *row : m_rows) {
        if (row->data(0, StateRole).toInt() == int(RowState::Uploading))
            ++n;
    }
    return n;
}

QTreeWidgetItem *AttachmentList::rowFor(const QUuid &id) const
{
    return m_rows.value(id);
}

void AttachmentList::setRowState(QTreeWidgetItem *row, RowState state, const QString &text,
                                 int percent)
{
    row->setData(0, StateRole, int(state));
    auto *bar = qobject_cast<QProgressBar *>(m_tree->itemWidget(row, 2));
    if (state == RowState::Uploading) {
        if (!bar) {
            bar = new QProgressBar(m_tree);
            bar->setMaximumHeight(18);
            m_tree->setItemWidget(row, 2, bar);
        }
        bar->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            bar->setValue(percent);
        bar->setFormat(tr("%p% · %1").arg(text));
        bar->setToolTip(text);
        row->setText(2, text);
        return;
    }
    if (bar)
        m_tree->removeItemWidget(row, 2);
    row->setText(2, text);
    row->setToolTip(2, text);
    row->setForeground(2, state == RowState::Failed     ? QColor(0xB3, 0x26, 0x1E)
                          : state == RowState::Attached ? QColor(0x1B, 0x6B, 0x3A)
                                                        : QColor(0x6B, 0x72, 0x80));
}

void AttachmentList::checkDone()
{
    if (m_rows.isEmpty() || uploading() > 0)
        return;
    int attached = 0;
    int failed = 0;
    for (QTreeWidgetItem *row : m_rows) {
        const int s = row->data(0, StateRole).toInt();
        attached += s == int(RowState::Attached);
        failed += s == int(RowState::Failed);
    }
    m_note->setText(failed ? tr("%1 attached, %2 failed.").arg(attached).arg(failed)
                           : tr("All files attached."));
    Q_EMIT allDone(attached, failed);
}

} // namespace jobdesk::ui
