#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace jobdesk::net {
class ApiClient;
class AttachmentLinker;
class RealtimeClient;
class Session;
class UploadQueue;
} // namespace jobdesk::net

namespace jobdesk::ui {

class CandidatePanel;
class DispatchBoardModel;
class DispatchFilter;
class JobEditorDialog;

// The dispatch board: every open job by state with its timers on the left, the
// selected job's candidates, actions and history on the right. Loads once, then
// follows realtime events; the timers tick every second without a fetch.
class DispatchBoard final : public QWidget
{
    Q_OBJECT

public:
    DispatchBoard(net::ApiClient *api, net::Session *session, net::RealtimeClient *realtime,
                  QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DispatchBoard)

    // Where new and edited jobs' attachments go (optional: without it the job
    // editor offers no attachments).
    void setAttachmentUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker);

    DispatchBoardModel *model() const { return m_model; }
    DispatchFilter *filter() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    CandidatePanel *panel() const { return m_panel; }
    bool isLoaded() const { return m_loaded; }
    qint64 currentJobId() const;
    QList<qint64> selectedJobIds() const;
    void selectJob(qint64 jobId);
    JobEditorDialog *openEditor(qint64 jobId); // 0: a new job
    QHash<QString, QString> skillNames() const { return m_skillNames; }

public Q_SLOTS:
    void reload();
    void newJob();
    void autoDispatchSelected();

Q_SIGNALS:
    void message(const QString &text);

private:
    void loaded(const QJsonArray &jobs, const QJsonArray &offers);
    void onEvent(qint64 id, const QString &type, const QJsonObject &data);
    void showCurrent();
    void updateSummary();
    void expandNewGroups(const QModelIndex &parent, int first, int last);
    void respan();
    void loadNames();
    void loadSettings();
    void refreshJob(qint64 jobId);
    // dispatchactions.cpp
    void dispatchJob(qint64 jobId);
    void redispatchJob(qint64 jobId);
    void offerJob(qint64 jobId, qint64 workerId, const QString &workerName);
    void assignJob(qint64 jobId, qint64 workerId, const QString &workerName);
    void cancelJob(qint64 jobId);
    void setAutoDispatch(bool on);
    void done(qint64 jobId, const QString &text, bool error);
    QByteArray ifMatch(qint64 jobId) const;

    net::ApiClient *m_api;
    net::Session *m_session;
    net::RealtimeClient *m_realtime;
    net::UploadQueue *m_uploads = nullptr;
    net::AttachmentLinker *m_linker = nullptr;
    DispatchBoardModel *m_model;
    DispatchFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_urgency;
    QComboBox *m_group;
    QCheckBox *m_overdue;
    QCheckBox *m_autoDispatch;
    QPushButton *m_new;
    QPushButton *m_bulk;
    QTreeView *m_tree;
    QLabel *m_summary;
    CandidatePanel *m_panel;
    QTimer m_tick;
    QHash<qint64, QString> m_userNames;
    QHash<QString, QString> m_skillNames;
    QJsonArray m_skills;
    int m_offerWindowSeconds = 15 * 60;
    bool m_loaded = false;
    bool m_caughtUp = false;
    int m_loadGeneration = 0;
    QList<std::pair<QString, QJsonObject>> m_early; // events before the first load
};

} // namespace jobdesk::ui
