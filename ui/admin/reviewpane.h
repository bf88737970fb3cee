#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace jobdesk::net {
class ApiClient;
class FileDownload;
class TokenSource;
} // namespace jobdesk::net

namespace jobdesk::ui {

// One job in review: its deliverable versions (files, sizes, the worker's note,
// earlier review notes), downloads streamed to disk with progress, and the
// verdict: approve with an optional rating and note, or request a revision,
// which needs a note. What the admin typed stays until the verdict is in.
class ReviewPane final : public QWidget
{
    Q_OBJECT

public:
    ReviewPane(net::ApiClient *api, net::TokenSource *tokens, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReviewPane)

    void setNames(const QHash<qint64, QString> &names) { m_names = names; }
    // The same job again keeps the verdict being typed and reloads the versions.
    void setJob(const QJsonObject &job);
    qint64 jobId() const { return m_jobId; }
    QTreeWidget *versions() const { return m_versions; }
    bool isLoaded() const { return m_loaded; }

    // Starts downloading a file to `target` (the Download buttons ask where first).
    void download(const QString &fileId, const QString &name, qint64 size, const QString &target);
    QString downloadState() const; // the line under the versions
    bool isDownloading() const;

    void setRating(int stars); // 0: none
    void setNote(const QString &note);
    QString errorText() const;

public Q_SLOTS:
    void approve();
    void requestRevision();

Q_SIGNALS:
    // The job left review (approved or sent back): `job` as the server answered.
    void decided(const QJsonObject &job, const QString &message);

private:
    void loadVersions();
    void askWhereToSave(const QString &fileId, const QString &name, qint64 size);
    void verdict(const QJsonObject &body);
    void setError(const QString &text);
    void setBusy(bool busy);

    net::ApiClient *m_api;
    net::FileDownload *m_download;
    QJsonObject m_job;
    qint64 m_jobId = 0;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
    QHash<qint64, QString> m_names;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_facts;
    QTreeWidget *m_versions;
    QLabel *m_downloadText;
    QProgressBar *m_downloadBar;
    QPushButton *m_cancelDownload;
    QComboBox *m_rating;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QPushButton *m_approve;
    QPushButton *m_revision;
};

} // namespace jobdesk::ui
