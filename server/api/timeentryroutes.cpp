#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "routes.h"
#include "services.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace jobdesk::server {

namespace {

constexpr int MaxBatch = 1000;
constexpr qint64 AllowedClockSkewMs = 5 * 60 * 1000;

QJsonObject outcome(const QString &id, SyncOutcome o, const QString &reason = {},
                    const std::optional<TimeEntry> &entry = std::nullopt)
{
    QJsonObject r{{QStringLiteral("id"), id}, {QStringLiteral("outcome"), toString(o)}};
    if (!reason.isEmpty())
        r.insert(QStringLiteral("reason"), reason);
    if (entry)
        r.insert(QStringLiteral("entry"), codec::toJson(*entry));
    return r;
}

// Decides one entry of a batch and writes it when it applies. Never throws for a
// bad entry: it answers "rejected" with the reason and the batch goes on.
QJsonObject syncOne(Services &s, const Principal &p, const QJsonValue &value, int index,
                    QSet<QUuid> &seen, QHash<qint64, bool> &jobHeld, ApprovedWeeks &approved,
                    QJsonArray &changed)
{
    const QString prefix = QStringLiteral("entries[%1].").arg(index);
    const QJsonObject object = value.toObject();
    const QString rawId = object.value(QStringLiteral("id")).toString();
    if (!value.isObject())
        return outcome(QString(), SyncOutcome::Rejected, QStringLiteral("entry must be an object"));
    FieldErrors errors;
    auto entry = codec::timeEntryFromJson(object, errors, prefix);
    if (!entry)
        return outcome(rawId, SyncOutcome::Rejected, errors.summary());
    const QString id = entry->id.toString(QUuid::WithoutBraces);
    if (seen.contains(entry->id))
        return outcome(id, SyncOutcome::Rejected,
                       QStringLiteral("the same id appears twice in this batch"));
    seen.insert(entry->id);
    entry->workerId = p.userId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (entry->endedAt.toMSecsSinceEpoch() > now + AllowedClockSkewMs)
        return outcome(id, SyncOutcome::Rejected,
                       QStringLiteral("the entry ends in the future; check the computer's clock"));

    const auto stored = s.timeEntries.find(entry->id);
    if (stored && stored->workerId != p.userId)
        return outcome(id, SyncOutcome::Rejected,
                       QStringLiteral("this id belongs to another entry"));
    if (stored && stored->sameContent(*entry))
        return outcome(id, SyncOutcome::Unchanged, {}, stored);
    // Approved weeks are closed: to edits of their entries and to new entries alike.
    if ((stored && stored->locked) || approved.contains(entry->startedAt))
        return outcome(id, SyncOutcome::Rejected,
                       QStringLiteral("the entry is in an approved timesheet week"), stored);
    if (stored && entry->revision <= stored->revision)
        return outcome(id, SyncOutcome::Conflict,
                       QStringLiteral("the server has revision %1; edit the newest copy")
                           .arg(stored->revision),
                       stored);
    auto held = jobHeld.constFind(entry->jobId);
    if (held == jobHeld.constEnd()) {
        const auto job = s.jobs.find(entry->jobId);
        held = jobHeld.insert(entry->jobId, job && job->workerId == p.userId);
    }
    if (!*held)
        return outcome(id, SyncOutcome::Rejected,
                       QStringLiteral("job %1 is not assigned to you").arg(entry->jobId));
    entry->updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (stored)
        s.timeEntries.update(*entry);
    else
        s.timeEntries.insert(*entry);
    changed.append(id);
    return outcome(id, SyncOutcome::Applied, {}, entry);
}

HttpResponse sync(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    if (p.isAdmin())
        fail(403, QStringLiteral("forbidden"), QStringLiteral("Only workers track time"));
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto entries = r.array(QStringLiteral("entries"), true, MaxBatch);
    r.rejectUnknown({QStringLiteral("entries")});
    if (!errors.isEmpty())
        failValidation(errors);

    QJsonArray results;
    QJsonArray changed;
    QSet<QUuid> seen;
    QHash<qint64, bool> jobHeld;
    ApprovedWeeks approved(s.timesheets, p.userId);
    Transaction tx(s.db);
    for (int i = 0; i < entries->size(); ++i)
        results.append(syncOne(s, p, entries->at(i), i, seen, jobHeld, approved, changed));
    if (!changed.isEmpty()) {
        s.events.append(QStringLiteral("time_entries.synced"),
                        {{QStringLiteral("workerId"), p.userId}, {QStringLiteral("ids"), changed}},
                        std::nullopt, p.userId);
    }
    tx.commit();
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

HttpResponse list(Services &s, HttpRequest &request)
{
    const Principal p = authenticate(s, request);
    TimeEntryQuery q;
    q.limit = limitParam(request, 200, 1000);
    q.jobId = int64Query(request, QStringLiteral("jobId"));
    q.workerId = p.isAdmin() ? int64Query(request, QStringLiteral("workerId"))
                             : std::optional<qint64>(p.userId);
    q.includeDeleted =
        request.query.queryItemValue(QStringLiteral("includeDeleted")) == QLatin1String("true");
    timeRangeQuery(request, &q.from, &q.to);
    const QJsonArray cursor = decodeCursor(request, 2);
    if (!cursor.isEmpty())
        q.after = std::make_pair(qint64(cursor.at(0).toDouble()), cursor.at(1).toString());
    const TimeEntryPage page = s.timeEntries.list(q);
    QJsonArray items;
    for (const TimeEntry &e : page.items)
        items.append(codec::toJson(e));
    QJsonValue next = QJsonValue::Null;
    if (page.next)
        next = encodeCursor({double(page.next->first), page.next->second});
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), next}});
}

} // namespace

void registerTimeEntryRoutes(Router &router, Services &s)
{
    route(
        router, "POST", QStringLiteral("/api/v1/time-entries/sync"),
        [&s](HttpRequest &r) { return sync(s, r); }, RouteOptions{2 * 1024 * 1024});
    route(router, "GET", QStringLiteral("/api/v1/time-entries"),
          [&s](HttpRequest &r) { return list(s, r); });
}

} // namespace jobdesk::server
