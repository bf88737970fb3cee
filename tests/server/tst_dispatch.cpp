// The dispatch engine on the real binary: explained rankings, the offer cascade
// through a decline, an expiry and an acceptance (seen live by an admin), the
// short list running out, a restart in the middle of an offer window, and
// racing dispatch requests that must never make two offers for one job.
#include "dispatchkit.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace jobdesk::test;

namespace {

const QString Type = QStringLiteral("type");

QJsonObject byWorker(const QJsonArray &list, qint64 workerId)
{
    return offerOf(list, workerId);
}

QStringList reasonCodes(const QJsonObject &excluded)
{
    QStringList codes;
    for (const QJsonValue &r : excluded.value(QStringLiteral("reasons")).toArray())
        codes << r.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

// True when `needles` occur in `hay` in this order (others may lie between).
bool inOrder(const QStringList &hay, const QStringList &needles)
{
    qsizetype at = 0;
    for (const QString &n : needles) {
        at = hay.indexOf(n, at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(k.setUp(3)); }
    void candidatesAreRankedAndExplained();
    void cascadeGoesThroughDeclineExpiryAndAcceptance();
    void exhaustedShortlistFlagsTheJob();
    void nobodyEligibleIsAConflict();
    void oneCascadePerJobAndAdminsTakeOver();
    void racingDispatchesMakeOneOffer();
    void restartInTheWindowExpiresOnce();

private:
    qint64 lastEventId()
    {
        qint64 after = 0;
        for (;;) {
            const QJsonObject page =
                k.http()
                    .get(QStringLiteral("/api/v1/events?after=%1&limit=1000").arg(after), k.admin())
                    .json();
            after = page.value(QStringLiteral("lastId")).toInteger();
            if (!page.value(QStringLiteral("more")).toBool())
                return after;
        }
    }
    DispatchKit k;
};

void TestDispatch::candidatesAreRankedAndExplained()
{
    const QString skill = QStringLiteral("copy-t1");
    const DispatchWorker ana = k.worker(QStringLiteral("Ana"), {{skill, 5}});
    const DispatchWorker bo = k.worker(QStringLiteral("Bo"), {{skill, 3}});
    const DispatchWorker cy = k.worker(QStringLiteral("Cy"), {{skill, 1}});
    const DispatchWorker di = k.worker(QStringLiteral("Di"), {});
    const DispatchWorker ed =
        k.worker(QStringLiteral("Ed"), {{skill, 5}}, 3, QStringLiteral("disabled"));
    const DispatchWorker fe = k.worker(QStringLiteral("Fe"), {{skill, 4}}, 1);
    QVERIFY(ana.id && bo.id && cy.id && di.id && ed.id && fe.id);
    QVERIFY(!k.world().assignedJob(QStringLiteral("Fe is busy"), fe.id).isEmpty());
    const qint64 jobId = k.job(QStringLiteral("Landing page copy"), skill, 2);

    const Reply r =
        k.http().get(QStringLiteral("/api/v1/jobs/%1/candidates").arg(jobId), k.admin());
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("jobId")).toInteger(), jobId);
    QVERIFY(!body.value(QStringLiteral("computedAt")).toString().isEmpty());
    double weightSum = 0;
    const QJsonObject weights = body.value(QStringLiteral("weights")).toObject();
    QCOMPARE(weights.keys(),
             (QStringList{QStringLiteral("availability"), QStringLiteral("fairness"),
                          QStringLiteral("load"), QStringLiteral("quality"),
                          QStringLiteral("skillFit"), QStringLiteral("urgency")}));
    for (const QJsonValue &w : weights)
        weightSum += w.toDouble();
    QVERIFY(qAbs(weightSum - 1.0) < 1e-9);

    const QJsonArray ranked = body.value(QStringLiteral("ranked")).toArray();
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.at(0).toObject().value(QStringLiteral("workerId")).toInteger(), ana.id);
    QCOMPARE(ranked.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Ana"));
    QCOMPARE(ranked.at(1).toObject().value(QStringLiteral("workerId")).toInteger(), bo.id);
    const QStringList factorNames{QStringLiteral("skillFit"), QStringLiteral("availability"),
                                  QStringLiteral("load"),     QStringLiteral("quality"),
                                  QStringLiteral("fairness"), QStringLiteral("urgency")};
    QList<double> skillPoints;
    for (const QJsonValue &v : ranked) {
        const QJsonObject c = v.toObject();
        const QJsonArray factors = c.value(QStringLiteral("factors")).toArray();
        QStringList names;
        double sum = 0;
        for (const QJsonValue &f : factors) {
            const QJsonObject fo = f.toObject();
            names << fo.value(QStringLiteral("factor")).toString();
            sum += fo.value(QStringLiteral("points")).toDouble();
            QVERIFY(fo.contains(QStringLiteral("value")) && fo.contains(QStringLiteral("weight")));
            QVERIFY(!fo.value(QStringLiteral("detail")).toString().isEmpty());
            if (names.last() == QLatin1String("skillFit"))
                skillPoints << fo.value(QStringLiteral("points")).toDouble();
        }
        QCOMPARE(names, factorNames);
        QVERIFY2(qAbs(sum - c.value(QStringLiteral("score")).toDouble()) < 0.05,
                 qPrintable(QStringLiteral("score %1, points sum %2")
                                .arg(c.value(QStringLiteral("score")).toDouble())
                                .arg(sum)));
    }
    QVERIFY(skillPoints.at(0) > skillPoints.at(1));

    QHash<qint64, QJsonObject> excluded;
    for (const QJsonValue &v : body.value(QStringLiteral("excluded")).toArray())
        excluded.insert(v.toObject().value(QStringLiteral("workerId")).toInteger(), v.toObject());
    QCOMPARE(reasonCodes(excluded.value(cy.id)), QStringList{QStringLiteral("skillTooLow")});
    QCOMPARE(excluded.value(cy.id)
                 .value(QStringLiteral("reasons"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toString(),
             QStringLiteral("copy-t1 level 1 < 2"));
    QCOMPARE(reasonCodes(excluded.value(di.id)), QStringList{QStringLiteral("missingSkill")});
    QCOMPARE(reasonCodes(excluded.value(ed.id)), QStringList{QStringLiteral("notActive")});
    QCOMPARE(reasonCodes(excluded.value(fe.id)), QStringList{QStringLiteral("atCapacity")});
    QCOMPARE(reasonCodes(excluded.value(k.world().worker1Id)),
             QStringList{QStringLiteral("missingSkill")});
    // Looking is not dispatching: nothing was offered and nothing changed.
    QCOMPARE(k.offers(jobId).size(), 0);
    QCOMPARE(k.jobJson(jobId).value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(k.http().get(QStringLiteral("/api/v1/jobs/999999/candidates"), k.admin()).status, 404);
}

void TestDispatch::cascadeGoesThroughDeclineExpiryAndAcceptance()
{
    const QString skill = QStringLiteral("cascade-t2");
    const DispatchWorker p = k.worker(QStringLiteral("Pia"), {{skill, 5}});
    const DispatchWorker q = k.worker(QStringLiteral("Quin"), {{skill, 4}});
    const DispatchWorker r = k.worker(QStringLiteral("Ravi"), {{skill, 3}});
    QVERIFY(p.id && q.id && r.id);
    AdminSocket live;
    QVERIFY(live.open(k.world().server.port(), k.admin()));
    const qint64 jobId = k.job(QStringLiteral("Brochure text"), skill);

    // Started with the configured window (3 s here), short list 3.
    const Reply started = k.dispatch(jobId);
    QVERIFY2(started.status == 201, started.body.constData());
    const QJsonObject run = started.json().value(QStringLiteral("run")).toObject();
    const QJsonObject first = started.json().value(QStringLiteral("offer")).toObject();
    const qint64 runId = run.value(QStringLiteral("id")).toInteger();
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(run.value(QStringLiteral("shortlistSize")).toInt(), 3);
    QCOMPARE(run.value(QStringLiteral("windowSeconds")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("workerId")).toInteger(), p.id);
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("runId")).toInteger(), runId);
    QCOMPARE(started.json()
                 .value(QStringLiteral("job"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("matching"));

    // Decline: the next best gets the job in the same step.
    QCOMPARE(k.decline(first.value(QStringLiteral("id")).toInteger(), p, QStringLiteral("On leave"))
                 .status,
             200);
    const QJsonObject second = byWorker(k.offers(jobId), q.id);
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(second.value(QStringLiteral("rank")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("runId")).toInteger(), runId);
    QCOMPARE(k.pendingOffers(jobId), 1);

    // Quin lets it expire: the server clock moves the cascade on to Ravi.
    QTRY_VERIFY_WITH_TIMEOUT(!byWorker(k.offers(jobId), r.id).isEmpty(), 10000);
    QCOMPARE(byWorker(k.offers(jobId), q.id).value(QStringLiteral("status")).toString(),
             QStringLiteral("expired"));
    const QJsonObject third = byWorker(k.offers(jobId), r.id);
    QCOMPARE(third.value(QStringLiteral("rank")).toInt(), 3);
    const Reply accepted = k.accept(third.value(QStringLiteral("id")).toInteger(), r);
    QVERIFY2(accepted.status == 200, accepted.body.constData());
    QCOMPARE(accepted.json().value(QStringLiteral("workerId")).toInteger(), r.id);
    QCOMPARE(accepted.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("assigned"));
    QCOMPARE(k.pendingOffers(jobId), 0);

    // The admin saw every step live, in order, with the run on the offers.
    QTRY_VERIFY_WITH_TIMEOUT(!live.events(QStringLiteral("job.assigned"), jobId).isEmpty(), 5000);
    const QStringList seen = live.types(jobId);
    // Each step's offer events come first, then the job's own event.
    QVERIFY2(inOrder(seen, {QStringLiteral("job.created"), QStringLiteral("offer.created"),
                            QStringLiteral("job.transitioned"), QStringLiteral("offer.declined"),
                            QStringLiteral("offer.created"), QStringLiteral("job.updated"),
                            QStringLiteral("offer.expired"), QStringLiteral("offer.created"),
                            QStringLiteral("job.updated"), QStringLiteral("job.assigned")}),
             qPrintable(seen.join(QLatin1Char(' '))));
    const QList<QJsonObject> created = live.events(QStringLiteral("offer.created"), jobId);
    QCOMPARE(created.size(), 3);
    for (const QJsonObject &e : created)
        QCOMPARE(e.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("offer"))
                     .toObject()
                     .value(QStringLiteral("runId"))
                     .toInteger(),
                 runId);
    const QJsonObject assignedRun = live.events(QStringLiteral("job.assigned"), jobId)
                                        .first()
                                        .value(QStringLiteral("data"))
                                        .toObject()
                                        .value(QStringLiteral("run"))
                                        .toObject();
    QCOMPARE(assignedRun.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(assignedRun.value(QStringLiteral("offersMade")).toInt(), 3);

    // Every step is in the job's audit trail.
    QCOMPARE(k.actions(jobId),
             (QStringList{QStringLiteral("job.create"), QStringLiteral("dispatch.ranked"),
                          QStringLiteral("dispatch.offered"), QStringLiteral("job.dispatch"),
                          QStringLiteral("dispatch.declined"), QStringLiteral("dispatch.ranked"),
                          QStringLiteral("dispatch.offered"), QStringLiteral("offer.declined"),
                          QStringLiteral("dispatch.expired"), QStringLiteral("dispatch.ranked"),
                          QStringLiteral("dispatch.offered"), QStringLiteral("offer.expired"),
                          QStringLiteral("dispatch.accepted"), QStringLiteral("offer.accept")}));
    const QJsonArray trail = k.audit(jobId);
    const QJsonObject declined = trail.at(4).toObject().value(QStringLiteral("after")).toObject();
    QCOMPARE(declined.value(QStringLiteral("reason")).toString(), QStringLiteral("On leave"));
    QCOMPARE(declined.value(QStringLiteral("workerId")).toInteger(), p.id);
    const QJsonObject ranked = trail.at(1).toObject().value(QStringLiteral("after")).toObject();
    QCOMPARE(ranked.value(QStringLiteral("top"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("workerId"))
                 .toInteger(),
             p.id);
    QVERIFY(ranked.value(QStringLiteral("excluded")).toInt() > 0);
    QVERIFY(ranked.value(QStringLiteral("excludedBy"))
                .toObject()
                .value(QStringLiteral("missingSkill"))
                .toInt() > 0);
}

void TestDispatch::exhaustedShortlistFlagsTheJob()
{
    const QString skill = QStringLiteral("exhaust-t3");
    const DispatchWorker a = k.worker(QStringLiteral("Aki"), {{skill, 5}});
    const DispatchWorker b = k.worker(QStringLiteral("Ben"), {{skill, 4}});
    const DispatchWorker c = k.worker(QStringLiteral("Cai"), {{skill, 3}});
    const qint64 jobId = k.job(QStringLiteral("Data cleanup"), skill);
    const Reply started = k.dispatch(jobId, 900, 2);
    QCOMPARE(started.status, 201);
    QCOMPARE(k.decline(byWorker(k.offers(jobId), a.id).value(QStringLiteral("id")).toInteger(), a)
                 .status,
             200);
    QCOMPARE(k.decline(byWorker(k.offers(jobId), b.id).value(QStringLiteral("id")).toInteger(), b)
                 .status,
             200);
    // Two failed offers with a short list of two: back to pending, flagged; Cai
    // was never asked.
    QJsonObject job = k.jobJson(jobId);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(job.value(QStringLiteral("needsAttention")).toBool());
    QVERIFY(byWorker(k.offers(jobId), c.id).isEmpty());
    QCOMPARE(k.pendingOffers(jobId), 0);
    const QJsonArray trail = k.audit(jobId);
    const QJsonObject last = trail.at(trail.size() - 2).toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("dispatch.exhausted"));
    QCOMPARE(
        last.value(QStringLiteral("after")).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("the short list is used up"));

    // An admin restarts it: the one left gets the offer, the flag goes.
    const Reply again = k.dispatch(jobId, 900, 2);
    QVERIFY2(again.status == 201, again.body.constData());
    QCOMPARE(again.json()
                 .value(QStringLiteral("offer"))
                 .toObject()
                 .value(QStringLiteral("workerId"))
                 .toInteger(),
             c.id);
    QVERIFY(!again.json()
                 .value(QStringLiteral("job"))
                 .toObject()
                 .value(QStringLiteral("needsAttention"))
                 .toBool());

    // Nobody eligible left before the short list ends: exhausted too.
    const DispatchWorker solo = k.worker(QStringLiteral("Solo"), {{QStringLiteral("alone-t3"), 2}});
    const qint64 lonely = k.job(QStringLiteral("Only one can"), QStringLiteral("alone-t3"));
    QCOMPARE(k.dispatch(lonely, 900).status, 201);
    QCOMPARE(
        k.decline(byWorker(k.offers(lonely), solo.id).value(QStringLiteral("id")).toInteger(), solo)
            .status,
        200);
    job = k.jobJson(lonely);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(job.value(QStringLiteral("needsAttention")).toBool());
    const QJsonArray lonelyTrail = k.audit(lonely);
    QCOMPARE(lonelyTrail.at(lonelyTrail.size() - 2)
                 .toObject()
                 .value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("nobody eligible is left"));
}

void TestDispatch::nobodyEligibleIsAConflict()
{
    const qint64 jobId = k.job(QStringLiteral("Ancient Greek"), QStringLiteral("nobody-t4"));
    const Reply r = k.dispatch(jobId);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:no-candidates"));
    const QJsonArray excluded = r.json().value(QStringLiteral("excluded")).toArray();
    QVERIFY(excluded.size() >= 2);
    for (const QJsonValue &v : excluded)
        QVERIFY(reasonCodes(v.toObject()).contains(QStringLiteral("missingSkill")));
    const QJsonObject job = k.jobJson(jobId);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(job.value(QStringLiteral("needsAttention")).toBool());
    QCOMPARE(k.actions(jobId),
             (QStringList{QStringLiteral("job.create"), QStringLiteral("dispatch.ranked"),
                          QStringLiteral("job.flag")}));
    // Asking again ranks again (audited) but changes nothing else.
    QCOMPARE(k.dispatch(jobId).status, 409);
    QCOMPARE(k.actions(jobId).size(), 4);
    QCOMPARE(k.offers(jobId).size(), 0);
}

void TestDispatch::oneCascadePerJobAndAdminsTakeOver()
{
    const QString skill = QStringLiteral("takeover-t5");
    const DispatchWorker x = k.worker(QStringLiteral("Xia"), {{skill, 5}});
    const DispatchWorker y = k.worker(QStringLiteral("Yuri"), {{skill, 4}});
    const qint64 jobId = k.job(QStringLiteral("Logo"), skill);
    QCOMPARE(k.dispatch(jobId, 900).status, 201);
    const Reply twice = k.dispatch(jobId, 900);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.problemType(), QStringLiteral("urn:jobdesk:problem:dispatch-running"));
    const qint64 assigned = k.world()
                                .assignedJob(QStringLiteral("Taken"), y.id)
                                .value(QStringLiteral("id"))
                                .toInteger();
    const Reply notPending = k.dispatch(assigned);
    QCOMPARE(notPending.status, 409);
    QCOMPARE(notPending.problemType(), QStringLiteral("urn:jobdesk:problem:illegal-transition"));
    QCOMPARE(k.dispatch(999999).status, 404);
    const QString path = QStringLiteral("/api/v1/jobs/%1/dispatch").arg(jobId);
    QCOMPARE(k.http().post(path, {{QStringLiteral("windowSeconds"), 0}}, k.admin()).status, 422);
    QCOMPARE(k.http().post(path, {{QStringLiteral("shortlistSize"), 51}}, k.admin()).status, 422);
    QCOMPARE(k.http().post(path, {{QStringLiteral("colour"), 1}}, k.admin()).status, 422);

    // A direct offer stops the run: Xia's decline then moves nothing on.
    const Reply direct = k.http().post(QStringLiteral("/api/v1/jobs/%1/offers").arg(jobId),
                                       {{QStringLiteral("workerId"), y.id}}, k.admin());
    QCOMPARE(direct.status, 201);
    QVERIFY(direct.json().value(QStringLiteral("runId")).isNull());
    QCOMPARE(direct.json().value(QStringLiteral("rank")).toInt(), 0);
    QCOMPARE(k.actions(jobId).last(), QStringLiteral("offer.create"));
    QVERIFY(k.actions(jobId).contains(QStringLiteral("dispatch.stopped")));
    QCOMPARE(k.decline(byWorker(k.offers(jobId), x.id).value(QStringLiteral("id")).toInteger(), x)
                 .status,
             200);
    QCOMPARE(k.offers(jobId).size(), 2);
    QCOMPARE(k.jobJson(jobId).value(QStringLiteral("status")).toString(),
             QStringLiteral("matching"));

    // Assigning takes over too: the run stops and its offer is withdrawn.
    const qint64 other = k.job(QStringLiteral("Banner"), skill);
    QCOMPARE(k.dispatch(other, 900).status, 201);
    QCOMPARE(k.http()
                 .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(other),
                       {{QStringLiteral("workerId"), y.id}}, k.admin())
                 .status,
             200);
    QCOMPARE(k.offers(other).at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("withdrawn"));
    const QJsonArray trail = k.audit(other);
    const QJsonObject stopped = trail.at(trail.size() - 2).toObject();
    QCOMPARE(stopped.value(QStringLiteral("action")).toString(),
             QStringLiteral("dispatch.stopped"));
    QCOMPARE(
        stopped.value(QStringLiteral("after")).toObject().value(QStringLiteral("cause")).toString(),
        QStringLiteral("job.assign"));
    QCOMPARE(trail.last().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("job.assign"));
    // With the run stopped, the job can be dispatched again after it is pending.
    QCOMPARE(k.http()
                 .post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(other),
                       {{QStringLiteral("to"), QStringLiteral("pending")}}, k.admin())
                 .status,
             200);
    QCOMPARE(k.dispatch(other, 900).status, 201);
}

void TestDispatch::racingDispatchesMakeOneOffer()
{
    const QString skill = QStringLiteral("race-t6");
    for (const char *name : {"Rae", "Rio", "Roo"})
        QVERIFY(k.worker(QString::fromLatin1(name), {{skill, 3}}).id);
    QList<qint64> jobs;
    QJsonArray ids;
    for (int i = 0; i < 30; ++i) {
        jobs << k.job(QStringLiteral("Race %1").arg(i), skill);
        ids.append(jobs.last());
    }
    // Many clients at once: single dispatches and overlapping bulk runs.
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    for (int i = 0; i < 4; ++i)
        clients.push_back(std::make_unique<QNetworkAccessManager>());
    struct Sent
    {
        QNetworkReply *reply;
        qint64 jobId; // 0: a bulk run
    };
    QList<Sent> sent;
    const auto post = [&](int client, const QString &path, const QJsonObject &body, qint64 jobId) {
        QNetworkRequest request(k.world().server.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", bearer(k.admin()));
        sent.append({clients[size_t(client)]->post(request, QJsonDocument(body).toJson()), jobId});
    };
    // Bulk runs over the same list collide on every job; singles land in between.
    int n = 0;
    for (int round = 0; round < 2; ++round) {
        for (int bulk = 0; bulk < 2; ++bulk)
            post(n++ % 4, QStringLiteral("/api/v1/dispatch/run"), {{QStringLiteral("jobIds"), ids}},
                 0);
        for (const qint64 id : std::as_const(jobs))
            post(n++ % 4, QStringLiteral("/api/v1/jobs/%1/dispatch").arg(id),
                 {{QStringLiteral("windowSeconds"), 900}}, id);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sent.cbegin(), sent.cend(),
                                         [](const Sent &s) { return s.reply->isFinished(); }),
                             60000);
    QHash<qint64, int> offered;
    for (const Sent &s : std::as_const(sent)) {
        const int status = s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(s.reply->readAll()).object();
        s.reply->deleteLater();
        if (s.jobId) {
            if (status == 201) {
                ++offered[s.jobId];
            } else {
                QCOMPARE(status, 409);
                QCOMPARE(body.value(Type).toString(),
                         QStringLiteral("urn:jobdesk:problem:dispatch-running"));
            }
            continue;
        }
        QCOMPARE(status, 200);
        for (const QJsonValue &v : body.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = v.toObject();
            if (item.value(QStringLiteral("outcome")).toString() == QLatin1String("offered"))
                ++offered[item.value(QStringLiteral("jobId")).toInteger()];
            else
                QCOMPARE(item.value(QStringLiteral("outcome")).toString(),
                         QStringLiteral("skipped"));
        }
    }
    for (const qint64 id : std::as_const(jobs)) {
        QCOMPARE(offered.value(id), 1);
        QCOMPARE(k.offers(id).size(), 1);
        QCOMPARE(k.pendingOffers(id), 1);
        QCOMPARE(k.actions(id).count(QStringLiteral("dispatch.offered")), 1);
    }
}

void TestDispatch::restartInTheWindowExpiresOnce()
{
    const QString skill = QStringLiteral("restart-t7");
    const DispatchWorker a = k.worker(QStringLiteral("Ama"), {{skill, 5}});
    const DispatchWorker b = k.worker(QStringLiteral("Bea"), {{skill, 4}});
    const qint64 jobId = k.job(QStringLiteral("Across a restart"), skill);
    const qint64 before = lastEventId();
    const Reply started = k.dispatch(jobId, 2);
    QCOMPARE(started.status, 201);
    const qint64 firstId = started.json()
                               .value(QStringLiteral("offer"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toInteger();
    const qint64 runId = started.json()
                             .value(QStringLiteral("run"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInteger();
    const qint64 due = QDateTime::currentMSecsSinceEpoch() + 2000;
    k.world().server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > due + 500, 10000);
    QVERIFY(k.world().server.start());
    k.world().http = std::make_unique<Http>(k.world().server);

    // Expired once at start; the cascade went on from there: Bea got one offer.
    QTRY_VERIFY_WITH_TIMEOUT(!byWorker(k.offers(jobId), b.id).isEmpty(), 10000);
    const QJsonArray offers = k.offers(jobId);
    QCOMPARE(byWorker(offers, a.id).value(QStringLiteral("status")).toString(),
             QStringLiteral("expired"));
    int toBea = 0;
    for (const QJsonValue &v : offers)
        toBea += v.toObject().value(QStringLiteral("workerId")).toInteger() == b.id;
    QCOMPARE(toBea, 1);
    const QJsonObject second = byWorker(offers, b.id);
    QCOMPARE(second.value(QStringLiteral("runId")).toInteger(), runId);
    QCOMPARE(second.value(QStringLiteral("rank")).toInt(), 2);
    int expiredEvents = 0;
    for (const QJsonValue &v :
         k.http()
             .get(QStringLiteral("/api/v1/events?after=%1&limit=1000").arg(before), k.admin())
             .items()) {
        const QJsonObject e = v.toObject();
        expiredEvents += e.value(Type).toString() == QLatin1String("offer.expired") &&
                         e.value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("offer"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger() == firstId;
    }
    QCOMPARE(expiredEvents, 1);
    int expiredSteps = 0;
    for (const QJsonValue &v : k.audit(jobId)) {
        const QJsonObject row = v.toObject();
        expiredSteps +=
            row.value(QStringLiteral("action")).toString() == QLatin1String("dispatch.expired") &&
            row.value(QStringLiteral("after"))
                    .toObject()
                    .value(QStringLiteral("offerId"))
                    .toInteger() == firstId;
    }
    QCOMPARE(expiredSteps, 1);
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
