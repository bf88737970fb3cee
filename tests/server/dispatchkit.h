#pragma once

// Helpers of the dispatch tests: workers with skills made over the API, jobs
// that need a skill, the job's offers and audit trail, and an admin's live socket.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QWebSocket>

namespace jobdesk::test {

struct DispatchWorker
{
    qint64 id = 0;
    QString token;
};

// Records every frame an admin's realtime socket receives.
struct AdminSocket
{
    QWebSocket ws;
    QList<QJsonObject> frames;
    bool open(quint16 port, const QString &token);
    // Events of `type` (in arrival order) about the job.
    QList<QJsonObject> events(const QString &type, qint64 jobId) const;
    // The types of every event about the job, in arrival order.
    QStringList types(qint64 jobId) const;
};

class DispatchKit final
{
public:
    // Starts the server with the cascade's default acceptance window set.
    bool setUp(int windowSeconds);
    World &world() { return m; }
    Http &http() { return *m.http; }
    const QString &admin() const { return m.admin; }

    // An active worker (or another status) with the given skills {key: level}
    // and capacity, signed in when active.
    DispatchWorker worker(const QString &name, const QJsonObject &skills, int capacity = 3,
                          const QString &status = QStringLiteral("active"));
    // A pending job that needs `skill` at `minLevel` (no skill when empty).
    qint64 job(const QString &title, const QString &skill, int minLevel = 1,
               QJsonObject extra = {});
    Reply dispatch(qint64 jobId, int windowSeconds = 0, int shortlistSize = 0);
    QJsonObject jobJson(qint64 id);
    QJsonArray offers(qint64 jobId);   // newest first
    QJsonArray audit(qint64 jobId);    // oldest first
    QStringList actions(qint64 jobId); // oldest first
    int pendingOffers(qint64 jobId);
    Reply decline(qint64 offerId, const DispatchWorker &w,
                  const QString &reason = QStringLiteral("Busy this week"));
    Reply accept(qint64 offerId, const DispatchWorker &w);

private:
    World m;
    int m_serial = 0;
};

QJsonObject offerOf(const QJsonArray &offers, qint64 workerId);

} // namespace jobdesk::test
