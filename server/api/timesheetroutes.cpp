// Timesheet approval: a worker's week (Monday..Sunday in their time zone) is
// reviewed from its totals, approved (which freezes the minutes and the rate and
// locks the entries against sync) or reopened, and approved weeks are exported
// for payroll as CSV.
#include "apisupport.h"
#include "csvwriter.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "routes.h"
#include "services.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace jobdesk::server {

namespace {

constexpr int MaxExportDays = 366;

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

// A calendar date written YYYY-MM-DD, nothing else.
std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

std::optional<QDate> dayQuery(const HttpRequest &request, const QString &name, FieldErrors &errors)
{
    if (!request.query.hasQueryItem(name)) {
        errors.add(name, QStringLiteral("is required"));
        return std::nullopt;
    }
    const auto day = parseDay(request.query.queryItemValue(name, QUrl::FullyDecoded));
    if (!day)
        errors.add(name, QStringLiteral("must be a date (YYYY-MM-DD)"));
    return day;
}

QJsonObject toJson(const TimesheetRow &r)
{
    return {
        {QStringLiteral("workerId"), r.workerId},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("email"), r.email},
        {QStringLiteral("timeZone"), r.timeZone},
        {QStringLiteral("weekStart"), dayText(r.weekStart)},
        {QStringLiteral("from"), toWireTime(r.span.from)},
        {QStringLiteral("to"), toWireTime(r.span.to)},
        {QStringLiteral("minutes"), r.minutes},
        {QStringLiteral("entries"), r.entries},
        {QStringLiteral("rateCents"), r.rateCents},
        {QStringLiteral("earningsCents"), r.earningsCents()},
        {QStringLiteral("status"),
         r.approved ? QStringLiteral("approved") : QStringLiteral("open")},
        {QStringLiteral("approvedAt"),
         r.approved ? QJsonValue(toWireTime(r.approvedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("approvedBy"),
         r.approved ? QJsonValue(r.approvedBy) : QJsonValue(QJsonValue::Null)},
    };
}

HttpResponse listWeek(Services &s, HttpRequest &request)
{
    requireAdmin(s, request);
    QDate day = QDateTime::currentDateTimeUtc().date();
    if (request.query.hasQueryItem(QStringLiteral("week"))) {
        FieldErrors errors;
        const auto given = dayQuery(request, QStringLiteral("week"), errors);
        if (!given)
            failValidation(errors, QStringLiteral("Invalid query parameter."));
        day = *given;
    }
    const QDate monday = week::startOf(day);
    QJsonArray items;
    for (const TimesheetRow &r : s.timesheets.week(monday))
        items.append(toJson(r));
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("weekStart"), dayText(monday)},
                                               {QStringLiteral("items"), items}});
}

// The worker-week a path names: 404 for anyone but a worker, 422 for a
// weekStart that is not a Monday.
TimesheetRow loadWeek(Services &s, const HttpRequest &request)
{
    const qint64 workerId = idParam(request, QStringLiteral("workerId"));
    const QString text = request.param(QStringLiteral("weekStart"));
    const auto day = parseDay(text);
    if (!day || day->dayOfWeek() != Qt::Monday) {
        FieldErrors errors;
        errors.add(QStringLiteral("weekStart"),
                   QStringLiteral("must be the Monday that starts the week (YYYY-MM-DD)"));
        failValidation(errors, QStringLiteral("Invalid path parameter."));
    }
    const auto row = s.timesheets.row(workerId, *day);
    if (!row)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such worker"));
    return *row;
}

[[noreturn]] void failAlreadyApproved(const TimesheetRow &row)
{
    fail(409, QStringLiteral("already-approved"), QStringLiteral("This week is already approved"),
         QStringLiteral("Approved at %1 by user %2; reopen it first to change it.")
             .arg(toWireTime(row.approvedAt))
             .arg(row.approvedBy));
}

[[noreturn]] void failNotApproved()
{
    fail(409, QStringLiteral("not-approved"), QStringLiteral("This week is not approved"));
}

// Inside the change's transaction: the audit row and the event the worker and
// the admins see.
void record(Services &s, const HttpRequest &request, const Principal &admin, const QString &action,
            const QString &eventType, const TimesheetRow &before, const TimesheetRow &after)
{
    const QJsonObject json = toJson(after);
    s.audit.record(admin.userId, action, QStringLiteral("timesheet"),
                   QStringLiteral("%1/%2").arg(after.workerId).arg(dayText(after.weekStart)),
                   toJson(before), json, clientAddress(request));
    s.events.append(
        eventType, {{QStringLiteral("timesheet"), json}, {QStringLiteral("actorId"), admin.userId}},
        std::nullopt, after.workerId);
}

HttpResponse approve(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const TimesheetRow before = loadWeek(s, request);
    if (before.approved)
        failAlreadyApproved(before);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (before.span.to > now)
        fail(409, QStringLiteral("week-not-over"), QStringLiteral("This week is not over yet"),
             QStringLiteral("It ends at %1 (%2 in the worker's time zone, %3).")
                 .arg(toWireTime(before.span.to),
                      before.span.to.toTimeZone(week::zone(before.timeZone)).toString(Qt::ISODate),
                      before.timeZone));
    Transaction tx(s.db);
    if (!s.timesheets.approve(before.workerId, before.weekStart, admin.userId, now))
        failAlreadyApproved(*s.timesheets.row(before.workerId, before.weekStart));
    const TimesheetRow after = *s.timesheets.row(before.workerId, before.weekStart);
    record(s, request, admin, QStringLiteral("timesheet.approve"),
           QStringLiteral("timesheet.approved"), before, after);
    tx.commit();
    return HttpResponse::json(200, toJson(after));
}

HttpResponse reopen(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const TimesheetRow before = loadWeek(s, request);
    if (!before.approved)
        failNotApproved();
    Transaction tx(s.db);
    if (!s.timesheets.reopen(before.workerId, before.weekStart))
        failNotApproved();
    const TimesheetRow after = *s.timesheets.row(before.workerId, before.weekStart);
    record(s, request, admin, QStringLiteral("timesheet.reopen"),
           QStringLiteral("timesheet.reopened"), before, after);
    tx.commit();
    return HttpResponse::json(200, toJson(after));
}

// One line per approved worker-week, then a total line for each worker.
HttpResponse exportCsv(Services &s, HttpRequest &request)
{
    requireAdmin(s, request);
    FieldErrors errors;
    const auto from = dayQuery(request, QStringLiteral("from"), errors);
    const auto to = dayQuery(request, QStringLiteral("to"), errors);
    if (from && to && *to < *from)
        errors.add(QStringLiteral("to"), QStringLiteral("must not be before from"));
    else if (from && to && from->daysTo(*to) > MaxExportDays)
        errors.add(QStringLiteral("to"),
                   QStringLiteral("must be at most %1 days after from").arg(MaxExportDays));
    if (!errors.isEmpty())
        failValidation(errors, QStringLiteral("Invalid query parameter."));

    CsvWriter csv;
    csv.addRecord({QStringLiteral("Worker"), QStringLiteral("Email"), QStringLiteral("Week start"),
                   QStringLiteral("Hours"), QStringLiteral("Rate"), QStringLiteral("Earnings")});
    const QList<TimesheetRow> rows = s.timesheets.approvedBetween(*from, *to);
    qint64 minutes = 0;
    qint64 earnings = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TimesheetRow &r = rows.at(i);
        const QString name = CsvWriter::text(r.name);
        const QString email = CsvWriter::text(r.email);
        // Hours to two decimals, rounded half up, as the minutes are.
        csv.addRecord(
            {name, email, dayText(r.weekStart), CsvWriter::hundredths((r.minutes * 100 + 30) / 60),
             CsvWriter::hundredths(r.rateCents), CsvWriter::hundredths(r.earningsCents())});
        minutes += r.minutes;
        earnings += r.earningsCents();
        if (i + 1 == rows.size() || rows.at(i + 1).workerId != r.workerId) {
            // The total is the sum of the weeks as approved, cent for cent.
            csv.addRecord({name, email, QStringLiteral("Total"),
                           CsvWriter::hundredths((minutes * 100 + 30) / 60), QString(),
                           CsvWriter::hundredths(earnings)});
            minutes = earnings = 0;
        }
    }
    const QByteArray filename =
        "timesheets-" + dayText(*from).toLatin1() + '-' + dayText(*to).toLatin1() + ".csv";
    return HttpResponse::raw(200, QByteArrayLiteral("text/csv; charset=utf-8"), csv.data())
        .withHeader(QByteArrayLiteral("Content-Disposition"),
                    "attachment; filename=\"" + filename + '"');
}

} // namespace

void registerTimesheetRoutes(Router &router, Services &s)
{
    const RouteOptions noBody{4096};
    route(router, "GET", QStringLiteral("/api/v1/timesheets"),
          [&s](HttpRequest &r) { return listWeek(s, r); });
    route(router, "GET", QStringLiteral("/api/v1/timesheets/export"),
          [&s](HttpRequest &r) { return exportCsv(s, r); });
    route(
        router, "POST", QStringLiteral("/api/v1/timesheets/{workerId}/{weekStart}/approve"),
        [&s](HttpRequest &r) { return approve(s, r); }, noBody);
    route(
        router, "POST", QStringLiteral("/api/v1/timesheets/{workerId}/{weekStart}/reopen"),
        [&s](HttpRequest &r) { return reopen(s, r); }, noBody);
}

} // namespace jobdesk::server
