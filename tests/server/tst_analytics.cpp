// GET /api/v1/analytics/jobs and /time against the real server with a small,
// known dataset. Accounts, jobs and time entries go in through the API; what the
// API cannot back-date (job timestamps and states, offers, approved weeks) is
// written into the SQLite file while the server is stopped. Every figure below is
// worked out by hand in the comments of initTestCase.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace jobdesk::test;

namespace {

qint64 at(const char *utc)
{
    return QDateTime::fromString(QString::fromLatin1(utc), Qt::ISODate).toMSecsSinceEpoch();
}

QJsonObject slot(int weekday, int startMinute, int endMinute)
{
    return {{QStringLiteral("weekday"), weekday},
            {QStringLiteral("startMinute"), startMinute},
            {QStringLiteral("endMinute"), endMinute}};
}

QJsonObject find(const QJsonArray &items, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(key) == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jobsFigures();
    void timeFigures();
    void emptyRange();
    void badRanges_data();
    void badRanges();
    void adminsOnly();

private:
    Reply get(const QString &path, const QString &token) { return m.http->get(path, token); }
    QJsonObject job(const QString &title, qint64 workerId)
    {
        const QJsonObject j = workerId ? m.assignedJob(title, workerId) : m.createJob(title);
        return j;
    }
    QJsonObject entry(qint64 jobId, const char *start, int minutes, bool deleted = false)
    {
        const qint64 s = at(start);
        const auto wire = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("jobId"), jobId},
                {QStringLiteral("startedAt"), wire(s)},
                {QStringLiteral("endedAt"), wire(s + minutes * 60000LL)},
                {QStringLiteral("source"), QStringLiteral("manual")},
                {QStringLiteral("deleted"), deleted},
                {QStringLiteral("revision"), 1}};
    }
    bool syncAll(const QString &token, const QJsonArray &entries)
    {
        const Reply r = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                     {{QStringLiteral("entries"), entries}}, token);
        if (r.status != 200)
            return false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray()) {
            if (v.toObject().value(QStringLiteral("outcome")).toString() != u"applied")
                return false;
        }
        return true;
    }
    bool writeFixture();

    World m;
    qint64 m_worker3 = 0;
    qint64 m_worker4 = 0;
    QList<qint64> m_jobs; // J1..J8 at 0..7
};

// Range under test: 2025-03-03 (Monday) .. 2025-03-16 (Sunday), two whole weeks.
//
// Jobs (created, first assigned, completed, state, revision rounds):
//   J1 03-03 08:00, 08:30 (+30 min), 03-04 08:00 (+1440 min), completed, 0
//   J2 03-03 10:00, 11:00 (+60), 03-05 10:00 (+2880), completed, 1
//   J3 03-05 09:00, 09:10 (+10), -, in_progress
//   J4 03-10 12:00, 14:00 (+120), 03-13 12:00 (+4320), completed, 2
//   J5 03-16 23:00, -, -, pending
//   J6 03-02 20:00 (before), 03-03 00:20 (+260), 03-17 01:00 (after), completed
//   J7 02-20 (before), -, -, cancelled
//   J8 03-14 15:00, -, -, cancelled
// createdPerDay: 03-03 2, 03-05 1, 03-10 1, 03-14 1, 03-16 1 (6 in all)
// byState (created in range): completed 3, in_progress 1, pending 1, cancelled 1
// toAssignment (assigned in range: J1 J2 J3 J4 J6): 10 30 60 120 260 minutes:
//   median 60, p90 at rank 0.9 * 4 = 3.6: 120 + 0.6 * 140 = 204
// toCompletion (completed in range: J1 J2 J4): 1440 2880 4320:
//   median 2880, p90 at rank 1.8: 2880 + 0.8 * 1440 = 4032
// completedPerDay: 03-04 1, 03-05 1, 03-13 1; revisionRate 2 of 3
// Offers offered in range: accepted 3, declined 1, expired 1, pending 1, withdrawn 1
//   (made 7); one more declined before the range. acceptanceRate 3 / 5 = 0.6
//
// Time (by start; deleted entries never count):
//   Sokha (worker 1): 03-03 09:00 90 min, 03-04 13:00 60, 03-11 10:00 120,
//     03-16 23:30 60 (ends after the range: counts), 03-02 22:00 120 (starts before:
//     does not), 03-12 08:00 45 deleted -> 330 min = 5.5 h
//   Dara (worker 2): 03-05 08:00 180, 03-10 15:00 30, 03-17 00:00 60 (after) -> 3.5 h
//   hoursPerWeek: 03-03 90+60+180 = 5.5 h, 03-10 120+60+30 = 3.5 h; total 9 h
// Availability over the 14 days:
//   Sokha: Mon 09-12 (3 h), Wed 09-12 and 10-13 (overlap: 09-13, 4 h), Fri 14-16 (2 h)
//     = 9 h a week, 18 h; utilisation 5.5 / 18
//   Dara: no slots, 40 h a week = 80 h; utilisation 3.5 / 80
//   Vanna (worker 3, no time): Sat 10-11 = 2 h; utilisation 0
//   Kosal (worker 4) is disabled with no time: not listed. The admin is not listed.
// Approved weeks starting in the range (minutes at the frozen rate, rounded half up):
//   Sokha 03-03 150 min at 1800 = 4500 (4500.5 rounds down: (150*1800+30)/60),
//         03-10 181 min at 2000 = 6033 -> 331 min = 5.5166 h, 10533 cents
//   Dara  03-10 30 min at 3000 = 1500 -> 0.5 h, 1500 cents
//   Dara's 02-24 and 03-17 weeks are outside. Total 12033 cents.
void TestAnalytics::initTestCase()
{
    QVERIFY(m.setUp());
    m_worker3 = m.server.createUser(QStringLiteral("vanna@example.test"), QStringLiteral("worker"),
                                    QStringLiteral("worker password 3"), QStringLiteral("Vanna"));
    m_worker4 = m.server.createUser(QStringLiteral("kosal@example.test"), QStringLiteral("worker"),
                                    QStringLiteral("worker password 4"), QStringLiteral("Kosal"));
    QVERIFY(m_worker3 && m_worker4);
    QCOMPARE(
        m.http->post(QStringLiteral("/api/v1/users/%1/disable").arg(m_worker4), {}, m.admin).status,
        200);

    const auto profile = [&](qint64 id, qint64 rate, const QJsonArray &slots) {
        return m.http
            ->patch(
                QStringLiteral("/api/v1/users/%1").arg(id),
                {{QStringLiteral("profile"), QJsonObject{{QStringLiteral("hourlyRateCents"), rate},
                                                         {QStringLiteral("availability"), slots}}}},
                m.admin, "*")
            .status;
    };
    QCOMPARE(profile(m.worker1Id, 2000,
                     {slot(1, 540, 720), slot(3, 540, 720), slot(3, 600, 780), slot(5, 840, 960)}),
             200);
    QCOMPARE(profile(m.worker2Id, 3000, {}), 200);
    QCOMPARE(profile(m_worker3, 1000, {slot(6, 600, 660)}), 200);

    const qint64 holders[] = {m.worker1Id, m.worker2Id, m.worker1Id, m.worker2Id,
                              0,           m.worker1Id, 0,           0};
    for (int i = 0; i < 8; ++i) {
        const QJsonObject j = job(QStringLiteral("J%1").arg(i + 1), holders[i]);
        QVERIFY2(!j.isEmpty(), "job not created");
        m_jobs.append(j.value(QStringLiteral("id")).toInteger());
    }
    QVERIFY(syncAll(m.worker1, {entry(m_jobs[0], "2025-03-03T09:00:00Z", 90),
                                entry(m_jobs[0], "2025-03-04T13:00:00Z", 60),
                                entry(m_jobs[2], "2025-03-11T10:00:00Z", 120),
                                entry(m_jobs[2], "2025-03-16T23:30:00Z", 60),
                                entry(m_jobs[5], "2025-03-02T22:00:00Z", 120),
                                entry(m_jobs[2], "2025-03-12T08:00:00Z", 45, true)}));
    QVERIFY(syncAll(m.worker2, {entry(m_jobs[1], "2025-03-05T08:00:00Z", 180),
                                entry(m_jobs[3], "2025-03-10T15:00:00Z", 30),
                                entry(m_jobs[3], "2025-03-17T00:00:00Z", 60)}));

    m.server.stop();
    QVERIFY(writeFixture());
    QVERIFY(m.server.start());
}

bool TestAnalytics::writeFixture()
{
    const QString name = QStringLiteral("fixture");
    bool ok = true;
    {
        QSqlDatabase db = m.server.openDatabase(name);
        if (!db.isOpen())
            return false;
        QSqlQuery q(db);
        const auto run = [&](const QString &sql, const QVariantList &binds) {
            q.prepare(sql);
            for (int i = 0; i < binds.size(); ++i)
                q.bindValue(i, binds.at(i));
            if (!q.exec()) {
                qWarning() << q.lastError().text() << sql;
                ok = false;
            }
        };
        const QVariant none(QMetaType::fromType<qint64>());
        struct Row
        {
            const char *status;
            const char *created;
            const char *assigned;
            const char *completed;
            int revisions;
        };
        const Row rows[] = {
            {"completed", "2025-03-03T08:00:00Z", "2025-03-03T08:30:00Z", "2025-03-04T08:00:00Z",
             0},
            {"completed", "2025-03-03T10:00:00Z", "2025-03-03T11:00:00Z", "2025-03-05T10:00:00Z",
             1},
            {"in_progress", "2025-03-05T09:00:00Z", "2025-03-05T09:10:00Z", nullptr, 0},
            {"completed", "2025-03-10T12:00:00Z", "2025-03-10T14:00:00Z", "2025-03-13T12:00:00Z",
             2},
            {"pending", "2025-03-16T23:00:00Z", nullptr, nullptr, 0},
            {"completed", "2025-03-02T20:00:00Z", "2025-03-03T00:20:00Z", "2025-03-17T01:00:00Z",
             0},
            {"cancelled", "2025-02-20T12:00:00Z", nullptr, nullptr, 0},
            {"cancelled", "2025-03-14T15:00:00Z", nullptr, nullptr, 0},
        };
        const auto time = [&](const char *t) { return t ? QVariant(at(t)) : none; };
        for (int i = 0; i < 8; ++i) {
            const Row &r = rows[i];
            run(QStringLiteral("UPDATE jobs SET status = ?, created_at = ?, assigned_at = ?, "
                               "completed_at = ?, revision_count = ? WHERE id = ?"),
                {QString::fromLatin1(r.status), at(r.created), time(r.assigned), time(r.completed),
                 r.revisions, m_jobs[i]});
        }
        run(QStringLiteral("DELETE FROM offers"), {});
        struct Offer
        {
            int job;
            qint64 worker;
            const char *status;
            const char *offered;
        };
        const Offer offers[] = {
            {0, m.worker1Id, "accepted", "2025-03-03T08:10:00Z"},
            {1, m.worker2Id, "declined", "2025-03-03T10:10:00Z"},
            {1, m.worker1Id, "accepted", "2025-03-03T10:40:00Z"},
            {2, m.worker2Id, "expired", "2025-03-05T09:01:00Z"},
            {2, m.worker1Id, "accepted", "2025-03-05T09:05:00Z"},
            {4, m.worker2Id, "pending", "2025-03-16T23:30:00Z"},
            {3, m.worker2Id, "withdrawn", "2025-03-10T13:00:00Z"},
            {6, m.worker1Id, "declined", "2025-02-20T13:00:00Z"},
        };
        for (const Offer &o : offers) {
            const qint64 t = at(o.offered);
            // The pending one must not run out: the server expires overdue offers.
            const bool pending = qstrcmp(o.status, "pending") == 0;
            run(QStringLiteral("INSERT INTO offers (job_id, worker_id, status, offered_at, "
                               "expires_at) VALUES (?, ?, ?, ?, ?)"),
                {m_jobs[o.job], o.worker, QString::fromLatin1(o.status), t,
                 pending ? at("2099-01-01T00:00:00Z") : t + 900000});
        }
        struct Week
        {
            qint64 worker;
            const char *monday;
            int minutes;
            int rate;
        };
        const Week weeks[] = {
            {m.worker1Id, "2025-03-03", 150, 1800}, {m.worker1Id, "2025-03-10", 181, 2000},
            {m.worker2Id, "2025-03-10", 30, 3000},  {m.worker2Id, "2025-02-24", 600, 3000},
            {m.worker2Id, "2025-03-17", 90, 3000},
        };
        for (const Week &w : weeks)
            run(QStringLiteral("INSERT INTO timesheet_weeks (worker_id, week_start, minutes, "
                               "rate_cents, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {w.worker, QString::fromLatin1(w.monday), w.minutes, w.rate, m.adminId,
                 at("2025-03-20T00:00:00Z")});
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void TestAnalytics::jobsFigures()
{
    const Reply r =
        get(QStringLiteral("/api/v1/analytics/jobs?from=2025-03-03&to=2025-03-16"), m.admin);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2025-03-03"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2025-03-16"));

    const QJsonArray created = o.value(QStringLiteral("createdPerDay")).toArray();
    QCOMPARE(created.size(), 14); // every day, zeros included
    QHash<QString, int> expected{{QStringLiteral("2025-03-03"), 2},
                                 {QStringLiteral("2025-03-05"), 1},
                                 {QStringLiteral("2025-03-10"), 1},
                                 {QStringLiteral("2025-03-14"), 1},
                                 {QStringLiteral("2025-03-16"), 1}};
    for (int i = 0; i < 14; ++i) {
        const QString day = QDate(2025, 3, 3).addDays(i).toString(Qt::ISODate);
        QCOMPARE(created.at(i)[QStringLiteral("day")].toString(), day);
        QCOMPARE(created.at(i)[QStringLiteral("count")].toInt(), expected.value(day));
    }
    const QJsonArray completed = o.value(QStringLiteral("completedPerDay")).toArray();
    QCOMPARE(completed.size(), 14);
    expected = {{QStringLiteral("2025-03-04"), 1},
                {QStringLiteral("2025-03-05"), 1},
                {QStringLiteral("2025-03-13"), 1}};
    for (int i = 0; i < 14; ++i) {
        const QString day = QDate(2025, 3, 3).addDays(i).toString(Qt::ISODate);
        QCOMPARE(completed.at(i)[QStringLiteral("day")].toString(), day);
        QCOMPARE(completed.at(i)[QStringLiteral("count")].toInt(), expected.value(day));
    }

    const QJsonObject byState = o.value(QStringLiteral("byState")).toObject();
    const QJsonObject states{{QStringLiteral("pending"), 1},   {QStringLiteral("matching"), 0},
                             {QStringLiteral("assigned"), 0},  {QStringLiteral("in_progress"), 1},
                             {QStringLiteral("review"), 0},    {QStringLiteral("revision"), 0},
                             {QStringLiteral("completed"), 3}, {QStringLiteral("cancelled"), 1}};
    QCOMPARE(byState, states);

    const QJsonObject toAssignment = o.value(QStringLiteral("toAssignment")).toObject();
    QCOMPARE(toAssignment.value(QStringLiteral("count")).toInt(), 5);
    QCOMPARE(toAssignment.value(QStringLiteral("medianMinutes")).toDouble(), 60.0);
    QCOMPARE(toAssignment.value(QStringLiteral("p90Minutes")).toDouble(), 204.0);
    const QJsonObject toCompletion = o.value(QStringLiteral("toCompletion")).toObject();
    QCOMPARE(toCompletion.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(toCompletion.value(QStringLiteral("medianMinutes")).toDouble(), 2880.0);
    QCOMPARE(toCompletion.value(QStringLiteral("p90Minutes")).toDouble(), 4032.0);

    const QJsonObject offers = o.value(QStringLiteral("offers")).toObject();
    QCOMPARE(offers.value(QStringLiteral("made")).toInt(), 7);
    QCOMPARE(offers.value(QStringLiteral("accepted")).toInt(), 3);
    QCOMPARE(offers.value(QStringLiteral("declined")).toInt(), 1);
    QCOMPARE(offers.value(QStringLiteral("expired")).toInt(), 1);
    QCOMPARE(offers.value(QStringLiteral("acceptanceRate")).toDouble(), 0.6);
    QCOMPARE(o.value(QStringLiteral("revisionRate")).toDouble(), 2.0 / 3.0);

    // One day narrows everything to it: only J1 and J2 were created on 03-03, and
    // J1 (30 min), J2 (60) and J6 (260) assigned; median 60, p90 at rank 1.8: 220.
    const QJsonObject day =
        get(QStringLiteral("/api/v1/analytics/jobs?from=2025-03-03&to=2025-03-03"), m.admin).json();
    QCOMPARE(day.value(QStringLiteral("createdPerDay")).toArray().size(), 1);
    QCOMPARE(day.value(QStringLiteral("createdPerDay"))[0][QStringLiteral("count")].toInt(), 2);
    QCOMPARE(day.value(QStringLiteral("byState"))[QStringLiteral("completed")].toInt(), 2);
    const QJsonObject dayWait = day.value(QStringLiteral("toAssignment")).toObject();
    QCOMPARE(dayWait.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(dayWait.value(QStringLiteral("medianMinutes")).toDouble(), 60.0);
    QCOMPARE(dayWait.value(QStringLiteral("p90Minutes")).toDouble(), 220.0);
    QCOMPARE(day.value(QStringLiteral("toCompletion"))[QStringLiteral("count")].toInt(), 0);
    QVERIFY(day.value(QStringLiteral("revisionRate")).isNull());
}

void TestAnalytics::timeFigures()
{
    const Reply r =
        get(QStringLiteral("/api/v1/analytics/time?from=2025-03-03&to=2025-03-16"), m.admin);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2025-03-03"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2025-03-16"));
    const QJsonArray weeks = o.value(QStringLiteral("hoursPerWeek")).toArray();
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks.at(0)[QStringLiteral("weekStart")].toString(), QStringLiteral("2025-03-03"));
    QCOMPARE(weeks.at(0)[QStringLiteral("hours")].toDouble(), 5.5);
    QCOMPARE(weeks.at(1)[QStringLiteral("weekStart")].toString(), QStringLiteral("2025-03-10"));
    QCOMPARE(weeks.at(1)[QStringLiteral("hours")].toDouble(), 3.5);
    QCOMPARE(o.value(QStringLiteral("totalHours")).toDouble(), 9.0);
    QCOMPARE(o.value(QStringLiteral("totalEarningsCents")).toInteger(), 12033);

    const QJsonArray workers = o.value(QStringLiteral("workers")).toArray();
    QStringList names;
    for (const QJsonValue &w : workers)
        names << w[QStringLiteral("name")].toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Dara"), QStringLiteral("Sokha"),
                                 QStringLiteral("Vanna")}));

    const QJsonObject sokha = find(workers, QStringLiteral("workerId"), m.worker1Id);
    QCOMPARE(sokha.value(QStringLiteral("hours")).toDouble(), 5.5);
    QCOMPARE(sokha.value(QStringLiteral("availableHours")).toDouble(), 18.0);
    QCOMPARE(sokha.value(QStringLiteral("utilisation")).toDouble(), 5.5 / 18.0);
    QCOMPARE(sokha.value(QStringLiteral("approvedHours")).toDouble(), 331.0 / 60.0);
    QCOMPARE(sokha.value(QStringLiteral("rateCents")).toInteger(), 2000);
    QCOMPARE(sokha.value(QStringLiteral("earningsCents")).toInteger(), 10533);

    const QJsonObject dara = find(workers, QStringLiteral("workerId"), m.worker2Id);
    QCOMPARE(dara.value(QStringLiteral("hours")).toDouble(), 3.5);
    QCOMPARE(dara.value(QStringLiteral("availableHours")).toDouble(), 80.0);
    QCOMPARE(dara.value(QStringLiteral("utilisation")).toDouble(), 3.5 / 80.0);
    QCOMPARE(dara.value(QStringLiteral("approvedHours")).toDouble(), 0.5);
    QCOMPARE(dara.value(QStringLiteral("rateCents")).toInteger(), 3000);
    QCOMPARE(dara.value(QStringLiteral("earningsCents")).toInteger(), 1500);

    const QJsonObject vanna = find(workers, QStringLiteral("workerId"), m_worker3);
    QCOMPARE(vanna.value(QStringLiteral("hours")).toDouble(), 0.0);
    QCOMPARE(vanna.value(QStringLiteral("availableHours")).toDouble(), 2.0);
    QCOMPARE(vanna.value(QStringLiteral("utilisation")).toDouble(), 0.0);
    QCOMPARE(vanna.value(QStringLiteral("approvedHours")).toDouble(), 0.0);
    QCOMPARE(vanna.value(QStringLiteral("earningsCents")).toInteger(), 0);

    // A range that starts mid-week: the week is listed from its Monday but holds
    // only what started in the range (Dara's 03-05 180 min; Sokha's 03-04 entry is out).
    const QJsonObject mid =
        get(QStringLiteral("/api/v1/analytics/time?from=2025-03-05&to=2025-03-10"), m.admin).json();
    const QJsonArray midWeeks = mid.value(QStringLiteral("hoursPerWeek")).toArray();
    QCOMPARE(midWeeks.size(), 2);
    QCOMPARE(midWeeks.at(0)[QStringLiteral("weekStart")].toString(), QStringLiteral("2025-03-03"));
    QCOMPARE(midWeeks.at(0)[QStringLiteral("hours")].toDouble(), 3.0);
    QCOMPARE(midWeeks.at(1)[QStringLiteral("hours")].toDouble(), 0.5);
    QCOMPARE(mid.value(QStringLiteral("totalHours")).toDouble(), 3.5);
    // No approved week starts 03-05..03-10 except 03-10: Sokha 6033, Dara 1500.
    QCOMPARE(mid.value(QStringLiteral("totalEarningsCents")).toInteger(), 7533);
    // Sokha over Wed..Mon: Wed 4 h + Fri 2 h + Mon 3 h.
    QCOMPARE(find(mid.value(QStringLiteral("workers")).toArray(), QStringLiteral("workerId"),
                  m.worker1Id)
                 .value(QStringLiteral("availableHours"))
                 .toDouble(),
             9.0);
}

void TestAnalytics::emptyRange()
{
    const QJsonObject jobs =
        get(QStringLiteral("/api/v1/analytics/jobs?from=2024-01-01&to=2024-01-07"), m.admin).json();
    QCOMPARE(jobs.value(QStringLiteral("createdPerDay")).toArray().size(), 7);
    for (const QJsonValue &d : jobs.value(QStringLiteral("createdPerDay")).toArray())
        QCOMPARE(d[QStringLiteral("count")].toInt(), 0);
    for (const QJsonValue &n : jobs.value(QStringLiteral("byState")).toObject())
        QCOMPARE(n.toInt(), 0);
    for (const QString &key : {QStringLiteral("toAssignment"), QStringLiteral("toCompletion")}) {
        const QJsonObject s = jobs.value(key).toObject();
        QCOMPARE(s.value(QStringLiteral("count")).toInt(), 0);
        QVERIFY(s.value(QStringLiteral("medianMinutes")).isNull());
        QVERIFY(s.value(QStringLiteral("p90Minutes")).isNull());
    }
    QCOMPARE(jobs.value(QStringLiteral("offers"))[QStringLiteral("made")].toInt(), 0);
    QVERIFY(jobs.value(QStringLiteral("offers"))[QStringLiteral("acceptanceRate")].isNull());
    QVERIFY(jobs.value(QStringLiteral("revisionRate")).isNull());

    // 2024-01-01 was a Monday: one week. Active workers are listed with no time.
    const QJsonObject time =
        get(QStringLiteral("/api/v1/analytics/time?from=2024-01-01&to=2024-01-07"), m.admin).json();
    const QJsonArray weeks = time.value(QStringLiteral("hoursPerWeek")).toArray();
    QCOMPARE(weeks.size(), 1);
    QCOMPARE(weeks.at(0)[QStringLiteral("weekStart")].toString(), QStringLiteral("2024-01-01"));
    QCOMPARE(weeks.at(0)[QStringLiteral("hours")].toDouble(), 0.0);
    QCOMPARE(time.value(QStringLiteral("totalHours")).toDouble(), 0.0);
    QCOMPARE(time.value(QStringLiteral("totalEarningsCents")).toInteger(), 0);
    const QJsonArray workers = time.value(QStringLiteral("workers")).toArray();
    QCOMPARE(workers.size(), 3);
    const QJsonObject dara = find(workers, QStringLiteral("workerId"), m.worker2Id);
    QCOMPARE(dara.value(QStringLiteral("availableHours")).toDouble(), 40.0);
    QCOMPARE(dara.value(QStringLiteral("utilisation")).toDouble(), 0.0);
}

void TestAnalytics::badRanges_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("none") << QString() << QStringList{QStringLiteral("from"), QStringLiteral("to")};
    QTest::newRow("no to") << QStringLiteral("from=2025-03-03")
                           << QStringList{QStringLiteral("to")};
    QTest::newRow("not a date") << QStringLiteral("from=yesterday&to=2025-03-03")
                                << QStringList{QStringLiteral("from")};
    QTest::newRow("short") << QStringLiteral("from=2025-3-3&to=2025-03-03")
                           << QStringList{QStringLiteral("from")};
    QTest::newRow("timestamp") << QStringLiteral("from=2025-03-03T00:00:00Z&to=2025-03-04")
                               << QStringList{QStringLiteral("from")};
    QTest::newRow("no such day") << QStringLiteral("from=2025-02-28&to=2025-02-30")
                                 << QStringList{QStringLiteral("to")};
    QTest::newRow("before 1970") << QStringLiteral("from=1969-12-31&to=1970-01-02")
                                 << QStringList{QStringLiteral("from")};
    QTest::newRow("reversed") << QStringLiteral("from=2025-03-10&to=2025-03-09")
                              << QStringList{QStringLiteral("to")};
    QTest::newRow("367 days") << QStringLiteral("from=2024-01-01&to=2025-01-01")
                              << QStringList{QStringLiteral("to")};
}

void TestAnalytics::badRanges()
{
    QFETCH(QString, query);
    QFETCH(QStringList, fields);
    for (const QString &path :
         {QStringLiteral("/api/v1/analytics/jobs"), QStringLiteral("/api/v1/analytics/time")}) {
        const Reply r = get(path + QLatin1Char('?') + query, m.admin);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:validation-failed"));
        QStringList keys = r.json().value(QStringLiteral("errors")).toObject().keys();
        keys.sort();
        QCOMPARE(keys, fields);
    }
    // The longest range allowed: 366 days (2024 was a leap year).
    const Reply full =
        get(QStringLiteral("/api/v1/analytics/jobs?from=2024-01-01&to=2024-12-31"), m.admin);
    QCOMPARE(full.status, 200);
    QCOMPARE(full.json().value(QStringLiteral("createdPerDay")).toArray().size(), 366);
}

void TestAnalytics::adminsOnly()
{
    for (const QString &path :
         {QStringLiteral("/api/v1/analytics/jobs?from=2025-03-03&to=2025-03-16"),
          QStringLiteral("/api/v1/analytics/time?from=2025-03-03&to=2025-03-16")}) {
        const Reply anonymous = get(path, {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.problemType(), QStringLiteral("urn:jobdesk:problem:unauthenticated"));
        const Reply worker = get(path, m.worker1);
        QCOMPARE(worker.status, 403);
        QCOMPARE(worker.problemType(), QStringLiteral("urn:jobdesk:problem:forbidden"));
        // Access is checked before the range: a worker learns nothing from a bad one.
        QCOMPARE(get(QStringLiteral("/api/v1/analytics/jobs?from=x"), m.worker1).status, 403);
    }
}

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
