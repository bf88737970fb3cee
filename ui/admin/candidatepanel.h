#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace jobdesk::net {
class ApiClient;
}

namespace jobdesk::ui {

class ExcludedList;
class RankedList;

// The selected job on the dispatch board: what it is and where it stands, the
// actions its state allows, the ranked candidates with their score breakdown,
// the workers left out and why, and the job's history from the audit log. It
// loads what it shows itself; the board tells it when the job changed.
class CandidatePanel final : public QWidget
{
    Q_OBJECT

public:
    CandidatePanel(net::ApiClient *api, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CandidatePanel)

    // Shows `job` (empty: nothing selected). The same job again updates the
    // header and actions at once and reloads the ranking and history shortly.
    void setJob(const QJsonObject &job, const QList<QJsonObject> &pendingOffers);
    void setNames(const QHash<qint64, QString> &userNames,
                  const QHash<QString, QString> &skillNames);
    void setMessage(const QString &text, bool error);
    void setBusy(bool busy);
    void reload(); // ranking and history now
    void tick();   // offer countdowns

    qint64 jobId() const { return m_jobId; }
    RankedList *ranked() const { return m_ranked; }
    ExcludedList *excluded() const { return m_excluded; }
    QTreeWidget *history() const { return m_history; }
    QString rankingState() const; // "loading", "ready", or the error shown
    bool isRankingLoaded() const { return m_rankingLoaded; }

Q_SIGNALS:
    void dispatchRequested(qint64 jobId);
    void redispatchRequested(qint64 jobId);
    void offerRequested(qint64 jobId, qint64 workerId, const QString &workerName);
    void assignRequested(qint64 jobId, qint64 workerId, const QString &workerName);
    void cancelRequested(qint64 jobId);
    void editRequested(qint64 jobId);

private:
    void loadRanking();
    void loadHistory();
    void updateHeader();
    void updateActions();

    net::ApiClient *m_api;
    QJsonObject m_job;
    QList<QJsonObject> m_offers;
    qint64 m_jobId = 0;
    int m_generation = 0; // answers for a job no longer shown are dropped
    bool m_busy = false;
    bool m_rankingLoaded = false;
    QString m_rankingError;
    QHash<qint64, QString> m_userNames;
    QHash<QString, QString> m_skillNames;
    QTimer m_reloadSoon;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_chip;
    QLabel *m_facts;
    QLabel *m_offerLine;
    QLabel *m_message;
    QPushButton *m_dispatch;
    QPushButton *m_offer;
    QPushButton *m_assign;
    QPushButton *m_edit;
    QPushButton *m_cancel;
    QLabel *m_rankedCaption;
    QLabel *m_rankingNote;
    RankedList *m_ranked;
    QLabel *m_excludedCaption;
    ExcludedList *m_excluded;
    QTreeWidget *m_history;
};

} // namespace jobdesk::ui
