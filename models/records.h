#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

enum class OfferStatus
{
    Pending,
    Accepted,
    Declined,
    Expired,
    Withdrawn
};
QString toString(OfferStatus s); // "pending" | "accepted" | "declined" | "expired" | "withdrawn"
std::optional<OfferStatus> offerStatusFromString(QStringView s);

struct Offer
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 workerId = 0;
    OfferStatus status = OfferStatus::Pending;
    int rank = 0; // 1 = best candidate of its dispatch run; 0 = chosen by an admin
    std::optional<qint64> runId; // the dispatch run that made it; none for an admin's offer
    QDateTime offeredAt;
    QDateTime expiresAt;
    QDateTime respondedAt;
    QString declineReason;
};

struct DeliverableFile
{
    QString id; // server-generated
    QString name;
    qint64 size = 0;
    QString sha256;
};

struct Deliverable
{
    qint64 id = 0;
    qint64 jobId = 0;
    int version = 1; // 1, 2, ... per job
    QString note;
    QList<DeliverableFile> files;
    qint64 submittedBy = 0;
    QDateTime submittedAt;
    QString reviewNote; // set when an admin requests a revision or approves
};

struct Message
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 authorId = 0;
    QString body;
    QDateTime sentAt;
};

struct Notification
{
    qint64 id = 0;
    qint64 userId = 0;
    QString kind; // offer_received, offer_expired, revision_requested, message
    QJsonObject data;
    QDateTime createdAt;
    QDateTime readAt; // invalid = unread
};

// One admin write: who did what to which record, with the record before and after.
struct AuditEvent
{
    qint64 id = 0;
    qint64 actorId = 0;
    QString action;   // e.g. "job.update", "user.approve"
    QString entity;   // "job", "user", ...
    QString entityId; // the record's id as text
    QJsonValue before;
    QJsonValue after;
    QString address; // client address
    QDateTime at;
};

// A row of the event log: pushed to realtime clients and replayed with
// GET /events?after=id.
struct Event
{
    qint64 id = 0;
    QString type; // e.g. "job.created", "job.updated", "job.transitioned", "time_entry.synced"
    QJsonObject data;
    QDateTime at;
};

} // namespace jobdesk
