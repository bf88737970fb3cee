#pragma once

#include "localtypes.h"
#include "timeentry.h"
#include "uploaditem.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace jobdesk::net {

// The worker's own copy of their time and job queue: one SQLite file per server
// and user, so the app works with no network. Every write is committed durably
// (WAL, synchronous=FULL) before the call returns. Rows are never removed while
// the server may not have them: deleting is a soft delete that syncs like an edit.
// Lives on one thread; not thread-safe.
class LocalStore final : public QObject
{
    Q_OBJECT

public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;
    Q_DISABLE_COPY_MOVE(LocalStore)

    // Opens (creating) the file and brings the schema up to date.
    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // --- time entries ---------------------------------------------------------
    // A new entry, pending. `held` keeps it out of sync until confirmHeld().
    Status addEntry(const TimeEntry &entry, bool held = false);
    // Several new entries in one transaction: all or none.
    Status addEntries(const QList<TimeEntry> &entries, bool held = false);
    // Replaces job, times, note (and source) of an existing entry; revision + 1, pending.
    Status editEntry(const TimeEntry &entry);
    // Soft delete: deleted = 1, revision + 1, pending.
    Status deleteEntry(const QUuid &id);
    // Releases a held entry to sync.
    Status confirmHeld(const QUuid &id);
    // The worker declined a held entry: it stays on disk as deleted and is never sent.
    Status discardHeld(const QUuid &id);
    // The same for several held entries in one transaction (an away span past 24 h).
    Status confirmHeld(const QList<QUuid> &ids);
    Status discardHeld(const QList<QUuid> &ids);
    // Releases held entries as time on another job, in the worker's words:
    // source manual (the worker vouches for it), `note` replaces the timer's.
    Status assignHeld(const QList<QUuid> &ids, qint64 jobId, const QString &note);
    Result<std::optional<LocalEntry>> entry(const QUuid &id) const;
    // Entries overlapping [from, to), by start time.
    Result<QList<LocalEntry>> entries(const QDateTime &from, const QDateTime &to,
                                      bool includeDeleted = false) const;
    Result<QList<LocalEntry>> heldEntries() const;
    // Up to `limit` entries waiting to be sent, oldest change first.
    Result<QList<LocalEntry>> pendingBatch(int limit) const;
    // Records the server's answer for the revision that was sent. An entry edited
    // since it was sent stays pending, so the newer revision goes out next time.
    Status markResult(const QUuid &id, int sentRevision, SyncOutcome outcome,
                      const QString &reason = {},
                      const std::optional<TimeEntry> &serverCopy = std::nullopt);
    struct Answer
    {
        QUuid id;
        int sentRevision = 0;
        SyncOutcome outcome = SyncOutcome::Applied;
        QString reason;
        std::optional<TimeEntry> serverCopy;
    };
    // A whole batch of answers in one transaction: one disk sync, one entriesChanged.
    Status markResults(const QList<Answer> &answers);
    Status resolveConflict(const QUuid &id, ConflictChoice choice);
    // Test and repair hook: every entry back to pending (replays are safe by design).
    Status resetToPending();
    Result<SyncCounts> counts() const;

    // --- the running timer (at most one) ----------------------------------------
    Result<std::optional<RunningTimer>> runningTimer() const;
    Status setRunningTimer(const RunningTimer &timer); // insert or replace
    Status heartbeat(qint64 wallMs);
    // In one transaction: adds `closed` (pending, or held), then replaces the
    // running timer with `next` or removes it. A crash leaves either all or nothing.
    Status closeSegments(const QList<TimeEntry> &closed, bool held,
                         const std::optional<RunningTimer> &next);
    // The same, with `closed` pending and `heldSpan` held: a timer entry that
    // ends where a gap begins, and the gap the worker is asked about.
    Status closeSegments(const QList<TimeEntry> &closed, const QList<TimeEntry> &heldSpan,
                         const std::optional<RunningTimer> &next);

    // --- jobs cache ---------------------------------------------------------------
    Status cacheJobs(const QList<QJsonObject> &jobs); // by their "id" member
    Status removeCachedJob(qint64 id);
    Result<QList<QJsonObject>> cachedJobs() const;
    Result<std::optional<QJsonObject>> cachedJob(qint64 id) const;

    // --- deliverable uploads (localstoreuploads.cpp) ------------------------------
    Status addUpload(const UploadItem &item);
    Status saveUpload(const UploadItem &item); // every column but id and created_at
    Status removeUpload(const QUuid &id);
    Result<std::optional<UploadItem>> upload(const QUuid &id) const;
    Result<QList<UploadItem>> uploads() const; // oldest first

Q_SIGNALS:
    // Time entries changed (added, edited, state changed).
    void entriesChanged();

private:
    QSqlDatabase db() const;
    Status migrate();
    Status insertEntry(QSqlQuery &q, const TimeEntry &e, bool held);
    Result<QList<LocalEntry>> selectEntries(const QString &where, const QVariantList &binds,
                                            const QString &tail = {}) const;
    Status writeSegments(const QList<TimeEntry> &closed, bool held,
                         const std::optional<RunningTimer> &next, bool touchTimer,
                         const QList<TimeEntry> &heldToo = {});
    Status bumpRevision(const QUuid &id, const QString &setClause, const QVariantList &binds);
    // Held entries are confirmed, discarded or assigned: `setClause` says which.
    Status settleHeld(const QList<QUuid> &ids, const QString &setClause,
                      const QVariantList &binds = {});
    Status changed(Status s);
    Status recordAnswer(const Answer &answer);

    QString m_connection;
    QString m_path;
};

} // namespace jobdesk::net
