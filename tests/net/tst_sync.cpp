// The sync engine against the real server: offline work syncs exactly once, lost
// answers replay as "unchanged", a rejected entry blocks nothing and can be fixed,
// a conflict keeps the server's copy, and a backlog goes in batches.
#include "apiclient.h"
#include "localstore.h"
#include "syncengine.h"
#include "testclock.h"
#include "testserver.h"
#include "timetracker.h"
#include "uploadfixtures.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::net;
using namespace jobdesk::test;

namespace {

// Passes requests on to the server and throws its answers away: the server does
// the work and the client never hears about it, as when the network drops mid-reply.
class AnswerDropper final : public QObject
{
public:
    explicit AnswerDropper(quint16 target, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(target)
    {
        m_listener.listen(QHostAddress::LocalHost);
        connect(&m_listener, &QTcpServer::newConnection, this, &AnswerDropper::accept);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
    }
    int dropped() const { return m_dropped; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                upstream->readAll();
                ++m_dropped;
                client->abort();
                client->deleteLater();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_listener;
    quint16 m_target;
    int m_dropped = 0;
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offlineEntriesSyncExactlyOnce();
    void lostAnswerReplaysAsUnchanged();
    void answerLostOnTheWireIsNotDuplicated();
    void rejectedEntryDoesNotBlockOthersAndCanBeResent();
    void conflictKeepsTheServerCopy();
    void backlogGoesInBatches();
    void trackedTimeSyncsByItself();

private:
    qint64 newJob(const QString &title)
    {
        return m.assignedJob(title, m.worker1Id).value(QStringLiteral("id")).toInteger();
    }
    QList<TimeEntry> makeEntries(qint64 jobId, int count)
    {
        QList<TimeEntry> list;
        for (int i = 0; i < count; ++i) {
            TimeEntry e;
            e.id = QUuid::createUuid();
            e.jobId = jobId;
            e.startedAt = m_base.addSecs(qint64(i) * 120);
            e.endedAt = e.startedAt.addSecs(60);
            e.note = QStringLiteral("entry %1").arg(i);
            list.append(e);
        }
        return list;
    }
    QJsonArray serverEntries(qint64 jobId)
    {
        return m.http
            ->get(QStringLiteral("/api/v1/time-entries?jobId=%1&limit=1000").arg(jobId), m.worker1)
            .items();
    }
    // Runs one sync and returns whether it ended well.
    bool syncOnce()
    {
        QSignalSpy done(m_engine.get(), &SyncEngine::syncFinished);
        m_engine->syncNow();
        if (done.isEmpty() && !done.wait(15000))
            return false;
        return done.first().first().toBool();
    }

    World m;
    QDateTime m_base;
    std::unique_ptr<TokenApi> m_client;
    ApiClient *m_api = nullptr; // m_client's
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

void TestSync::initTestCase()
{
    QVERIFY(m.setUp());
    m_client = std::make_unique<TokenApi>(m.worker1, 10000);
    m_api = m_client->api();
    // Whole minutes three days ago: well clear of the server's "ends in the future" rule.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_base = QDateTime::fromSecsSinceEpoch(now - now % 60 - 3 * 86400, Qt::UTC);
}

void TestSync::init()
{
    m_api->setBaseUrl(m.server.url(QString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))).ok());
    m_engine = std::make_unique<SyncEngine>(m_store.get(), m_api);
    m_engine->setRetryDelays(100, 400);
}

void TestSync::cleanup()
{
    m_engine.reset();
    m_store.reset();
    if (!m.server.isRunning())
        QVERIFY(m.server.start());
}

void TestSync::offlineEntriesSyncExactlyOnce()
{
    const qint64 job = newJob(QStringLiteral("Offline work"));
    QVERIFY(job > 0);
    m.server.stop();
    const QList<TimeEntry> entries = makeEntries(job, 5);
    QVERIFY(m_store->addEntries(entries).ok());

    QSignalSpy retries(m_engine.get(), &SyncEngine::retryIn);
    QVERIFY(!syncOnce());
    QVERIFY(!m_engine->lastError().isEmpty());
    QVERIFY(m_engine->retryScheduled());
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 3, 10000); // it keeps trying, backing off
    QVERIFY(retries.at(0).at(0).toInt() <= retries.at(1).at(0).toInt());
    for (const auto &r : std::as_const(retries))
        QVERIFY(r.at(0).toInt() <= 400);
    QCOMPARE(m_engine->counts().pending, 5);
    QCOMPARE(m_store->counts().value.pending, 5);

    QVERIFY(m.server.start()); // same data, another port
    m_api->setBaseUrl(m.server.url(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->counts().synced, 5, 15000); // by the retry timer
    QCOMPARE(m_engine->counts().pending, 0);
    QCOMPARE(serverEntries(job).size(), 5);

    QVERIFY(syncOnce()); // nothing left to send, nothing doubled
    QCOMPARE(serverEntries(job).size(), 5);
    QVERIFY(!m_engine->retryScheduled());
}

void TestSync::lostAnswerReplaysAsUnchanged()
{
    const qint64 job = newJob(QStringLiteral("Lost answer"));
    QVERIFY(m_store->addEntries(makeEntries(job, 3)).ok());
    QVERIFY(syncOnce());
    QCOMPARE(m_store->counts().value.synced, 3);
    const QJsonArray before = serverEntries(job);
    QCOMPARE(before.size(), 3);

    // As if the answer never arrived: everything is sent again.
    QVERIFY(m_store->resetToPending().ok());
    QVERIFY(syncOnce());
    QCOMPARE(m_store->counts().value.synced, 3);
    const QJsonArray after = serverEntries(job);
    QCOMPARE(after, before); // same entries, same updatedAt: answered "unchanged"
}

void TestSync::answerLostOnTheWireIsNotDuplicated()
{
    const qint64 job = newJob(QStringLiteral("Lost on the wire"));
    QVERIFY(m_store->addEntries(makeEntries(job, 4)).ok());
    m_engine->setRetryDelays(60000, 60000); // this test retries by hand
    AnswerDropper dropper(m.server.port());
    m_api->setBaseUrl(dropper.url());
    QVERIFY(!syncOnce());
    QVERIFY(dropper.dropped() >= 1);
    QCOMPARE(serverEntries(job).size(), 4);       // the server applied the batch...
    QCOMPARE(m_store->counts().value.pending, 4); // ...the client could not know

    m_api->setBaseUrl(m.server.url(QString()));
    QVERIFY(syncOnce());
    QCOMPARE(m_store->counts().value.synced, 4);
    QCOMPARE(serverEntries(job).size(), 4);
}

void TestSync::rejectedEntryDoesNotBlockOthersAndCanBeResent()
{
    const qint64 job = newJob(QStringLiteral("Mine"));
    const qint64 notMine = m.assignedJob(QStringLiteral("Dara's"), m.worker2Id)
                               .value(QStringLiteral("id"))
                               .toInteger();
    QVERIFY(notMine > 0);
    QList<TimeEntry> entries = makeEntries(job, 3);
    entries[1].jobId = notMine;
    QVERIFY(m_store->addEntries(entries).ok());

    QVERIFY(syncOnce()); // a refused entry is an answer, not a failed run
    SyncCounts counts = m_engine->counts();
    QCOMPARE(counts.synced, 2);
    QCOMPARE(counts.rejected, 1);
    const auto rejected = m_store->entry(entries[1].id).value;
    QCOMPARE(toString(rejected->state), toString(SyncState::Rejected));
    QVERIFY2(rejected->reason.contains(QStringLiteral("not assigned")),
             qPrintable(rejected->reason));
    QCOMPARE(serverEntries(job).size(), 2);

    TimeEntry fixed = rejected->entry;
    fixed.jobId = job;
    QVERIFY(m_store->editEntry(fixed).ok());
    QCOMPARE(m_engine->counts().pending, 1);
    QVERIFY(syncOnce());
    counts = m_engine->counts();
    QCOMPARE(counts.synced, 3);
    QCOMPARE(counts.rejected, 0);
    QCOMPARE(serverEntries(job).size(), 3);
}

void TestSync::conflictKeepsTheServerCopy()
{
    const qint64 job = newJob(QStringLiteral("Conflicted"));
    TimeEntry e = makeEntries(job, 1).first();
    QVERIFY(m_store->addEntry(e).ok());
    QVERIFY(syncOnce());

    // Another device of the same worker wrote revision 3 meanwhile.
    QJsonObject theirs = toSyncJson(e);
    theirs.insert(QStringLiteral("revision"), 3);
    theirs.insert(QStringLiteral("note"), QStringLiteral("from the other laptop"));
    const Reply r = m.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                                 {{QStringLiteral("entries"), QJsonArray{theirs}}}, m.worker1);
    QCOMPARE(r.status, 200);

    e.note = QStringLiteral("mine");
    QVERIFY(m_store->editEntry(e).ok()); // revision 2, older than the server's 3
    QVERIFY(syncOnce());
    const auto conflicted = m_store->entry(e.id).value;
    QCOMPARE(toString(conflicted->state), toString(SyncState::Conflict));
    QCOMPARE(conflicted->entry.note, QStringLiteral("mine"));
    QVERIFY(conflicted->serverCopy);
    QCOMPARE(conflicted->serverCopy->note, QStringLiteral("from the other laptop"));
    QCOMPARE(conflicted->serverCopy->revision, 3);
    QVERIFY(conflicted->reason.contains(QStringLiteral("revision 3")));
    QCOMPARE(m_engine->counts().conflict, 1);

    QVERIFY(m_store->resolveConflict(e.id, ConflictChoice::KeepMine).ok());
    QVERIFY(syncOnce());
    QCOMPARE(toString(m_store->entry(e.id).value->state), toString(SyncState::Synced));
    const QJsonObject stored = serverEntries(job).first().toObject();
    QCOMPARE(stored.value(QStringLiteral("note")).toString(), QStringLiteral("mine"));
    QCOMPARE(stored.value(QStringLiteral("revision")).toInt(), 4);
}

void TestSync::backlogGoesInBatches()
{
    const qint64 job = newJob(QStringLiteral("A long week offline"));
    QVERIFY(m_store->addEntries(makeEntries(job, 700)).ok());
    m_engine->setBatchSize(5000);
    QCOMPARE(m_engine->batchSize(), SyncEngine::MaxBatch);
    QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
    QVERIFY(syncOnce());
    QCOMPARE(progress.size(), 2); // 500 + 200
    QCOMPARE(progress.at(0).at(0).toInt(), 500);
    QCOMPARE(progress.last().at(0).toInt(), 700);
    QCOMPARE(progress.last().at(1).toInt(), 700);
    QCOMPARE(m_engine->counts().synced, 700);
    QCOMPARE(serverEntries(job).size(), 700);
}

void TestSync::trackedTimeSyncsByItself()
{
    const qint64 job = newJob(QStringLiteral("Tracked"));
    TestClock clock;
    clock.setManual(m_base.addSecs(-7200).toMSecsSinceEpoch());
    TimeTracker tracker(m_store.get(), &clock);
    tracker.setGapTolerance(2 * 3600 * 1000); // the hour below passes in one step
    m_engine->setAutoSync(true);
    QVERIFY(tracker.start(job, QStringLiteral("autosync")).ok());
    clock.advance(3600 * 1000);
    QVERIFY(tracker.stop().ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->counts().synced, 1, 10000);
    const QJsonArray stored = serverEntries(job);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(QStringLiteral("seconds")).toInt(), 3600);
    QCOMPARE(stored.first().toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("timer"));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
