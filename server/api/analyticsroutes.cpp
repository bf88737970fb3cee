// GET /api/v1/analytics/jobs and /api/v1/analytics/time (admin): the access check
// and the range run on the HTTP thread, the aggregation on the read pool, so that
// other requests keep being answered meanwhile (HttpResponse::later).
#include "analyticsstore.h"
#include "apisupport.h"
#include "fielderrors.h"
#include "readpool.h"
#include "routes.h"
#include "services.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcAnalytics, "jobdesk.server.analytics", QtInfoMsg)

namespace jobdesk::server {

namespace {

constexpr int MaxRangeDays = 366;
constexpr double HourMs = 3'600'000.0;

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

std::optional<QDate> dateQuery(const HttpRequest &request, const QString &name, FieldErrors &errors)
{
    if (!request.query.hasQueryItem(name)) {
        errors.add(name, QStringLiteral("is required (YYYY-MM-DD)"));
        return std::nullopt;
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid() || day.year() < 1970) {
        errors.add(name, QStringLiteral("must be a date YYYY-MM-DD, 1970-01-01 or later"));
        return std::nullopt;
    }
    return day;
}

// `from` and `to`, both required, inclusive, at most MaxRangeDays days.
DayRange rangeQuery(const HttpRequest &request)
{
    FieldErrors errors;
    const auto from = dateQuery(request, QStringLiteral("from"), errors);
    const auto to = dateQuery(request, QStringLiteral("to"), errors);
    if (from && to && *to < *from)
        errors.add(QStringLiteral("to"), QStringLiteral("must not be before from"));
    else if (from && to && from->daysTo(*to) >= MaxRangeDays)
        errors.add(QStringLiteral("to"),
                   QStringLiteral("the range may span at most %1 days").arg(MaxRangeDays));
    if (!errors.isEmpty())
        failValidation(errors, QStringLiteral("Invalid query parameter."));
    return DayRange{*from, *to};
}

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue share(qint64 part, qint64 whole)
{
    return whole > 0 ? QJsonValue(double(part) / double(whole)) : QJsonValue(QJsonValue::Null);
}

QJsonArray perDay(const QList<std::pair<QDate, int>> &days)
{
    QJsonArray a;
    for (const auto &[day, count] : days)
        a.append(
            QJsonObject{{QStringLiteral("day"), dayText(day)}, {QStringLiteral("count"), count}});
    return a;
}

QJsonObject spreadJson(const Spread &s)
{
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("medianMinutes"), orNull(s.medianMinutes)},
            {QStringLiteral("p90Minutes"), orNull(s.p90Minutes)}};
}

QJsonObject jobsJson(AnalyticsStore &store, const DayRange &range)
{
    const JobAnalytics a = store.jobs(range);
    QJsonObject byState;
    for (const auto &[status, count] : a.byState)
        byState.insert(toString(status), count);
    const int answered = a.offersAccepted + a.offersDeclined + a.offersExpired;
    return {{QStringLiteral("from"), dayText(range.from)},
            {QStringLiteral("to"), dayText(range.to)},
            {QStringLiteral("createdPerDay"), perDay(a.createdPerDay)},
            {QStringLiteral("completedPerDay"), perDay(a.completedPerDay)},
            {QStringLiteral("byState"), byState},
            {QStringLiteral("toAssignment"), spreadJson(a.toAssignment)},
            {QStringLiteral("toCompletion"), spreadJson(a.toCompletion)},
            {QStringLiteral("offers"),
             QJsonObject{{QStringLiteral("made"), a.offersMade},
                         {QStringLiteral("accepted"), a.offersAccepted},
                         {QStringLiteral("declined"), a.offersDeclined},
                         {QStringLiteral("expired"), a.offersExpired},
                         {QStringLiteral("acceptanceRate"), share(a.offersAccepted, answered)}}},
            {QStringLiteral("revisionRate"), share(a.completedWithRevision, a.completed)}};
}

QJsonObject timeJson(AnalyticsStore &store, const DayRange &range)
{
    const TimeAnalytics a = store.time(range);
    QJsonArray weeks;
    for (const auto &[monday, ms] : a.perWeek)
        weeks.append(QJsonObject{{QStringLiteral("weekStart"), dayText(monday)},
                                 {QStringLiteral("hours"), double(ms) / HourMs}});
    QJsonArray workers;
    qint64 totalMs = 0;
    qint64 totalEarnings = 0;
    for (const WorkerTime &w : a.workers) {
        const double hours = double(w.trackedMs) / HourMs;
        workers.append(
            QJsonObject{{QStringLiteral("workerId"), w.workerId},
                        {QStringLiteral("name"), w.name},
                        {QStringLiteral("hours"), hours},
                        {QStringLiteral("availableHours"), w.availableHours},
                        {QStringLiteral("utilisation"), w.availableHours > 0
                                                            ? QJsonValue(hours / w.availableHours)
                                                            : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("approvedHours"), double(w.approvedMinutes) / 60.0},
                        {QStringLiteral("rateCents"), w.rateCents},
                        {QStringLiteral("earningsCents"), w.earningsCents}});
        totalMs += w.trackedMs;
        totalEarnings += w.earningsCents;
    }
    return {{QStringLiteral("from"), dayText(range.from)},
            {QStringLiteral("to"), dayText(range.to)},
            {QStringLiteral("hoursPerWeek"), weeks},
            {QStringLiteral("workers"), workers},
            {QStringLiteral("totalHours"), double(totalMs) / HourMs},
            {QStringLiteral("totalEarningsCents"), totalEarnings}};
}

using Compute = QJsonObject (*)(AnalyticsStore &, const DayRange &);

HttpResponse analytics(Services &s, HttpRequest &request, Compute compute)
{
    requireAdmin(s, request);
    const DayRange range = rangeQuery(request);
    // On the read pool when there is one (the server); else on this thread's connection.
    ReadPool *pool = s.readPool;
    Database *own = &s.db;
    return HttpResponse::later([pool, own, range, compute, path = request.path] {
        QElapsedTimer timer;
        timer.start();
        try {
            AnalyticsStore store(pool ? pool->database() : *own);
            HttpResponse r = HttpResponse::json(200, compute(store, range));
            qCDebug(lcAnalytics) << path << range.from << range.to << "in" << timer.elapsed()
                                 << "ms";
            return r;
        } catch (const DbError &e) {
            qCWarning(lcAnalytics) << "storage failure on" << path << e.what();
            return problem(503, QStringLiteral("storage-unavailable"),
                           QStringLiteral("The database could not complete the request"),
                           QStringLiteral("Try again shortly."));
        }
    });
}

} // namespace

void registerAnalyticsRoutes(Router &router, Services &s)
{
    route(router, "GET", QStringLiteral("/api/v1/analytics/jobs"),
          [&s](HttpRequest &r) { return analytics(s, r, &jobsJson); });
    route(router, "GET", QStringLiteral("/api/v1/analytics/time"),
          [&s](HttpRequest &r) { return analytics(s, r, &timeJson); });
}

} // namespace jobdesk::server
