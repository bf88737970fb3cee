// Several jobdesk-server instances on one PostgreSQL database, as behind a load
// balancer: what one instance does, the others see and never do twice.

#include "dispatchkit.h"
#include "pgscratch.h"
#include "testserver.h"
#include "uploadkit.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

using namespace jobdesk::test;

namespace {

const QString Type = QStringLiteral("type");

// Frames of `type` a socket received (any user's: AdminSocket records them all).
int frameCount(const AdminSocket &socket, const QString &type)
{
    return int(
        std::count_if(socket.frames.cbegin(), socket.frames.cend(),
                      [&](const QJsonObject &f) { return f.value(Type).toString() == type; }));
}

} // namespace

class TestInstances final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realtimeCrossesInstances();
    void concurrentWritersLoseNoEvent();
    void missedNotificationIsCaughtUpFromTheLog();
    void offersExpireOnceWithEveryInstanceRunning();
    void cascadeSurvivesAnInstanceKilled();
    void uploadStartedOnOneFinishesOnAnother();
    void loginLimitCountsAcrossInstances();
    void instancesStartingTogetherMigrateOnce();

private:
    // Rows of `sql` (one integer column) counted straight in the shared database.
    qint64 countRows(const QString &sql, const QVariantList &binds = {});

    DispatchKit m_kit;
    std::unique_ptr<TestServer> m_b, m_c;
    std::unique_ptr<Http> m_httpB, m_httpC;
};

void TestInstances::initTestCase()
{
    QVERIFY2(!m_kit.world().server.databaseUrl().isEmpty(),
             "this suite runs its servers on PostgreSQL (JOBDESK_TEST_ENGINE=postgresql)");
    // Every instance gets the same short acceptance window from the environment.
    QVERIFY(m_kit.setUp(2));
    m_b = TestServer::sibling(m_kit.world().server);
    m_c = TestServer::sibling(m_kit.world().server);
    QVERIFY(m_b->start());
    QVERIFY(m_c->start());
    m_httpB = std::make_unique<Http>(*m_b);
    m_httpC = std::make_unique<Http>(*m_c);
}

qint64 TestInstances::countRows(const QString &sql, const QVariantList &binds)
{
    const QString name = QStringLiteral("count");
    qint64 n = -1;
    {
        QSqlDatabase db = m_kit.world().server.openDatabase(name);
        QSqlQuery q(db);
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (q.exec() && q.next())
            n = q.value(0).toLongLong();
        else
            qWarning() << q.lastError().text() << sql;
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

void TestInstances::realtimeCrossesInstances()
{
    const DispatchWorker w = m_kit.worker(QStringLiteral("Sreymom"), {});
    QVERIFY(w.id);
    AdminSocket admin, worker;
    QVERIFY(admin.open(m_b->port(), m_kit.admin()));
    QVERIFY(worker.open(m_c->port(), w.token));
    // A job made on A reaches the admin on B; its offer to the worker reaches C.
    const qint64 job = m_kit.job(QStringLiteral("Translate a brochure"), {});
    QVERIFY(job);
    QTRY_COMPARE_WITH_TIMEOUT(frameCount(admin, QStringLiteral("job.created")), 1, 10000);
    const Reply offer = m_kit.http().post(
        QStringLiteral("/api/v1/jobs/%1/offers").arg(job),
        {{QStringLiteral("workerId"), w.id}, {QStringLiteral("windowSeconds"), 600}},
        m_kit.admin());
    QCOMPARE(offer.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(frameCount(worker, QStringLiteral("offer.created")), 1, 10000);
    // The worker answers on C; the admin on B hears it.
    const qint64 offerId = offer.json().value(QStringLiteral("id")).toInteger();
    QCOMPARE(
        m_httpC->post(QStringLiteral("/api/v1/offers/%1/accept").arg(offerId), {}, w.token).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(frameCount(admin, QStringLiteral("job.assigned")), 1, 10000);
    // Every event went out once, in the log's order.
    qint64 last = 0;
    for (const QJsonObject &f : std::as_const(admin.frames)) {
        if (!f.contains(QStringLiteral("id")))
            continue;
        const qint64 id = f.value(QStringLiteral("id")).toInteger();
        QVERIFY2(id > last, "events arrive once each, in id order");
        last = id;
    }
}

void TestInstances::concurrentWritersLoseNoEvent()
{
    // Jobs created at once through A and B, in parallel requests: a listener on C
    // and a reader paging GET /events while they commit see every one of them.
    AdminSocket admin;
    QVERIFY(admin.open(m_c->port(), m_kit.admin()));
    const qint64 before = frameCount(admin, QStringLiteral("job.created"));
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    constexpr int PerInstance = 40;
    for (int i = 0; i < PerInstance; ++i) {
        for (const TestServer *server : {&m_kit.world().server, m_b.get()}) {
            QNetworkRequest request(server->url(QStringLiteral("/api/v1/jobs")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Authorization", bearer(m_kit.admin()));
            replies << nam.post(request,
                                QJsonDocument(QJsonObject{{QStringLiteral("title"),
                                                           QStringLiteral("Rush %1").arg(i)}})
                                    .toJson(QJsonDocument::Compact));
        }
    }
    qint64 after = 0;
    QSet<qint64> paged;
    const auto page = [&] {
        const Reply r = m_httpC->get(QStringLiteral("/api/v1/events?after=%1&limit=500").arg(after),
                                     m_kit.admin());
        for (const QJsonValue &e : r.items()) {
            after = e[QStringLiteral("id")].toInteger();
            if (e[Type].toString() == QLatin1String("job.created"))
                paged.insert(after);
        }
    };
    const auto done = [&] {
        return std::all_of(replies.cbegin(), replies.cend(),
                           [](QNetworkReply *r) { return r->isFinished(); });
    };
    while (!done())
        page(); // its blocking request lets the others progress too
    for (QNetworkReply *r : std::as_const(replies)) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        r->deleteLater();
    }
    page();
    page();
    const qint64 total = countRows(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = "
                                                  "'job.created'"));
    QCOMPARE(qint64(paged.size()), total);
    QTRY_COMPARE_WITH_TIMEOUT(frameCount(admin, QStringLiteral("job.created")) - before,
                              2 * PerInstance, 10000);
}

void TestInstances::missedNotificationIsCaughtUpFromTheLog()
{
    AdminSocket admin;
    QVERIFY(admin.open(m_c->port(), m_kit.admin()));
    // An event written without any NOTIFY (as if the doorbell were lost): the log
    // is the truth, and the instance's poll delivers it.
    QCOMPARE(
        countRows(QStringLiteral("WITH e AS (INSERT INTO events (type, data, created_at) VALUES "
                                 "('test.silent', '{}', ?) RETURNING id) SELECT COUNT(*) FROM e"),
                  {QDateTime::currentMSecsSinceEpoch()}),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(frameCount(admin, QStringLiteral("test.silent")), 1, 10000);
}

void TestInstances::offersExpireOnceWithEveryInstanceRunning()
{
    // Twelve offers fall due in the same second while three instances each check
    // every second: each expires exactly once.
    QList<qint64> offers, jobs;
    const DispatchWorker w1 = m_kit.worker(QStringLiteral("Vanna"), {}, 20);
    const DispatchWorker w2 = m_kit.worker(QStringLiteral("Bopha"), {}, 20);
    for (int i = 0; i < 12; ++i) {
        const qint64 job = m_kit.job(QStringLiteral("Expiring %1").arg(i), {});
        const Reply r = m_kit.http().post(QStringLiteral("/api/v1/jobs/%1/offers").arg(job),
                                          {{QStringLiteral("workerId"), i % 2 ? w1.id : w2.id},
                                           {QStringLiteral("windowSeconds"), 1}},
                                          m_kit.admin());
        QCOMPARE(r.status, 201);
        offers << r.json().value(QStringLiteral("id")).toInteger();
        jobs << job;
    }
    for (const qint64 id : std::as_const(offers)) {
        QTRY_COMPARE_WITH_TIMEOUT(
            countRows(
                QStringLiteral("SELECT COUNT(*) FROM offers WHERE id = ? AND status = 'expired'"),
                {id}),
            qint64(1), 15000);
    }
    for (const qint64 job : std::as_const(jobs)) {
        QCOMPARE(
            countRows(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'offer.expired' "
                                     "AND job_id = ?"),
                      {job}),
            qint64(1));
    }
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE kind = "
                                      "'offer_expired' AND user_id IN (?, ?)"),
                       {w1.id, w2.id}),
             qint64(offers.size()));
}

void TestInstances::cascadeSurvivesAnInstanceKilled()
{
    const QJsonObject skill{{QStringLiteral("khmer-typing"), 4}};
    QList<DispatchWorker> workers;
    for (const char *name : {"Kosal", "Rathana", "Chenda"})
        workers << m_kit.worker(QString::fromLatin1(name), skill);
    const qint64 job =
        m_kit.job(QStringLiteral("Type up survey forms"), QStringLiteral("khmer-typing"), 3);
    QVERIFY(job);
    // The cascade starts through C, which dies once the first offer is out.
    const Reply started = m_httpC->post(QStringLiteral("/api/v1/jobs/%1/dispatch").arg(job),
                                        {{QStringLiteral("windowSeconds"), 2}}, m_kit.admin());
    QCOMPARE(started.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_kit.offers(job).size(), 1, 10000);
    m_c->kill();
    // A and B carry it on: every short-listed worker is offered it once, each offer
    // runs out, and the job comes back to an admin.
    QTRY_COMPARE_WITH_TIMEOUT(m_kit.jobJson(job).value(QStringLiteral("status")).toString(),
                              QStringLiteral("pending"), 30000);
    QVERIFY(m_kit.jobJson(job).value(QStringLiteral("needsAttention")).toBool());
    const QJsonArray offers = m_kit.offers(job);
    QCOMPARE(offers.size(), 3);
    QSet<qint64> offered;
    for (const QJsonValue &o : offers) {
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("expired"));
        offered.insert(o[QStringLiteral("workerId")].toInteger());
    }
    QCOMPARE(offered.size(), 3);
    QCOMPARE(m_kit.actions(job).count(QStringLiteral("dispatch.expired")), 3);
    QCOMPARE(
        countRows(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'offer.expired' AND "
                                 "job_id = ?"),
                  {job}),
        qint64(3));
    QVERIFY(m_c->start()); // back for the tests after this one
}

void TestInstances::uploadStartedOnOneFinishesOnAnother()
{
    UploadKit kit(m_kit.world());
    const qint64 job = kit.workingJob(QStringLiteral("Logo for a bakery"));
    QVERIFY(job);
    const QByteArray content = UploadKit::bytes(3 * 1024 * 1024 + 17, 7);
    const QString &worker = m_kit.world().worker1;
    const Reply created = kit.create(worker, job, QStringLiteral("logo.svg"), content);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    // One MiB through A, then B reports the offset and takes the rest.
    QCOMPARE(kit.sendFrom(worker, id, content, 0, 1 << 20, 1).status, 204);
    UploadKit onB = kit.through(*m_b, *m_httpB);
    const Reply head = onB.head(worker, id);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Upload-Offset").toLongLong(), qint64(1 << 20));
    const Reply last = onB.sendFrom(worker, id, content, 1 << 20, 1 << 20);
    QCOMPARE(last.status, 204);
    QCOMPARE(last.header("Upload-Offset").toLongLong(), qint64(content.size()));
    // Verified whole and complete, and C reports the same offset.
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM uploads WHERE id = ? AND status = "
                                      "'complete'"),
                       {id}),
             qint64(1));
    UploadKit onC = kit.through(*m_c, *m_httpC);
    QCOMPARE(onC.head(worker, id).header("Upload-Offset").toLongLong(), qint64(content.size()));
    QVERIFY(!kit.storedCopyOf(content).isEmpty());
}

void TestInstances::loginLimitCountsAcrossInstances()
{
    const QString email = QStringLiteral("roaming@example.test");
    QVERIFY(m_kit.world().server.createUser(email, QStringLiteral("worker"),
                                            QStringLiteral("roaming password")) > 0);
    const QJsonObject wrong{{QStringLiteral("email"), email},
                            {QStringLiteral("password"), QStringLiteral("not the password")}};
    Http *instances[] = {m_kit.world().http.get(), m_httpB.get(), m_httpC.get()};
    // Five failures (the default limit), spread over the three instances...
    for (int i = 0; i < 5; ++i)
        QCOMPARE(instances[i % 3]->post(QStringLiteral("/api/v1/auth/login"), wrong).status, 401);
    // ...and every instance now refuses the account, even with its password.
    for (Http *http : instances) {
        const Reply r =
            http->post(QStringLiteral("/api/v1/auth/login"),
                       {{QStringLiteral("email"), email},
                        {QStringLiteral("password"), QStringLiteral("roaming password")}});
        QCOMPARE(r.status, 429);
    }
}

void TestInstances::instancesStartingTogetherMigrateOnce()
{
    // Three instances brought up at once on a new database: one migrates, the
    // others wait for it and find the schema current.
    PgScratch fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    QTemporaryDir dir;
    std::vector<std::unique_ptr<QProcess>> migrations;
    for (int i = 0; i < 3; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(JOBDESK_SERVER_BINARY),
                 {QStringLiteral("migrate"), QStringLiteral("--data-dir"), dir.path(),
                  QStringLiteral("--database"), fresh.url()});
        migrations.push_back(std::move(p));
    }
    for (auto &p : migrations) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAll().constData());
    }
    const QString name = QStringLiteral("fresh");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(fresh.url());
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT version) FROM "
                                      "schema_migrations")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_MAIN(TestInstances)
#include "tst_instances.moc"
