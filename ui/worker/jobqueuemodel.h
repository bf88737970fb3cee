#pragma once

#include "jobstatus.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <functional>

namespace jobdesk::ui {

// The worker's queue as a two-level tree: fixed groups (Offers, Active, In review,
// Revision requested, Completed) and the jobs in them. Fed once from GET /jobs and
// GET /offers, then kept current by realtime events, moving single rows rather than
// reloading. Jobs the worker neither holds nor has an open offer for are not shown.
class JobQueueModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Group
    {
        Offers,
        Active,
        Review,
        Revision,
        Completed,
        None // not shown
    };
    static constexpr int GroupCount = 5;

    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        OfferIdRole, // 0 when the row is not an offer
        StatusRole,  // JobStatus as int
        ClientRefRole,
        ExpiresAtRole, // offers: QDateTime (UTC)
        SecondsLeftRole,
        DueAtRole,
        IsGroupRole,
        GroupRole, // Group as int
        JobRole,   // the job's JSON
        CountRole, // group rows: number of jobs
        UnreadRole // chat messages by others the worker has not read
    };

    explicit JobQueueModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobQueueModel)

    // The signed-in worker: events about others' jobs are ignored.
    void setWorkerId(qint64 id) { m_workerId = id; }
    // Server clock stand-in for countdowns (tests pin it).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Replaces everything: `jobs` from GET /jobs, `offers` from GET /offers?status=pending.
    void reset(const QJsonArray &jobs, const QJsonArray &offers);
    // Applies one realtime event; returns true when it changed the model.
    bool applyEvent(const QString &type, const QJsonObject &data);
    // Countdowns moved on: tells the views to repaint the offer rows.
    void tick();
    // Unread chat messages per job (kept across reset(), since lists reload often).
    void setUnread(qint64 jobId, int count);
    // Replaces every count (the server's answer; jobs it leaves out have none).
    void setAllUnread(const QHash<qint64, int> &counts);
    int unread(qint64 jobId) const { return m_unread.value(jobId); }

    QModelIndex indexOfJob(qint64 jobId) const;
    QModelIndex groupIndex(Group g) const;
    QJsonObject job(qint64 jobId) const;
    QJsonObject offerForJob(qint64 jobId) const;
    // Jobs the worker may track time on (assigned, in progress, revision, review).
    QList<QJsonObject> heldJobs() const;
    int count(Group g) const { return int(m_groups[size_t(g)].size()); }
    static QString groupTitle(Group g);
    static Group groupFor(const QJsonObject &job, const QJsonObject &offer);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QJsonObject job;
        QJsonObject offer; // pending offer, or empty
        // Sort keys, parsed once from the JSON: ms since the epoch, missing = last.
        qint64 expiresAt = 0;
        qint64 dueAt = 0;
        qint64 updatedAt = 0;
        bool inProgress = false;
        qint64 id() const;
        void refreshKeys();
    };
    struct Place
    {
        int group = -1;
        int row = -1;
    };

    Place find(qint64 jobId) const;
    // Puts `item` where its state says, inserting, moving or removing one row.
    void place(Item item); // refreshes the sort keys, then inserts or moves the row
    void removeJob(qint64 jobId);
    int insertionRow(int group, const Item &item, int skipRow) const;
    static bool before(Group g, const Item &a, const Item &b);
    const Item *item(const QModelIndex &index) const;
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }

    std::array<QList<Item>, GroupCount> m_groups;
    QHash<qint64, int> m_unread;
    qint64 m_workerId = 0;
    std::function<QDateTime()> m_now;
};

} // namespace jobdesk::ui
