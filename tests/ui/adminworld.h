#pragma once

// Data for the console's tests, made over the API of a running World: skills
// with names, workers with skills and a password, jobs that need a skill.
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace jobdesk::test {

inline bool putSkill(World &w, const QString &key, const QString &name)
{
    const Reply r = w.http->send(
        "PUT", QStringLiteral("/api/v1/skills/") + key,
        QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}, {"Authorization", bearer(w.admin)}});
    return r.status == 200 || r.status == 201;
}

// An active worker with `skills` {key: level}; returns the id (0 on failure).
inline qint64 skilledWorker(World &w, const QString &email, const QString &name,
                            const QJsonObject &skills, int capacity = 3)
{
    QJsonArray list;
    for (auto it = skills.begin(); it != skills.end(); ++it)
        list.append(QJsonObject{{QStringLiteral("skill"), it.key()},
                                {QStringLiteral("level"), it.value().toInt()}});
    const Reply r = w.http->post(
        QStringLiteral("/api/v1/users"),
        {{QStringLiteral("email"), email},
         {QStringLiteral("name"), name},
         {QStringLiteral("role"), QStringLiteral("worker")},
         {QStringLiteral("password"), QStringLiteral("skilled worker pass")},
         {QStringLiteral("status"), QStringLiteral("active")},
         {QStringLiteral("profile"),
          QJsonObject{{QStringLiteral("skills"), list}, {QStringLiteral("capacity"), capacity}}}},
        w.admin);
    return r.status == 201 ? r.json().value(QStringLiteral("id")).toInteger() : 0;
}

inline QJsonObject skilledJob(World &w, const QString &title, const QString &skill, int minLevel,
                              QJsonObject extra = {})
{
    extra.insert(QStringLiteral("requiredSkills"),
                 QJsonArray{QJsonObject{{QStringLiteral("skill"), skill},
                                        {QStringLiteral("minLevel"), minLevel}}});
    return w.createJob(title, extra);
}

// Worker 1 uploads `content` as `fileName` (tus, one chunk) and submits it as
// the next version of job `jobId`, which must be in progress; true on success.
inline bool deliver(World &w, qint64 jobId, const QString &fileName, const QByteArray &content,
                    const QString &note)
{
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    const Reply created =
        w.http->post(QStringLiteral("/api/v1/uploads"),
                     {{QStringLiteral("filename"), fileName},
                      {QStringLiteral("size"), content.size()},
                      {QStringLiteral("sha256"), QString::fromLatin1(digest.toHex())},
                      {QStringLiteral("purpose"), QStringLiteral("deliverable")},
                      {QStringLiteral("jobId"), jobId}},
                     w.worker1, {{"Tus-Resumable", "1.0.0"}});
    const QString id = created.json().value(QStringLiteral("id")).toString();
    if (created.status != 201 || id.isEmpty())
        return false;
    const Reply sent = w.http->send("PATCH", QStringLiteral("/api/v1/uploads/") + id, content,
                                    {{"Authorization", bearer(w.worker1)},
                                     {"Tus-Resumable", "1.0.0"},
                                     {"Upload-Offset", "0"},
                                     {"Upload-Checksum", "sha256 " + digest.toBase64()},
                                     {"Content-Type", "application/offset+octet-stream"}});
    if (sent.status != 204)
        return false;
    return w.http
               ->post(
                   QStringLiteral("/api/v1/jobs/%1/deliverables").arg(jobId),
                   {{QStringLiteral("uploadIds"), QJsonArray{id}}, {QStringLiteral("note"), note}},
                   w.worker1)
               .status == 201;
}

// Moves a job of worker 1 by a transition; true on 200.
inline bool move(World &w, qint64 jobId, const QString &to, const QString &token)
{
    return w.http
               ->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(jobId),
                      {{QStringLiteral("to"), to}}, token)
               .status == 200;
}

} // namespace jobdesk::test
