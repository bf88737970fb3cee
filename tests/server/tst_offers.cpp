// Offers on the real binary: an admin offers a job inside an acceptance window,
// the worker accepts or declines with a reason, the server clock expires it,
// every step reaches the worker live, and nothing ends twice.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace jobdesk::test;

class TestOffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m.setUp()); }
    void offerIsSeenLiveAndAccepted();
    void declineNeedsAReasonAndReturnsTheJob();
    void secondOfferKeepsTheJobMatching();
    void serverClockExpiresOffers();
    void overdueOffersExpireAtStart();
    void onlyTheWorkerAnswers();

private:
    qint64 offer(qint64 jobId, qint64 workerId, int windowSeconds = 900)
    {
        const Reply r = m.http->post(QStringLiteral("/api/v1/jobs/%1/offers").arg(jobId),
                                     {{QStringLiteral("workerId"), workerId},
                                      {QStringLiteral("windowSeconds"), windowSeconds}},
                                     m.admin);
        if (r.status != 201)
            qWarning("offer: %d %s", r.status, r.body.constData());
        return r.json().value(QStringLiteral("id")).toInteger();
    }
    QJsonObject job(qint64 id)
    {
        return m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(id), m.admin).json();
    }
    QString offerStatus(qint64 id, const QString &token)
    {
        for (const QJsonValue &v :
             m.http->get(QStringLiteral("/api/v1/offers?limit=500"), token).items()) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return {};
    }
    World m;
};

void TestOffers::offerIsSeenLiveAndAccepted()
{
    QWebSocket socket;
    QList<QJsonObject> frames;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&](const QString &t) { frames << QJsonDocument::fromJson(t.toUtf8()).object(); });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m.server.port())));
    QSignalSpy up(&socket, &QWebSocket::connected);
    QVERIFY(up.wait(5000));
    socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                  {QStringLiteral("accessToken"), m.worker1}})
            .toJson(QJsonDocument::Compact)));
    const auto seen = [&](const QString &type) {
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QJsonObject &f) {
            return f.value(QStringLiteral("type")).toString() == type;
        });
    };
    QTRY_VERIFY(seen(QStringLiteral("ready")));

    const qint64 jobId =
        m.createJob(QStringLiteral("Offered job")).value(QStringLiteral("id")).toInteger();
    const qint64 id = offer(jobId, m.worker1Id);
    QVERIFY(id > 0);
    QCOMPARE(job(jobId).value(QStringLiteral("status")).toString(), QStringLiteral("matching"));
    QTRY_VERIFY_WITH_TIMEOUT(seen(QStringLiteral("offer.created")), 5000);
    QVERIFY(seen(QStringLiteral("notification.created")));
    // The offered worker sees the job; the other does not.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(jobId), m.worker1).status, 200);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(jobId), m.worker2).status, 404);
    QCOMPARE(offerStatus(id, m.worker1), QStringLiteral("pending"));
    QCOMPARE(offerStatus(id, m.worker2), QString());

    const Reply accepted =
        m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(id), {}, m.worker1);
    QVERIFY2(accepted.status == 200, accepted.body.constData());
    QCOMPARE(accepted.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("assigned"));
    QCOMPARE(accepted.json().value(QStringLiteral("workerId")).toInteger(), m.worker1Id);
    QTRY_VERIFY_WITH_TIMEOUT(seen(QStringLiteral("job.assigned")), 5000);
    QCOMPARE(offerStatus(id, m.worker1), QStringLiteral("accepted"));
    const Reply again =
        m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(id), {}, m.worker1);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemType(), QStringLiteral("urn:jobdesk:problem:offer-closed"));
}

void TestOffers::declineNeedsAReasonAndReturnsTheJob()
{
    const qint64 jobId =
        m.createJob(QStringLiteral("Declined job")).value(QStringLiteral("id")).toInteger();
    const qint64 id = offer(jobId, m.worker2Id);
    const QString path = QStringLiteral("/api/v1/offers/%1/decline").arg(id);
    QCOMPARE(m.http->post(path, {}, m.worker2).status, 422);
    QCOMPARE(
        m.http->post(path, {{QStringLiteral("reason"), QStringLiteral("   ")}}, m.worker2).status,
        422);
    const Reply declined = m.http->post(
        path, {{QStringLiteral("reason"), QStringLiteral("Fully booked this week")}}, m.worker2);
    QCOMPARE(declined.status, 200);
    QCOMPARE(declined.json().value(QStringLiteral("declineReason")).toString(),
             QStringLiteral("Fully booked this week"));
    const QJsonObject j = job(jobId);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(j.value(QStringLiteral("needsAttention")).toBool());
    // The declined worker no longer sees the job.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(jobId), m.worker2).status, 404);
    // The audit log tells the story.
    const Reply audit =
        m.http->get(QStringLiteral("/api/v1/audit?entity=job&entityId=%1").arg(jobId), m.admin);
    QStringList actions;
    for (const QJsonValue &v : audit.items())
        actions.prepend(v.toObject().value(QStringLiteral("action")).toString());
    QCOMPARE(actions, (QStringList{QStringLiteral("job.create"), QStringLiteral("offer.create"),
                                   QStringLiteral("offer.declined")}));
}

void TestOffers::secondOfferKeepsTheJobMatching()
{
    const qint64 jobId =
        m.createJob(QStringLiteral("Two offers")).value(QStringLiteral("id")).toInteger();
    const qint64 first = offer(jobId, m.worker1Id);
    const qint64 second = offer(jobId, m.worker2Id);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/offers").arg(jobId),
                        {{QStringLiteral("workerId"), m.worker1Id}}, m.admin)
                 .status,
             409);
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/offers/%1/decline").arg(first),
                        {{QStringLiteral("reason"), QStringLiteral("Not my field")}}, m.worker1)
                 .status,
             200);
    QCOMPARE(job(jobId).value(QStringLiteral("status")).toString(), QStringLiteral("matching"));
    QCOMPARE(
        m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(second), {}, m.worker2).status,
        200);
    QCOMPARE(job(jobId).value(QStringLiteral("workerId")).toInteger(), m.worker2Id);
}

void TestOffers::serverClockExpiresOffers()
{
    const qint64 jobId =
        m.createJob(QStringLiteral("Short window")).value(QStringLiteral("id")).toInteger();
    const qint64 id = offer(jobId, m.worker1Id, 1);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(offerStatus(id, m.worker1), QStringLiteral("expired"), 8000);
    const QJsonObject j = job(jobId);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(j.value(QStringLiteral("needsAttention")).toBool());
    const Reply late =
        m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(id), {}, m.worker1);
    QCOMPARE(late.status, 409);
    // Expired once: one offer.expired event for it.
    int expiredEvents = 0;
    for (const QJsonValue &v :
         m.http->get(QStringLiteral("/api/v1/events?limit=1000"), m.admin).items()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() == QLatin1String("offer.expired") &&
            e.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("offer"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger() == id)
            ++expiredEvents;
    }
    QCOMPARE(expiredEvents, 1);
}

void TestOffers::overdueOffersExpireAtStart()
{
    const qint64 jobId =
        m.createJob(QStringLiteral("Restart window")).value(QStringLiteral("id")).toInteger();
    const qint64 id = offer(jobId, m.worker2Id, 2);
    const qint64 due = QDateTime::currentMSecsSinceEpoch() + 2000;
    m.server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > due, 5000);
    QVERIFY(m.server.start());
    m.http = std::make_unique<Http>(m.server);
    QTRY_COMPARE_WITH_TIMEOUT(offerStatus(id, m.admin), QStringLiteral("expired"), 5000);
}

void TestOffers::onlyTheWorkerAnswers()
{
    const qint64 jobId =
        m.createJob(QStringLiteral("Answer rights")).value(QStringLiteral("id")).toInteger();
    const qint64 id = offer(jobId, m.worker1Id);
    QCOMPARE(m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(id), {}, m.worker2).status,
             404);
    QCOMPARE(m.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(id), {}, m.admin).status,
             403);
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/offers").arg(jobId),
                        {{QStringLiteral("workerId"), m.worker2Id}}, m.worker1)
                 .status,
             403);
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/offers").arg(jobId),
                        {{QStringLiteral("workerId"), m.adminId}}, m.admin)
                 .status,
             422);
}

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"
