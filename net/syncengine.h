#pragma once

#include "localtypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace jobdesk::net {

class ApiClient;
class LocalStore;
struct ApiResult;

// Pushes the worker's pending time entries to POST /time-entries/sync and records
// each answer in the local store: applied or unchanged → synced, conflict → the
// server's copy is kept beside ours, rejected → the reason is kept and an edit
// resends it. A failed request changes nothing locally and is retried with capped
// exponential backoff; since entry ids are client UUIDs, replaying a batch whose
// answer was lost is harmless (the server answers "unchanged").
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxBatch = 500;
    // Well under the server's 2 MiB limit for the sync route.
    static constexpr int MaxBatchBytes = 1024 * 1024;

    explicit SyncEngine(LocalStore *store, ApiClient *api, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncEngine)

    void setBatchSize(int entries); // 1..MaxBatch
    int batchSize() const { return m_batchSize; }
    // Backoff after a failure: first, doubling up to max (with up to 20% jitter).
    void setRetryDelays(int firstMs, int maxMs);
    // Sync by itself: shortly after each local change, and on retries.
    void setAutoSync(bool on);
    bool autoSync() const { return m_autoSync; }

    bool isSyncing() const { return m_busy; }
    bool retryScheduled() const { return m_retry.isActive(); }
    SyncCounts counts() const { return m_counts; }
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Starts a run now (cancelling a scheduled retry); during a run, another
    // follows it.
    void syncNow();

Q_SIGNALS:
    void syncStarted();
    // Entries answered so far in this run, of those pending when it began.
    void progress(int answered, int total);
    void stateChanged(const jobdesk::net::SyncCounts &counts);
    // A run ended: ok, or why not (a retry may be scheduled).
    void syncFinished(bool ok, const QString &error);
    void retryIn(int delayMs);

private:
    void sendBatch();
    void handle(const QList<LocalEntry> &sent, const ApiResult &result);
    int applyResults(const QList<LocalEntry> &sent, const ApiResult &result);
    void fail(const QString &error, bool retry);
    void finish();
    void publishCounts();

    LocalStore *m_store;
    ApiClient *m_api;
    QTimer m_retry;
    QTimer m_debounce;
    int m_batchSize = MaxBatch;
    int m_firstDelayMs = 2000;
    int m_maxDelayMs = 5 * 60 * 1000;
    int m_nextDelayMs = 0;
    bool m_autoSync = false;
    bool m_busy = false;
    bool m_again = false;
    int m_total = 0;
    int m_answered = 0;
    SyncCounts m_counts;
    QString m_lastError;
};

} // namespace jobdesk::net
