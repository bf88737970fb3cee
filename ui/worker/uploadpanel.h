#pragma once

#include <QHash>
#include <QStringList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace jobdesk::net {
class DeliverableSubmitter;
class UploadQueue;
struct UploadItem;
} // namespace jobdesk::net

namespace jobdesk::ui {

// The files a worker delivers for a job in progress: one row per queued file
// (progress, speed, state, pause/resume/retry/remove), a note, and "Submit for
// review", which sends the finished files as the job's next deliverable version.
class UploadPanel final : public QWidget
{
    Q_OBJECT

public:
    UploadPanel(net::UploadQueue *queue, net::DeliverableSubmitter *submitter,
                QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(UploadPanel)

    // 0 hides every row; the rows shown are the queue's items for `jobId`.
    void setJob(qint64 jobId);
    qint64 jobId() const { return m_jobId; }
    // Queues local files for the current job; returns the new items' ids.
    QList<QUuid> addFiles(const QStringList &paths);
    bool hasItems() const { return !m_rows.isEmpty(); }
    QString errorText() const;
    net::UploadQueue *queue() const { return m_queue; }

    // The local files among dropped URLs.
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    void submitted(qint64 jobId, int version);
    void itemsChanged();

private:
    struct Row;
    void chooseFiles();
    void submit();
    void rebuild();
    void updateRow(const net::UploadItem &item);
    void removeRow(const QUuid &id);
    void onProgress(const QUuid &id, qint64 sent, qint64 total, double bytesPerSecond,
                    qint64 etaSeconds);
    void updateSubmit();
    void setError(const QString &message);

    net::UploadQueue *m_queue;
    net::DeliverableSubmitter *m_submitter;
    qint64 m_jobId = 0;
    QHash<QUuid, Row *> m_rows;
    QList<QUuid> m_order;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QLabel *m_error;
    QLabel *m_hint;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_submit;
};

} // namespace jobdesk::ui
