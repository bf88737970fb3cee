// Job chat: the job's assigned worker and the admins, one thread per job.
#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "notifications.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QJsonArray>

namespace jobdesk::server {

namespace {

constexpr int MaxMessageLength = 4000;

[[noreturn]] void failNoJob()
{
    fail(404, QStringLiteral("not-found"), QStringLiteral("No such job"));
}

// Admins chat on any job; a worker only on a job assigned to them. A worker who
// merely holds an offer sees the job but may not chat (403); anyone else gets 404.
Job chatJob(Services &s, const Principal &p, qint64 jobId)
{
    if (!p.isAdmin() && !s.jobs.isVisibleTo(jobId, p.userId))
        failNoJob();
    const auto job = s.jobs.find(jobId);
    if (!job)
        failNoJob();
    if (!p.isAdmin() && job->workerId != p.userId)
        fail(403, QStringLiteral("not-your-job"),
             QStringLiteral("Only the job's worker and the admins chat about a job"),
             QStringLiteral("Accept the offer first."));
    return *job;
}

Message messageFrom(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.jobId = q.value(1).toLongLong();
    m.authorId = q.value(2).toLongLong();
    m.body = q.value(3).toString();
    m.sentAt = fromDb(q.value(4));
    return m;
}

// A message as the chat shows it: the author's display name travels with it, so
// a worker (who may not list users) sees who wrote.
QJsonObject messageJson(const Message &m, const QString &authorName)
{
    QJsonObject json = codec::toJson(m);
    json.insert(QStringLiteral("authorName"), authorName);
    return json;
}

qint64 lastReadId(Services &s, qint64 userId, qint64 jobId)
{
    return s.db
        .scalar(QStringLiteral("SELECT last_read_id FROM message_reads WHERE user_id = ? AND "
                               "job_id = ?"),
                {userId, jobId}, 0)
        .toLongLong();
}

HttpResponse listMessages(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const Job job = chatJob(s, p, idParam(request));
    const qint64 after = int64Query(request, QStringLiteral("after")).value_or(0);
    const int limit = limitParam(request, 100, 500);
    QJsonArray items;
    bool more = false;
    QSqlQuery &q = s.db.exec(
        QStringLiteral("SELECT m.id, m.job_id, m.author_id, m.body, m.created_at, "
                       "COALESCE(u.name, '') FROM messages m LEFT JOIN users u ON u.id = "
                       "m.author_id WHERE m.job_id = ? AND m.id > ? ORDER BY m.id LIMIT ?"),
        {job.id, after, limit + 1});
    while (q.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        items.append(messageJson(messageFrom(q), q.value(5).toString()));
    }
    q.finish();
    const qint64 lastRead = lastReadId(s, p.userId, job.id);
    const qint64 unread =
        s.db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE job_id = ? AND id > ? "
                                   "AND author_id <> ?"),
                    {job.id, lastRead, p.userId}, 0)
            .toLongLong();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("more"), more},
                                               {QStringLiteral("unread"), unread},
                                               {QStringLiteral("lastReadId"), lastRead}});
}

HttpResponse postMessage(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const Job job = chatJob(s, p, idParam(request));
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto text = r.string(QStringLiteral("body"), true, 1, MaxMessageLength);
    r.rejectUnknown({QStringLiteral("body")});
    if (text && text->trimmed().isEmpty())
        errors.add(QStringLiteral("body"), QStringLiteral("must not be blank"));
    if (!errors.isEmpty())
        failValidation(errors);
    if (job.status == JobStatus::Cancelled)
        fail(409, QStringLiteral("job-closed"), QStringLiteral("This job's chat is closed"),
             QStringLiteral("The job is cancelled."));

    Message m;
    m.jobId = job.id;
    m.authorId = p.userId;
    m.body = *text; // verbatim: only blank bodies are refused
    const qint64 now = nowMs();
    m.sentAt = fromDb(now);
    Transaction tx(s.db);
    m.id = s.db.insert(QStringLiteral("INSERT INTO messages (job_id, author_id, body, created_at) "
                                      "VALUES (?, ?, ?, ?) RETURNING id"),
                       {m.jobId, m.authorId, m.body, now});
    const QJsonObject json = messageJson(
        m, s.db.scalar(QStringLiteral("SELECT name FROM users WHERE id = ?"), {p.userId}, QString())
               .toString());
    // Admins see every event; the job's worker is the one worker who may.
    s.events.append(QStringLiteral("message.created"),
                    {{QStringLiteral("message"), json}, {QStringLiteral("jobId"), job.id}}, job.id,
                    job.workerId);
    if (p.isAdmin() && job.workerId && *job.workerId != p.userId) {
        notifyUser(s, *job.workerId, QStringLiteral("message"),
                   {{QStringLiteral("jobId"), job.id},
                    {QStringLiteral("title"), job.title},
                    {QStringLiteral("messageId"), m.id},
                    {QStringLiteral("authorId"), m.authorId},
                    {QStringLiteral("preview"), m.body.left(140)}});
    }
    tx.commit();
    return HttpResponse::json(201, json);
}

// Unread counts of every chat the caller may read that has any: one request for
// the worker's whole queue instead of one per job.
HttpResponse unreadCounts(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    QString sql = QStringLiteral(
        "SELECT m.job_id, COUNT(*), MAX(m.id) FROM messages m JOIN jobs j ON j.id = m.job_id "
        "LEFT JOIN message_reads r ON r.user_id = ? AND r.job_id = m.job_id "
        "WHERE m.author_id <> ? AND m.id > COALESCE(r.last_read_id, 0)");
    QVariantList binds{p.userId, p.userId};
    if (!p.isAdmin()) {
        sql += QStringLiteral(" AND j.worker_id = ?"); // the chats a worker may read
        binds.append(p.userId);
    }
    sql += QStringLiteral(" GROUP BY m.job_id ORDER BY m.job_id");
    QJsonArray items;
    QSqlQuery &q = s.db.exec(sql, binds);
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("jobId"), q.value(0).toLongLong()},
                                 {QStringLiteral("unread"), q.value(1).toLongLong()},
                                 {QStringLiteral("lastMessageId"), q.value(2).toLongLong()}});
    q.finish();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse markRead(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    const Job job = chatJob(s, p, idParam(request));
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto upTo = r.integer(QStringLiteral("upTo"), true, 0, 9007199254740991LL);
    r.rejectUnknown({QStringLiteral("upTo")});
    if (!errors.isEmpty())
        failValidation(errors);
    // Never past the job's newest message, so a large number cannot pre-read
    // what has not been written yet.
    Transaction tx(s.db);
    const qint64 newest =
        s.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages WHERE job_id = ?"),
                    {job.id}, 0)
            .toLongLong();
    const qint64 mark = qMin(*upTo, newest);
    if (mark > 0) {
        // The marker only moves forward: a late request from another device
        // cannot unread what was read.
        s.db.exec(QStringLiteral("INSERT INTO message_reads (user_id, job_id, last_read_id) "
                                 "VALUES (?, ?, ?) ON CONFLICT (user_id, job_id) DO UPDATE SET "
                                 "last_read_id = CASE WHEN excluded.last_read_id > "
                                 "message_reads.last_read_id THEN excluded.last_read_id ELSE "
                                 "message_reads.last_read_id END"),
                  {p.userId, job.id, mark});
    }
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace

void registerMessageRoutes(Router &router, Services &s)
{
    route(router, "GET", QStringLiteral("/api/v1/jobs/{id}/messages"),
          [&s](HttpRequest &r) { return listMessages(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/jobs/{id}/messages"),
        [&s](HttpRequest &r) { return postMessage(s, r); }, RouteOptions{16 * 1024});
    route(router, "GET", QStringLiteral("/api/v1/messages/unread"),
          [&s](HttpRequest &r) { return unreadCounts(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/jobs/{id}/messages/read"),
        [&s](HttpRequest &r) { return markRead(s, r); }, RouteOptions{4 * 1024});
}

} // namespace jobdesk::server
