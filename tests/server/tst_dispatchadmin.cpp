// The dispatch engine's admin side on the real binary: settings from the
// configuration and the audited auto-dispatch toggle, a job created with
// auto-dispatch on, bulk runs and their outcomes, worker statistics, workers
// refused, and configuration mistakes refused at start.
#include "dispatchkit.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace jobdesk::test;

namespace {

const QString Settings = QStringLiteral("/api/v1/dispatch/settings");
const QString Run = QStringLiteral("/api/v1/dispatch/run");

Reply put(Http &http, const QString &path, const QJsonObject &body, const QString &token)
{
    return http.send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     {{"Content-Type", "application/json"}, {"Authorization", bearer(token)}});
}

QJsonObject itemFor(const QJsonArray &items, qint64 jobId)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QStringLiteral("jobId")).toInteger() == jobId)
            return v.toObject();
    }
    return {};
}

QJsonObject statsOf(Http &http, const QString &admin, qint64 workerId)
{
    const Reply r =
        http.get(QStringLiteral("/api/v1/workers/stats?workerId=%1").arg(workerId), admin);
    return r.items().at(0).toObject();
}

} // namespace

class TestDispatchAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void settingsComeFromConfigurationAndToggle();
    void autoDispatchStartsACascadeOnCreate();
    void bulkRunReportsEachJob();
    void bulkRunSpreadsTheWork();
    void workerStatsCountWhatHappened();
    void workersAreRefused();
    void configurationMistakesStopTheServer();
    void configFileDispatchSection();

private:
    Reply setAuto(bool on)
    {
        return put(k.http(), Settings, {{QStringLiteral("autoDispatch"), on}}, k.admin());
    }
    DispatchKit k;
};

void TestDispatchAdmin::initTestCase()
{
    qputenv("JOBDESK_DISPATCH_WEIGHTS",
            "skillFit=50,availability=10,load=10,quality=10,fairness=10,urgency=10");
    qputenv("JOBDESK_DISPATCH_SHORTLIST", "2");
    QVERIFY(k.setUp(900));
}

void TestDispatchAdmin::cleanupTestCase()
{
    qunsetenv("JOBDESK_DISPATCH_WEIGHTS");
    qunsetenv("JOBDESK_DISPATCH_SHORTLIST");
}

void TestDispatchAdmin::settingsComeFromConfigurationAndToggle()
{
    const Reply r = k.http().get(Settings, k.admin());
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.json();
    const QJsonObject w = s.value(QStringLiteral("weights")).toObject();
    QCOMPARE(w.value(QStringLiteral("skillFit")).toDouble(), 0.5);
    QCOMPARE(w.value(QStringLiteral("urgency")).toDouble(), 0.1);
    QCOMPARE(s.value(QStringLiteral("offerWindowSeconds")).toInt(), 900);
    QCOMPARE(s.value(QStringLiteral("shortlistSize")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("autoDispatch")).toBool(), false);

    const Reply on = setAuto(true);
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json().value(QStringLiteral("autoDispatch")).toBool(), true);
    QCOMPARE(
        k.http().get(Settings, k.admin()).json().value(QStringLiteral("autoDispatch")).toBool(),
        true);
    const QJsonArray audit =
        k.http().get(QStringLiteral("/api/v1/audit?entity=settings"), k.admin()).items();
    QVERIFY(!audit.isEmpty());
    const QJsonObject row = audit.at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("action")).toString(), QStringLiteral("dispatch.settings"));
    QCOMPARE(row.value(QStringLiteral("actorId")).toInteger(), k.world().adminId);
    QCOMPARE(row.value(QStringLiteral("before")).toObject().value(QStringLiteral("autoDispatch")),
             QJsonValue(false));
    QCOMPARE(row.value(QStringLiteral("after")).toObject().value(QStringLiteral("autoDispatch")),
             QJsonValue(true));

    // Weights, window and short list are configuration, not runtime settings.
    const Reply weights =
        put(k.http(), Settings,
            {{QStringLiteral("weights"), QJsonObject{{QStringLiteral("skillFit"), 1}}},
             {QStringLiteral("autoDispatch"), true}},
            k.admin());
    QCOMPARE(weights.status, 422);
    QVERIFY(weights.json()
                .value(QStringLiteral("errors"))
                .toObject()
                .contains(QStringLiteral("weights")));
    QCOMPARE(put(k.http(), Settings, {}, k.admin()).status, 422);
    QCOMPARE(put(k.http(), Settings, {{QStringLiteral("autoDispatch"), QStringLiteral("yes")}},
                 k.admin())
                 .status,
             422);
    QCOMPARE(setAuto(false).status, 200);
}

void TestDispatchAdmin::autoDispatchStartsACascadeOnCreate()
{
    const QString skill = QStringLiteral("auto-a2");
    const DispatchWorker w = k.worker(QStringLiteral("Avi"), {{skill, 3}});
    QVERIFY(w.id);
    const qint64 manual = k.job(QStringLiteral("Before the toggle"), skill);
    QCOMPARE(k.jobJson(manual).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(k.offers(manual).size(), 0);

    QCOMPARE(setAuto(true).status, 200);
    const QJsonObject created =
        k.world().createJob(QStringLiteral("Dispatched at once"),
                            {{QStringLiteral("requiredSkills"),
                              QJsonArray{QJsonObject{{QStringLiteral("skill"), skill}}}}});
    const qint64 jobId = created.value(QStringLiteral("id")).toInteger();
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("matching"));
    const QJsonArray offers = k.offers(jobId);
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers.at(0).toObject().value(QStringLiteral("workerId")).toInteger(), w.id);
    QVERIFY(offers.at(0).toObject().value(QStringLiteral("runId")).toInteger() > 0);
    QCOMPARE(k.actions(jobId),
             (QStringList{QStringLiteral("job.create"), QStringLiteral("dispatch.ranked"),
                          QStringLiteral("dispatch.offered"), QStringLiteral("job.dispatch")}));
    // Nobody fits: the job is still created, pending and flagged.
    const QJsonObject lonely = k.world().createJob(
        QStringLiteral("Nobody fits"),
        {{QStringLiteral("requiredSkills"),
          QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("unheard-of")}}}}});
    QCOMPARE(lonely.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(lonely.value(QStringLiteral("needsAttention")).toBool());

    QCOMPARE(setAuto(false).status, 200);
    const qint64 after = k.job(QStringLiteral("After the toggle"), skill);
    QCOMPARE(k.jobJson(after).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
}

void TestDispatchAdmin::bulkRunReportsEachJob()
{
    const QString skill = QStringLiteral("bulk-a3");
    const DispatchWorker u = k.worker(QStringLiteral("Uma"), {{skill, 4}});
    const qint64 fits = k.job(QStringLiteral("Fits"), skill);
    const qint64 nobody = k.job(QStringLiteral("Nobody"), QStringLiteral("bulk-none"));
    const qint64 assigned =
        k.world().assignedJob(QStringLiteral("Held"), u.id).value(QStringLiteral("id")).toInteger();
    const qint64 running = k.job(QStringLiteral("Running"), skill);
    QCOMPARE(k.dispatch(running).status, 201);

    const Reply r = k.http().post(
        Run, {{QStringLiteral("jobIds"), QJsonArray{fits, nobody, assigned, running, 999999}}},
        k.admin());
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.items();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("jobId")).toInteger(), fits);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("offered"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("workerId")).toInteger(), u.id);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("offerId")).toInteger(),
             k.offers(fits).at(0).toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("no-candidates"));
    QVERIFY(k.jobJson(nobody).value(QStringLiteral("needsAttention")).toBool());
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("skipped"));
    QCOMPARE(items.at(2).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("not pending (assigned)"));
    QCOMPARE(items.at(3).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("a cascade is already running"));
    QCOMPARE(items.at(4).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("no such job"));
    QCOMPARE(k.pendingOffers(running), 1);

    // allPending takes the pending jobs that are not flagged for attention.
    const qint64 fresh = k.job(QStringLiteral("Fresh"), skill);
    const Reply all = k.http().post(Run, {{QStringLiteral("allPending"), true}}, k.admin());
    QCOMPARE(all.status, 200);
    QCOMPARE(itemFor(all.items(), fresh).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("offered"));
    QVERIFY(itemFor(all.items(), nobody).isEmpty());
    QVERIFY(itemFor(all.items(), fits).isEmpty());

    // Bad envelopes are problems; nothing runs.
    QJsonArray tooMany;
    for (int i = 1; i <= 1001; ++i)
        tooMany.append(i);
    for (const QJsonObject &bad :
         {QJsonObject{}, QJsonObject{{QStringLiteral("jobIds"), QJsonArray{}}},
          QJsonObject{{QStringLiteral("jobIds"), QJsonArray{1.5}}},
          QJsonObject{{QStringLiteral("jobIds"), QJsonArray{QStringLiteral("7")}}},
          QJsonObject{{QStringLiteral("jobIds"), QJsonArray{fits}},
                      {QStringLiteral("allPending"), true}},
          QJsonObject{{QStringLiteral("allPending"), false}},
          QJsonObject{{QStringLiteral("jobIds"), tooMany}},
          QJsonObject{{QStringLiteral("all"), true}}}) {
        const Reply refused = k.http().post(Run, bad, k.admin());
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemType(), QStringLiteral("urn:jobdesk:problem:validation-failed"));
    }
}

void TestDispatchAdmin::bulkRunSpreadsTheWork()
{
    const QString skill = QStringLiteral("spread-a4");
    QSet<qint64> workers;
    for (const char *name : {"Sam", "Sia", "Sol"})
        workers.insert(k.worker(QString::fromLatin1(name), {{skill, 3}}).id);
    QJsonArray ids;
    for (int i = 0; i < 3; ++i)
        ids.append(k.job(QStringLiteral("Spread %1").arg(i), skill));
    const Reply r = k.http().post(Run, {{QStringLiteral("jobIds"), ids}}, k.admin());
    QCOMPARE(r.status, 200);
    // Equal workers: each offer made counts for fairness in the jobs after it.
    QSet<qint64> chosen;
    for (const QJsonValue &v : r.items()) {
        QCOMPARE(v.toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("offered"));
        chosen.insert(v.toObject().value(QStringLiteral("workerId")).toInteger());
    }
    QCOMPARE(chosen, workers);
}

void TestDispatchAdmin::workerStatsCountWhatHappened()
{
    const QString skill = QStringLiteral("stats-a5");
    const DispatchWorker w = k.worker(QStringLiteral("Tao"), {{skill, 4}}, 4);
    QJsonObject s = statsOf(k.http(), k.admin(), w.id);
    QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Tao"));
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(s.value(QStringLiteral("capacity")).toInt(), 4);
    QCOMPARE(s.value(QStringLiteral("heldJobs")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("recentOffers")).toInt(), 0);
    QVERIFY(s.value(QStringLiteral("onTimeRate")).isNull());
    QVERIFY(s.value(QStringLiteral("revisionRate")).isNull());
    QVERIFY(s.value(QStringLiteral("rating")).isNull());
    QCOMPARE(s.value(QStringLiteral("minutesThisWeek")).toInt(), 0);

    // An offer, two jobs completed (one after a revision, both before their due
    // date), one held, and time booked this week.
    QCOMPARE(k.dispatch(k.job(QStringLiteral("Offered"), skill)).status, 201);
    const QString due = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
    const auto transition = [&](qint64 id, const QString &to, const QString &token) {
        QJsonObject body{{QStringLiteral("to"), to}};
        if (to == QLatin1String("revision"))
            body.insert(QStringLiteral("note"), QStringLiteral("Tighter, please"));
        const Reply r =
            k.http().post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(id), body, token);
        QVERIFY2(r.status == 200, r.body.constData());
    };
    for (int revised = 0; revised < 2; ++revised) {
        const qint64 id = k.job(QStringLiteral("Done %1").arg(revised), skill, 1,
                                {{QStringLiteral("dueAt"), due}});
        QCOMPARE(k.http()
                     .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(id),
                           {{QStringLiteral("workerId"), w.id}}, k.admin())
                     .status,
                 200);
        transition(id, QStringLiteral("in_progress"), w.token);
        transition(id, QStringLiteral("review"), w.token);
        if (revised) {
            transition(id, QStringLiteral("revision"), k.admin());
            transition(id, QStringLiteral("in_progress"), w.token);
            transition(id, QStringLiteral("review"), w.token);
        }
        transition(id, QStringLiteral("completed"), k.admin());
    }
    const qint64 held = k.job(QStringLiteral("Held"), skill);
    QCOMPARE(k.http()
                 .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(held),
                       {{QStringLiteral("workerId"), w.id}}, k.admin())
                 .status,
             200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime weekStart = now.date().addDays(1 - now.date().dayOfWeek()).startOfDay(Qt::UTC);
    const QDateTime from = qMax(now.addSecs(-45 * 60), weekStart);
    const QJsonObject entry{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("jobId"), held},
        {QStringLiteral("startedAt"), from.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endedAt"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("revision"), 1}};
    const Reply synced = k.http().post(QStringLiteral("/api/v1/time-entries/sync"),
                                       {{QStringLiteral("entries"), QJsonArray{entry}}}, w.token);
    QCOMPARE(synced.status, 200);

    s = statsOf(k.http(), k.admin(), w.id);
    QCOMPARE(s.value(QStringLiteral("heldJobs")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("recentOffers")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("completedJobs")).toInt(), 2);
    QCOMPARE(s.value(QStringLiteral("revisionRate")).toDouble(), 0.5);
    QCOMPARE(s.value(QStringLiteral("onTimeRate")).toDouble(), 1.0);
    QCOMPARE(s.value(QStringLiteral("minutesThisWeek")).toInt(), int(from.secsTo(now) / 60));

    // The whole list has every worker; a filter narrows; an admin is no worker.
    const Reply all = k.http().get(QStringLiteral("/api/v1/workers/stats"), k.admin());
    QCOMPARE(all.status, 200);
    QVERIFY(all.items().size() >= 3);
    QCOMPARE(k.http()
                 .get(QStringLiteral("/api/v1/workers/stats?workerId=%1").arg(k.world().adminId),
                      k.admin())
                 .status,
             404);
    QCOMPARE(k.http().get(QStringLiteral("/api/v1/workers/stats?workerId=x"), k.admin()).status,
             422);
}

void TestDispatchAdmin::workersAreRefused()
{
    const qint64 jobId = k.job(QStringLiteral("Not for workers"), {});
    const QString jobPath = QStringLiteral("/api/v1/jobs/%1").arg(jobId);
    const QString worker = k.world().worker1;
    const QList<Reply> replies{
        k.http().get(jobPath + QStringLiteral("/candidates"), worker),
        k.http().post(jobPath + QStringLiteral("/dispatch"), {}, worker),
        k.http().post(Run, {{QStringLiteral("allPending"), true}}, worker),
        k.http().get(Settings, worker),
        put(k.http(), Settings, {{QStringLiteral("autoDispatch"), true}}, worker),
        k.http().get(QStringLiteral("/api/v1/workers/stats"), worker),
    };
    for (const Reply &r : replies) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:forbidden"));
    }
    QCOMPARE(k.jobJson(jobId).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(
        k.http().get(Settings, k.admin()).json().value(QStringLiteral("autoDispatch")).toBool(),
        false);
}

void TestDispatchAdmin::configurationMistakesStopTheServer()
{
    QTemporaryDir dir;
    const QList<QPair<QByteArray, QByteArray>> bad{
        {"JOBDESK_DISPATCH_WEIGHTS", "skillFit=30,speed=10"},
        {"JOBDESK_DISPATCH_WEIGHTS", "skillFit=-1"},
        {"JOBDESK_DISPATCH_WEIGHTS",
         "skillFit=0,availability=0,load=0,quality=0,fairness=0,urgency=0"},
        {"JOBDESK_DISPATCH_WINDOW_SECONDS", "0"},
        {"JOBDESK_DISPATCH_SHORTLIST", "many"},
        {"JOBDESK_AUTO_DISPATCH", "perhaps"},
    };
    for (const auto &[name, value] : bad) {
        const QByteArray saved = qgetenv(name.constData());
        qputenv(name.constData(), value);
        QByteArray err;
        const int code =
            TestServer::run({QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                            {}, nullptr, &err);
        if (saved.isEmpty())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), saved);
        QVERIFY2(code == 2, qPrintable(QString::fromLatin1(name + '=' + value) +
                                       QStringLiteral(": exit %1").arg(code)));
        QVERIFY2(err.contains(name), err.constData());
    }
}

void TestDispatchAdmin::configFileDispatchSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobdesk.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[server]\nthreads = 1\n\n[dispatch]\nweights = skillFit=40,load=40\n"
               "window_seconds = 120\nshortlist = 5\nauto_dispatch = on\n");
    file.close();
    // The environment of this test would win over the file: set it aside.
    const QByteArray weights = qgetenv("JOBDESK_DISPATCH_WEIGHTS");
    const QByteArray shortlist = qgetenv("JOBDESK_DISPATCH_SHORTLIST");
    const QByteArray window = qgetenv("JOBDESK_DISPATCH_WINDOW_SECONDS");
    qunsetenv("JOBDESK_DISPATCH_WEIGHTS");
    qunsetenv("JOBDESK_DISPATCH_SHORTLIST");
    qunsetenv("JOBDESK_DISPATCH_WINDOW_SECONDS");
    TestServer server({QStringLiteral("--config"), path});
    const bool started = server.start();
    qputenv("JOBDESK_DISPATCH_WEIGHTS", weights);
    qputenv("JOBDESK_DISPATCH_SHORTLIST", shortlist);
    qputenv("JOBDESK_DISPATCH_WINDOW_SECONDS", window);
    QVERIFY(started);
    QVERIFY(server.createUser(QStringLiteral("ops@example.test"), QStringLiteral("admin"),
                              QStringLiteral("ops password 1")));
    Http http(server);
    const QString token =
        http.login(QStringLiteral("ops@example.test"), QStringLiteral("ops password 1"));
    const QJsonObject s = http.get(Settings, token).json();
    // skillFit 40 and load 40 with the other defaults (15, 15, 10, 10): 40/130.
    QCOMPARE(
        s.value(QStringLiteral("weights")).toObject().value(QStringLiteral("skillFit")).toDouble(),
        40.0 / 130.0);
    QCOMPARE(s.value(QStringLiteral("offerWindowSeconds")).toInt(), 120);
    QCOMPARE(s.value(QStringLiteral("shortlistSize")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("autoDispatch")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestDispatchAdmin)
#include "tst_dispatchadmin.moc"
