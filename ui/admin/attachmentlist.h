#pragma once

#include <QHash>
#include <QJsonArray>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace jobdesk::net {
class AttachmentLinker;
class UploadQueue;
} // namespace jobdesk::net

namespace jobdesk::ui {

// A job's attachments in the job editor: the files it has, and files picked to
// add. Picked files go up once the job is saved (an upload belongs to a job),
// resumably through the upload queue, each with its progress, and join the job
// when complete. Closing the editor does not stop them.
class AttachmentList final : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentList(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttachmentList)

    // Without a queue the list only shows what the job has.
    void setUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker);
    void setExisting(const QJsonArray &attachments);
    void addFiles(const QStringList &paths);
    QStringList pendingFiles() const;
    // Starts the picked files' uploads for `jobId`; returns false (and says why
    // on the row) for files the queue refused.
    bool upload(qint64 jobId);
    int uploading() const; // started and not attached or failed yet
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void changed();
    void allDone(int attached, int failed);

private:
    enum class RowState
    {
        Existing,
        Picked,
        Uploading,
        Attached,
        Failed
    };
    QTreeWidgetItem *rowFor(const QUuid &id) const;
    void setRowState(QTreeWidgetItem *row, RowState state, const QString &text, int percent = -1);
    void pick();
    void checkDone();

    net::UploadQueue *m_uploads = nullptr;
    net::AttachmentLinker *m_linker = nullptr;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QLabel *m_note;
    QHash<QUuid, QTreeWidgetItem *> m_rows;
};

} // namespace jobdesk::ui
