// Timesheets against the real server: weekly totals per worker in each worker's
// own time zone, the entries behind a total, approval locking the week against
// sync (edits and new entries alike), reopening, and the payroll CSV read back
// with an RFC 4180 parser.
#include "testserver.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <optional>

using namespace jobdesk::test;

namespace {

const QString PhnomPenh = QStringLiteral("Asia/Phnom_Penh"); // UTC+7, no clock changes
const QString NewYork = QStringLiteral("America/New_York");  // UTC-5 in November 2026
const QString Locked = QStringLiteral("the entry is in an approved timesheet week");

// Records of an RFC 4180 document: fields may be quoted, quoted fields may hold
// commas, doubled quotes and line breaks, and every record ends with CRLF.
// Anything else (a bare LF, a stray quote, a missing last CRLF) is nullopt.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
                if (i + 1 < n && text.at(i + 1) != QLatin1Char(',') &&
                    text.at(i + 1) != QLatin1Char('\r'))
                    return std::nullopt;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt;
    return records;
}

QString hundredths(qint64 v)
{
    return QStringLiteral("%1.%2").arg(v / 100).arg(v % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

class TestTimesheets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void weekTotalsFollowEachWorkersTimeZone();
    void entriesBehindATotal();
    void onlyAWeekThatIsOverCanBeApproved();
    void approvalLocksTheWeek();
    void reopenUnlocksTheWeek();
    void exportIsPayrollCsv();
    void badExportRanges();
    void adminsOnly();

private:
    struct Worker
    {
        qint64 id = 0;
        QString token;
        qint64 jobId = 0;
    };
    void setProfile(qint64 userId, const QJsonObject &profile)
    {
        const Reply user = m.http->get(QStringLiteral("/api/v1/users/%1").arg(userId), m.admin);
        const Reply r =
            m.http->patch(QStringLiteral("/api/v1/users/%1").arg(userId),
                          {{QStringLiteral("profile"), profile}}, m.admin, user.header("ETag"));
        QVERIFY2(r.status == 200, r.body.constData());
    }
    static QJsonObject entry(const Worker &w, const QString &id, const QString &start,
                             const QString &end, int revision = 1, bool deleted = false)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("jobId"), w.jobId},
                {QStringLiteral("startedAt"), start},
                {QStringLiteral("endedAt"), end},
                {QStringLiteral("revision"), revision},
                {QStringLiteral("deleted"), deleted}};
    }
    QJsonArray sync(const Worker &w, const QJsonArray &entries)
    {
        const Reply r = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                     {{QStringLiteral("entries"), entries}}, w.token);
        return r.json().value(QStringLiteral("results")).toArray();
    }
    static QString field(const QJsonArray &results, int i, const char *name)
    {
        return results.at(i).toObject().value(QLatin1String(name)).toString();
    }
    QJsonObject weekRow(const QString &week, qint64 workerId)
    {
        const Reply r = m.http->get(QStringLiteral("/api/v1/timesheets?week=") + week, m.admin);
        for (const QJsonValue &v : r.items()) {
            if (v.toObject().value(QStringLiteral("workerId")).toInteger() == workerId)
                return v.toObject();
        }
        return {};
    }
    Reply act(const Worker &w, const QString &weekStart, const char *what,
              const QString &token = {})
    {
        return m.http->post(QStringLiteral("/api/v1/timesheets/%1/%2/%3")
                                .arg(w.id)
                                .arg(weekStart, QLatin1String(what)),
                            {}, token.isEmpty() ? m.admin : token);
    }
    QJsonArray entriesOf(const Worker &w, const QJsonObject &row)
    {
        return m.http
            ->get(QStringLiteral("/api/v1/time-entries?workerId=%1&from=%2&to=%3")
                      .arg(w.id)
                      .arg(row.value(QStringLiteral("from")).toString(),
                           row.value(QStringLiteral("to")).toString()),
                  m.admin)
            .items();
    }

    World m;
    Worker sokha, dara, boss;
    const QString e2 = QStringLiteral("5a1d0a2e-0000-4000-8000-000000000002");
    const QString e3 = QStringLiteral("5a1d0a2e-0000-4000-8000-000000000003");
    const QString BossName = QStringLiteral("=HYPERLINK(\"http://x.test\"), \"Boss\"\nÁnh");
};

void TestTimesheets::initTestCase()
{
    QVERIFY(m.setUp());
    sokha = {m.worker1Id, m.worker1, 0};
    dara = {m.worker2Id, m.worker2, 0};
    setProfile(sokha.id, {{QStringLiteral("timeZone"), PhnomPenh},
                          {QStringLiteral("hourlyRateCents"), 1995}});
    setProfile(dara.id,
               {{QStringLiteral("timeZone"), NewYork}, {QStringLiteral("hourlyRateCents"), 2250}});
    // A name and an email a spreadsheet would take for formulas, with a comma,
    // quotes and a line break in the name.
    const Reply created = m.http->post(
        QStringLiteral("/api/v1/users"),
        {{QStringLiteral("email"), QStringLiteral("+boss@example.test")},
         {QStringLiteral("name"), BossName},
         {QStringLiteral("role"), QStringLiteral("worker")},
         {QStringLiteral("password"), QStringLiteral("boss password 1")},
         {QStringLiteral("profile"), QJsonObject{{QStringLiteral("hourlyRateCents"), 1000}}}},
        m.admin);
    QCOMPARE(created.status, 201);
    boss.id = created.json().value(QStringLiteral("id")).toInteger();
    boss.token =
        m.http->login(QStringLiteral("+boss@example.test"), QStringLiteral("boss password 1"));
    QVERIFY(!boss.token.isEmpty());
    for (Worker *w : {&sokha, &dara, &boss}) {
        w->jobId =
            m.assignedJob(QStringLiteral("Tracked"), w->id).value(QStringLiteral("id")).toInteger();
        QVERIFY(w->jobId > 0);
    }

    // Sokha (UTC+7). Week of Monday 9 November in Phnom Penh: 8 Nov 17:00Z .. 15 Nov 17:00Z.
    QJsonArray s{
        entry(sokha, QStringLiteral("5a1d0a2e-0000-4000-8000-000000000001"),
              QStringLiteral("2026-11-08T18:00:00Z"), QStringLiteral("2026-11-08T19:30:00Z")),
        entry(sokha, e2, QStringLiteral("2026-11-10T02:00:00Z"),
              QStringLiteral("2026-11-10T04:10:00Z")),
        // Monday 16 November, 00:30 in Phnom Penh: the next week.
        entry(sokha, e3, QStringLiteral("2026-11-15T17:30:00Z"),
              QStringLiteral("2026-11-15T18:00:00Z")),
        entry(sokha, QStringLiteral("5a1d0a2e-0000-4000-8000-000000000004"),
              QStringLiteral("2026-11-12T01:00:00Z"), QStringLiteral("2026-11-12T01:45:40Z")),
        entry(sokha, QStringLiteral("5a1d0a2e-0000-4000-8000-000000000005"),
              QStringLiteral("2026-11-13T01:00:00Z"), QStringLiteral("2026-11-13T03:00:00Z"), 1,
              true)};
    // Dara (UTC-5). Week of 9 November in New York: 9 Nov 05:00Z .. 16 Nov 05:00Z.
    QJsonArray d{
        // Sunday 15 November, 22:00 in New York.
        entry(dara, QStringLiteral("da7a0000-0000-4000-8000-000000000001"),
              QStringLiteral("2026-11-16T03:00:00Z"), QStringLiteral("2026-11-16T04:00:00Z")),
        // Sunday 8 November, 23:00 in New York: the week before.
        entry(dara, QStringLiteral("da7a0000-0000-4000-8000-000000000002"),
              QStringLiteral("2026-11-09T04:00:00Z"), QStringLiteral("2026-11-09T05:00:00Z")),
        entry(dara, QStringLiteral("da7a0000-0000-4000-8000-000000000003"),
              QStringLiteral("2026-11-10T15:00:00Z"), QStringLiteral("2026-11-10T17:30:00Z"))};
    QJsonArray b{entry(boss, QStringLiteral("b0550000-0000-4000-8000-000000000001"),
                       QStringLiteral("2026-11-09T00:00:00Z"),
                       QStringLiteral("2026-11-09T01:40:00Z"))};
    for (const auto &[w, batch] : {std::pair{&sokha, s}, {&dara, d}, {&boss, b}}) {
        const QJsonArray results = sync(*w, batch);
        QCOMPARE(results.size(), batch.size());
        for (int i = 0; i < results.size(); ++i)
            QCOMPARE(field(results, i, "outcome"), QStringLiteral("applied"));
    }
}

void TestTimesheets::weekTotalsFollowEachWorkersTimeZone()
{
    // Any day names its week.
    const Reply r = m.http->get(QStringLiteral("/api/v1/timesheets?week=2026-11-12"), m.admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("weekStart")).toString(), QStringLiteral("2026-11-09"));
    QCOMPARE(r.items().size(), 3);

    // 90 + 130 + 45:40 minutes = 265:40, rounded to 266; the deleted entry and the
    // one on Monday 16 November local time do not count.
    const QJsonObject s = weekRow(QStringLiteral("2026-11-09"), sokha.id);
    QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Sokha"));
    QCOMPARE(s.value(QStringLiteral("timeZone")).toString(), PhnomPenh);
    QCOMPARE(s.value(QStringLiteral("weekStart")).toString(), QStringLiteral("2026-11-09"));
    QCOMPARE(s.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-11-08T17:00:00.000Z"));
    QCOMPARE(s.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-15T17:00:00.000Z"));
    QCOMPARE(s.value(QStringLiteral("minutes")).toInteger(), 266);
    QCOMPARE(s.value(QStringLiteral("entries")).toInteger(), 3);
    QCOMPARE(s.value(QStringLiteral("rateCents")).toInteger(), 1995);
    // 266 min x 19.95 / 60 = 88.445: half a cent rounds up.
    QCOMPARE(s.value(QStringLiteral("earningsCents")).toInteger(), 8845);
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(s.value(QStringLiteral("approvedAt")).isNull());

    const QJsonObject d = weekRow(QStringLiteral("2026-11-09"), dara.id);
    QCOMPARE(d.value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-11-09T05:00:00.000Z"));
    QCOMPARE(d.value(QStringLiteral("minutes")).toInteger(), 210);
    QCOMPARE(d.value(QStringLiteral("entries")).toInteger(), 2);
    QCOMPARE(d.value(QStringLiteral("earningsCents")).toInteger(), 7875);

    // The week before: Dara's Sunday-night hour, and nothing of Sokha's, whose
    // 8 November entry was already Monday in Phnom Penh.
    const QJsonArray before =
        m.http->get(QStringLiteral("/api/v1/timesheets?week=2026-11-08"), m.admin).items();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.at(0).toObject().value(QStringLiteral("workerId")).toInteger(), dara.id);
    QCOMPARE(before.at(0).toObject().value(QStringLiteral("minutes")).toInteger(), 60);
    QCOMPARE(weekRow(QStringLiteral("2026-11-16"), sokha.id)
                 .value(QStringLiteral("minutes"))
                 .toInteger(),
             30);

    const Reply bad = m.http->get(QStringLiteral("/api/v1/timesheets?week=2026-13-01"), m.admin);
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("week")));
}

void TestTimesheets::entriesBehindATotal()
{
    const QJsonObject row = weekRow(QStringLiteral("2026-11-09"), sokha.id);
    const QJsonArray items = entriesOf(sokha, row);
    QCOMPARE(items.size(), row.value(QStringLiteral("entries")).toInteger());
    qint64 seconds = 0;
    for (const QJsonValue &v : items)
        seconds += v.toObject().value(QStringLiteral("seconds")).toInteger();
    QCOMPARE(seconds, 265 * 60 + 40);
    QCOMPARE((seconds + 30) / 60, row.value(QStringLiteral("minutes")).toInteger());
}

void TestTimesheets::onlyAWeekThatIsOverCanBeApproved()
{
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(PhnomPenh.toUtf8())).date();
    const QString thisWeek = today.addDays(1 - today.dayOfWeek()).toString(Qt::ISODate);
    const Reply running = act(sokha, thisWeek, "approve");
    QCOMPARE(running.status, 409);
    QCOMPARE(running.problemType(), QStringLiteral("urn:jobdesk:problem:week-not-over"));

    const Reply tuesday = act(sokha, QStringLiteral("2026-11-10"), "approve");
    QCOMPARE(tuesday.status, 422);
    QVERIFY(tuesday.json()
                .value(QStringLiteral("errors"))
                .toObject()
                .contains(QStringLiteral("weekStart")));
    QCOMPARE(act(Worker{m.adminId, {}, 0}, QStringLiteral("2026-11-09"), "approve").status, 404);
    QCOMPARE(act(Worker{987654, {}, 0}, QStringLiteral("2026-11-09"), "approve").status, 404);
    QCOMPARE(
        weekRow(QStringLiteral("2026-11-09"), sokha.id).value(QStringLiteral("status")).toString(),
        QStringLiteral("open"));
}

void TestTimesheets::approvalLocksTheWeek()
{
    const Reply approved = act(sokha, QStringLiteral("2026-11-09"), "approve");
    QCOMPARE(approved.status, 200);
    const QJsonObject row = approved.json();
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(row.value(QStringLiteral("minutes")).toInteger(), 266);
    QCOMPARE(row.value(QStringLiteral("earningsCents")).toInteger(), 8845);
    QCOMPARE(row.value(QStringLiteral("approvedBy")).toInteger(), m.adminId);
    QVERIFY(!row.value(QStringLiteral("approvedAt")).toString().isEmpty());

    const Reply twice = act(sokha, QStringLiteral("2026-11-09"), "approve");
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.problemType(), QStringLiteral("urn:jobdesk:problem:already-approved"));

    // The rate is frozen: a raise afterwards does not change the approved week.
    setProfile(sokha.id, {{QStringLiteral("hourlyRateCents"), 3000}});
    QCOMPARE(weekRow(QStringLiteral("2026-11-09"), sokha.id)
                 .value(QStringLiteral("rateCents"))
                 .toInteger(),
             1995);

    // Edits and new entries in the week are refused; the next week still syncs,
    // and an exact replay is still just unchanged.
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString later = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonArray results =
        sync(sokha, {entry(sokha, e2, QStringLiteral("2026-11-10T02:00:00Z"),
                           QStringLiteral("2026-11-10T06:00:00Z"), 2),
                     entry(sokha, fresh, QStringLiteral("2026-11-13T02:00:00Z"),
                           QStringLiteral("2026-11-13T03:00:00Z")),
                     // Moving next week's entry into the approved week is refused too.
                     entry(sokha, e3, QStringLiteral("2026-11-14T17:30:00Z"),
                           QStringLiteral("2026-11-14T18:00:00Z"), 2),
                     entry(sokha, later, QStringLiteral("2026-11-16T02:00:00Z"),
                           QStringLiteral("2026-11-16T03:00:00Z")),
                     entry(sokha, QStringLiteral("5a1d0a2e-0000-4000-8000-000000000001"),
                           QStringLiteral("2026-11-08T18:00:00Z"),
                           QStringLiteral("2026-11-08T19:30:00Z"))});
    QCOMPARE(results.size(), 5);
    for (int i : {0, 1, 2}) {
        QCOMPARE(field(results, i, "outcome"), QStringLiteral("rejected"));
        QCOMPARE(field(results, i, "reason"), Locked);
    }
    QCOMPARE(field(results, 3, "outcome"), QStringLiteral("applied"));
    QCOMPARE(field(results, 4, "outcome"), QStringLiteral("unchanged"));

    // Nothing changed in the week: same entries, all locked, same total.
    const QJsonArray items = entriesOf(sokha, row);
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &v : items) {
        QVERIFY(v.toObject().value(QStringLiteral("locked")).toBool());
        QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != fresh);
        if (v.toObject().value(QStringLiteral("id")).toString() == e2)
            QCOMPARE(v.toObject().value(QStringLiteral("revision")).toInt(), 1);
    }
    QCOMPARE(weekRow(QStringLiteral("2026-11-09"), sokha.id)
                 .value(QStringLiteral("minutes"))
                 .toInteger(),
             266);
    QCOMPARE(weekRow(QStringLiteral("2026-11-16"), sokha.id)
                 .value(QStringLiteral("minutes"))
                 .toInteger(),
             90);

    // Another worker's same week is not locked.
    const QJsonArray other =
        sync(dara, {entry(dara, QUuid::createUuid().toString(QUuid::WithoutBraces),
                          QStringLiteral("2026-11-11T15:00:00Z"),
                          QStringLiteral("2026-11-11T15:30:00Z"))});
    QCOMPARE(field(other, 0, "outcome"), QStringLiteral("applied"));

    // Audited, and the worker hears of it.
    const QJsonArray audit =
        m.http
            ->get(QStringLiteral("/api/v1/audit?entity=timesheet&entityId=%1/2026-11-09")
                      .arg(sokha.id),
                  m.admin)
            .items();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("timesheet.approve"));
    const QJsonArray events =
        m.http->get(QStringLiteral("/api/v1/events?after=0&limit=1000"), sokha.token).items();
    QVERIFY(std::any_of(events.begin(), events.end(), [](const QJsonValue &e) {
        return e.toObject().value(QStringLiteral("type")).toString() ==
               QLatin1String("timesheet.approved");
    }));
}

void TestTimesheets::reopenUnlocksTheWeek()
{
    const Reply reopened = act(sokha, QStringLiteral("2026-11-09"), "reopen");
    QCOMPARE(reopened.status, 200);
    QCOMPARE(reopened.json().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(reopened.json().value(QStringLiteral("approvedAt")).isNull());
    // Open weeks show the worker's current rate.
    QCOMPARE(reopened.json().value(QStringLiteral("rateCents")).toInteger(), 3000);
    const Reply again = act(sokha, QStringLiteral("2026-11-09"), "reopen");
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemType(), QStringLiteral("urn:jobdesk:problem:not-approved"));

    // The edit refused before now goes through: 130 -> 240 minutes.
    const QJsonArray results = sync(sokha, {entry(sokha, e2, QStringLiteral("2026-11-10T02:00:00Z"),
                                                  QStringLiteral("2026-11-10T06:00:00Z"), 2)});
    QCOMPARE(field(results, 0, "outcome"), QStringLiteral("applied"));
    for (const QJsonValue &v : entriesOf(sokha, reopened.json()))
        QVERIFY(!v.toObject().value(QStringLiteral("locked")).toBool());
    QCOMPARE(weekRow(QStringLiteral("2026-11-09"), sokha.id)
                 .value(QStringLiteral("minutes"))
                 .toInteger(),
             376);

    // Approved again, at the new rate: 376 min x 30.00 / 60 = 188.00.
    const Reply approved = act(sokha, QStringLiteral("2026-11-09"), "approve");
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QStringLiteral("minutes")).toInteger(), 376);
    QCOMPARE(approved.json().value(QStringLiteral("earningsCents")).toInteger(), 18800);
    const QJsonArray audit =
        m.http
            ->get(QStringLiteral("/api/v1/audit?entity=timesheet&entityId=%1/2026-11-09")
                      .arg(sokha.id),
                  m.admin)
            .items();
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("timesheet.reopen"));
}

void TestTimesheets::exportIsPayrollCsv()
{
    QCOMPARE(act(dara, QStringLiteral("2026-11-02"), "approve").status, 200);
    QCOMPARE(act(dara, QStringLiteral("2026-11-09"), "approve").status, 200);
    QCOMPARE(act(boss, QStringLiteral("2026-11-09"), "approve").status, 200);
    // Not approved: not exported.
    QCOMPARE(
        weekRow(QStringLiteral("2026-11-16"), sokha.id).value(QStringLiteral("status")).toString(),
        QStringLiteral("open"));

    const Reply r = m.http->get(
        QStringLiteral("/api/v1/timesheets/export?from=2026-11-02&to=2026-11-16"), m.admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(r.header("Content-Disposition"),
             QByteArray("attachment; filename=\"timesheets-2026-11-02-2026-11-16.csv\""));
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF"));
    const auto records = parseCsv(QString::fromUtf8(r.body.mid(3)));
    QVERIFY2(records, r.body.constData());
    for (const QStringList &record : *records)
        QCOMPARE(record.size(), 6);
    QCOMPARE(records->at(0), (QStringList{QStringLiteral("Worker"), QStringLiteral("Email"),
                                          QStringLiteral("Week start"), QStringLiteral("Hours"),
                                          QStringLiteral("Rate"), QStringLiteral("Earnings")}));

    // By name: the formula-looking name sorts first, then Dara, then Sokha;
    // each worker's weeks then their total.
    struct Expect
    {
        const Worker *w;
        QString week;
    };
    const QList<Expect> weeks{
        {&boss, QStringLiteral("2026-11-09")}, {&boss, QStringLiteral("Total")},
        {&dara, QStringLiteral("2026-11-02")}, {&dara, QStringLiteral("2026-11-09")},
        {&dara, QStringLiteral("Total")},      {&sokha, QStringLiteral("2026-11-09")},
        {&sokha, QStringLiteral("Total")}};
    QCOMPARE(records->size(), 1 + weeks.size());
    qint64 minutes = 0, earnings = 0;
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const QStringList &rec = records->at(i + 1);
        const Expect &e = weeks.at(i);
        QCOMPARE(rec.at(2), e.week);
        if (e.week == QLatin1String("Total")) {
            QCOMPARE(rec.at(3), hundredths((minutes * 100 + 30) / 60));
            QCOMPARE(rec.at(4), QString());
            QCOMPARE(rec.at(5), hundredths(earnings));
            minutes = earnings = 0;
            continue;
        }
        // Every week line carries the API's own figures.
        const QJsonObject api = weekRow(e.week, e.w->id);
        QCOMPARE(api.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const qint64 mins = api.value(QStringLiteral("minutes")).toInteger();
        const qint64 cents = api.value(QStringLiteral("earningsCents")).toInteger();
        QCOMPARE(rec.at(3), hundredths((mins * 100 + 30) / 60));
        QCOMPARE(rec.at(4), hundredths(api.value(QStringLiteral("rateCents")).toInteger()));
        QCOMPARE(rec.at(5), hundredths(cents));
        minutes += mins;
        earnings += cents;
    }
    // Spot checks by hand: the boss's 100 minutes at 10.00 are 1.67 h and 16.67;
    // Dara's 60 + 240 minutes at 22.50 are 5.00 h and 112.50.
    QCOMPARE(records->at(1).mid(3), (QStringList{QStringLiteral("1.67"), QStringLiteral("10.00"),
                                                 QStringLiteral("16.67")}));
    QCOMPARE(records->at(5).mid(3),
             (QStringList{QStringLiteral("5.00"), QString(), QStringLiteral("112.50")}));
    QCOMPARE(records->at(7).at(5), QStringLiteral("188.00"));

    // Quoting brought the name back whole, neutralised; so is the email.
    QCOMPARE(records->at(1).at(0), QLatin1Char('\'') + BossName);
    QCOMPARE(records->at(1).at(1), QStringLiteral("'+boss@example.test"));
    QCOMPARE(records->at(2).at(0), QLatin1Char('\'') + BossName);
    QCOMPARE(records->at(3).at(0), QStringLiteral("Dara"));
    QVERIFY(r.body.contains("\"'=HYPERLINK(\"\"http://x.test\"\"), \"\"Boss\"\"\n"));

    // A range without approvals is just the header.
    const Reply empty = m.http->get(
        QStringLiteral("/api/v1/timesheets/export?from=2025-01-01&to=2025-01-31"), m.admin);
    QCOMPARE(empty.status, 200);
    QCOMPARE(parseCsv(QString::fromUtf8(empty.body.mid(3)))->size(), 1);
}

void TestTimesheets::badExportRanges()
{
    for (const QString &query :
         {QString(), QStringLiteral("from=2026-11-02"), QStringLiteral("from=2026-11-02&to=x"),
          QStringLiteral("from=2026-11-09&to=2026-11-02"),
          QStringLiteral("from=2024-01-01&to=2026-01-01"),
          QStringLiteral("from=2026-02-30&to=2026-03-01")}) {
        const Reply r = m.http->get(QStringLiteral("/api/v1/timesheets/export?") + query, m.admin);
        QVERIFY2(r.status == 422, qPrintable(query));
        QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:validation-failed"));
        QVERIFY(!r.json().value(QStringLiteral("errors")).toObject().isEmpty());
    }
}

void TestTimesheets::adminsOnly()
{
    QCOMPARE(act(sokha, QStringLiteral("2026-11-02"), "approve", sokha.token).status, 403);
    QCOMPARE(act(sokha, QStringLiteral("2026-11-09"), "reopen", sokha.token).status, 403);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/timesheets?week=2026-11-09"), sokha.token).status,
             403);
    QCOMPARE(m.http
                 ->get(QStringLiteral("/api/v1/timesheets/export?from=2026-11-02&to=2026-11-16"),
                       sokha.token)
                 .status,
             403);
    // The approval stands.
    QCOMPARE(
        weekRow(QStringLiteral("2026-11-09"), sokha.id).value(QStringLiteral("status")).toString(),
        QStringLiteral("approved"));
}

QTEST_GUILESS_MAIN(TestTimesheets)
#include "tst_timesheets.moc"
