#pragma once

#include "jobstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

struct RequiredSkill
{
    QString skill;    // skill key
    int minLevel = 1; // 1..5
    bool operator==(const RequiredSkill &o) const
    {
        return skill == o.skill && minLevel == o.minLevel;
    }
};

struct Attachment
{
    QString id;   // server-generated file id
    QString name; // display name (sanitised)
    qint64 size = 0;
    QString sha256; // lower-case hex
};

struct Job
{
    qint64 id = 0;
    QString title;
    QString description;
    QString clientRef;
    QString category;
    QList<RequiredSkill> requiredSkills;
    Urgency urgency = Urgency::Normal;
    int estimateMinutes = 0;
    QDateTime dueAt; // invalid = no due date
    QList<Attachment> attachments;
    JobStatus status = JobStatus::Pending;
    std::optional<qint64> workerId;
    int revisionCount = 0;
    bool needsAttention = false; // the cascade fell through; an admin should look
    // Set by the server only: the review's rating of the delivered work (1..5),
    // the first time a worker was set, and when the job was completed.
    std::optional<int> rating;
    QDateTime assignedAt;  // invalid = never assigned
    QDateTime completedAt; // invalid = not completed
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;
};

// What an admin sends to create or patch a job: every member optional; the
// decoder enforces which are required on create.
struct JobInput
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> clientRef;
    std::optional<QString> category;
    std::optional<QList<RequiredSkill>> requiredSkills;
    std::optional<Urgency> urgency;
    std::optional<int> estimateMinutes;
    std::optional<QDateTime> dueAt; // present with an invalid QDateTime = cleared (JSON null)
};

} // namespace jobdesk
