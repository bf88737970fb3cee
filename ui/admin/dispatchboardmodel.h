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

// Every open job as a two-level tree: the states an admin works through, most
// pressing first (needs attention, pending, offered, assigned, in progress, in
// review, revision), and the jobs in each by urgency and due date. Fed once
// from GET /jobs and GET /offers, then kept current by realtime events one row
// at a time, so selections survive. Waiting times, due times and offer
// countdowns are computed when painted: tick() repaints them without a fetch.
class DispatchBoardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Group
    {
        NeedsAttention,
        Pending,
        Offered,
        Assigned,
        InProgress,
        Review,
        Revision
    };
    static constexpr int GroupCount = 7;

    enum Column
    {
        TitleColumn,
        UrgencyColumn,
        WaitingColumn,
        DueColumn,
        WorkerColumn,
        ColumnCount
    };

    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        JobRole,   // the job's JSON
        GroupRole, // Group as int
        IsGroupRole,
        StatusRole,  // JobStatus as int
        UrgencyRole, // Urgency as int
        SecondsWaitingRole,
        SecondsToDueRole,     // negative when overdue; invalid without a due date
        OfferSecondsLeftRole, // the soonest pending offer; invalid without one
        SearchTextRole,       // what the search box matches
        CountRole             // group rows: number of jobs
    };

    explicit DispatchBoardModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DispatchBoardModel)

    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    // Names for worker ids (offers and holders).
    void setWorkerNames(const QHash<qint64, QString> &names);
    QString workerName(qint64 id) const;

    // Replaces everything: open jobs, and the pending offers.
    void reset(const QJsonArray &jobs, const QJsonArray &offers);
    // Applies one realtime event (job.*, offer.*); true when it changed the model.
    bool applyEvent(const QString &type, const QJsonObject &data);
    // Takes a job as the server answered it (newer versions only).
    void upsertJob(const QJsonObject &job);
    // The clock moved on: repaints the time columns.
    void tick();

    QModelIndex indexOfJob(qint64 jobId, int column = 0) const;
    QModelIndex groupIndex(Group g) const;
    bool contains(qint64 jobId) const { return m_items.contains(jobId); }
    QJsonObject job(qint64 jobId) const;
    QList<QJsonObject> pendingOffers(qint64 jobId) const;
    QStringList categories() const;
    int count(Group g) const { return int(m_groups[size_t(g)].size()); }
    int jobCount() const { return int(m_items.size()); }
    static QString groupTitle(Group g);
    // -1 for jobs the board does not show (completed, cancelled).
    static int groupFor(const QJsonObject &job);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QJsonObject job;
        QList<QJsonObject> offers; // pending, soonest expiry first
        int urgency = 1;
        qint64 dueMs = 0; // 0: no due date
        qint64 createdMs = 0;
        int version = 0;
        void refreshKeys();
    };
    struct Place
    {
        int group = -1;
        int row = -1;
    };

    Place find(qint64 jobId) const;
    void place(qint64 jobId);
    void remove(qint64 jobId);
    int targetRow(int group, qint64 jobId) const;
    bool before(qint64 a, qint64 b) const;
    void groupCountChanged(int group);
    QVariant jobData(const Item &item, int column, int role) const;
    QString workerText(const Item &item) const;
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }

    std::array<QList<qint64>, GroupCount> m_groups;
    QHash<qint64, Item> m_items;
    QHash<qint64, QString> m_names;
    std::function<QDateTime()> m_now;
};

} // namespace jobdesk::ui
