// The deliverable upload queue against the real server: a full upload arrives
// byte for byte; an upload survives the client being killed, the server
// restarting, a pause; a file that changes is refused rather than mixed; finished
// files become the job's deliverable.
#include "apiclient.h"
#include "deliverablesubmitter.h"
#include "localstore.h"
#include "speedmeter.h"
#include "testserver.h"
#include "uploadfixtures.h"
#include "uploadqueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace jobdesk;
using namespace jobdesk::net;
using namespace jobdesk::test;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

} // namespace

class TestUploadQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullUploadArrivesByteForByte();
    void resumesAfterTheClientIsKilled();
    void waitsAndResumesAcrossAServerRestart();
    void queuedWhileOfflineStartsWhenReachable();
    void pauseAndResume();
    void fileChangedAfterHashingFailsClearly();
    void contentChangedBehindTheMtimeFailsAtTheServerCheck();
    void cancelDeletesTheServerUpload();
    void submittedFilesMoveTheJobToReview();
    void speedIsAMovingAverage();

private:
    // A job of worker1's, in progress, so deliverables may be uploaded.
    qint64 uploadableJob(const QString &title)
    {
        const qint64 id = m.assignedJob(title, m.worker1Id).value(QStringLiteral("id")).toInteger();
        const Reply r =
            m.http->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(id),
                         {{QStringLiteral("to"), QStringLiteral("in_progress")}}, m.worker1);
        return r.status == 200 ? id : 0;
    }
    QString makeFile(const QString &name, quint32 seed, qint64 size)
    {
        const QString path = m_dir->filePath(name);
        return writeFile(path, randomBytes(seed, size)) ? path : QString();
    }
    std::unique_ptr<UploadQueue> newQueue()
    {
        auto q = std::make_unique<UploadQueue>(m_store.get(), m_api);
        q->setChunkSize(256 * KiB);
        q->setRetryDelays(100, 400);
        return q;
    }
    QByteArray serverBytes(const QString &uploadId)
    {
        const Reply r = m.http->get(QStringLiteral("/api/v1/files/") + uploadId, m.worker1);
        return r.status == 200 ? r.body : QByteArray();
    }
    Reply serverHead(const QString &uploadId)
    {
        return m.http->send("HEAD", QStringLiteral("/api/v1/uploads/") + uploadId, {},
                            {{"Authorization", bearer(m.worker1)}});
    }
    UploadState stateOf(const QUuid &id) const
    {
        return m_queue->item(id).value_or(UploadItem{}).state;
    }

    World m;
    std::unique_ptr<TokenApi> m_client;
    ApiClient *m_api = nullptr; // m_client's
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<UploadQueue> m_queue;
};

void TestUploadQueue::initTestCase()
{
    QVERIFY(m.setUp());
    m_client = std::make_unique<TokenApi>(m.worker1, 10000);
    m_api = m_client->api();
}

void TestUploadQueue::init()
{
    m_api->setBaseUrl(m.server.url(QString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))).ok());
    m_queue = newQueue();
}

void TestUploadQueue::cleanup()
{
    m_queue.reset();
    m_store.reset();
    if (!m.server.isRunning())
        QVERIFY(m.server.start());
}

void TestUploadQueue::fullUploadArrivesByteForByte()
{
    const qint64 job = uploadableJob(QStringLiteral("Full upload"));
    QVERIFY(job > 0);
    const QString path = makeFile(QStringLiteral("report final.pdf"), 1, 3 * MiB + 12345);
    QSignalSpy hashing(m_queue.get(), &UploadQueue::hashProgress);
    QSignalSpy progress(m_queue.get(), &UploadQueue::progress);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    const auto added = m_queue->enqueue(job, path);
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(toString(stateOf(added.value)), toString(UploadState::Hashing));
    QVERIFY(finished.wait(20000));

    const UploadItem item = *m_queue->item(added.value);
    QCOMPARE(toString(item.state), toString(UploadState::Done));
    QCOMPARE(item.offset, item.size);
    QCOMPARE(item.displayName, QStringLiteral("report final.pdf"));
    const QByteArray local = readFile(path);
    QCOMPARE(item.sha256, QString::fromLatin1(
                              QCryptographicHash::hash(local, QCryptographicHash::Sha256).toHex()));
    QVERIFY(!hashing.isEmpty());
    QCOMPARE(progress.size(), 13); // 12 whole chunks and the rest
    const auto last = progress.constLast();
    QCOMPARE(last.at(1).toLongLong(), item.size);
    QCOMPARE(last.at(2).toLongLong(), item.size);
    QVERIFY(last.at(3).toDouble() > 0);
    QCOMPARE(last.at(4).toLongLong(), 0);
    QCOMPARE(toString(m_store->upload(added.value).value->state),
             toString(UploadState::Done)); // on disk too

    QCOMPARE(serverBytes(item.serverId), local);
    bool stored = false; // and under a generated name in the server's data dir
    QDirIterator it(m.server.dataDir() + QStringLiteral("/files"), QDir::Files);
    while (it.hasNext() && !stored)
        stored = readFile(it.next()) == local;
    QVERIFY(stored);
}

void TestUploadQueue::resumesAfterTheClientIsKilled()
{
    const qint64 job = uploadableJob(QStringLiteral("Killed client"));
    QVERIFY(job > 0);
    constexpr qint64 Chunk = 128 * KiB;
    const QString path = makeFile(QStringLiteral("video.mp4"), 2, 4 * MiB);
    const QString store = m_dir->filePath(QStringLiteral("helper.sqlite"));
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // 1 MiB/s: four seconds in all, so the kill lands mid-upload.
    helper.start(QStringLiteral(JOBDESK_UPLOAD_HELPER),
                 {store, m.server.url(QString()).toString(), m.worker1, QString::number(job), path,
                  QString::number(Chunk), QString::number(MiB)});
    QVERIFY(helper.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += helper.readAllStandardOutput(), out.count("progress ") >= 3),
                             20000);
    QCOMPARE(::kill(pid_t(helper.processId()), SIGKILL), 0);
    QVERIFY(helper.waitForFinished(5000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QVERIFY(!out.contains("done"));

    QVERIFY(m_store->open(store).ok());
    const UploadItem before = m_store->uploads().value.value(0);
    QVERIFY(!before.serverId.isEmpty());
    const Reply head = serverHead(before.serverId);
    QCOMPARE(head.status, 200);
    const qint64 serverOffset = head.header("Upload-Offset").toLongLong();
    QVERIFY(serverOffset >= 3 * Chunk && serverOffset < before.size);

    m_queue = newQueue();
    m_queue->setChunkSize(Chunk);
    QSignalSpy progress(m_queue.get(), &UploadQueue::progress);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    QVERIFY(finished.wait(20000));
    // It went on from where the server stood, on the same upload.
    QCOMPARE(progress.first().at(1).toLongLong(), serverOffset + Chunk);
    const UploadItem after = *m_queue->item(before.id);
    QCOMPARE(after.serverId, before.serverId);
    QCOMPARE(toString(after.state), toString(UploadState::Done));
    QCOMPARE(serverBytes(after.serverId), readFile(path));
}

void TestUploadQueue::waitsAndResumesAcrossAServerRestart()
{
    const qint64 job = uploadableJob(QStringLiteral("Server restart"));
    QVERIFY(job > 0);
    const QString path = makeFile(QStringLiteral("scan.tiff"), 3, 3 * MiB);
    QSignalSpy retries(m_queue.get(), &UploadQueue::retryIn);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    qint64 stoppedAt = 0;
    connect(m_queue.get(), &UploadQueue::progress, this,
            [this, &stoppedAt](const QUuid &, qint64 sent) {
                if (stoppedAt == 0 && sent >= 512 * KiB) {
                    stoppedAt = sent;
                    m.server.stop();
                }
            });
    const auto added = m_queue->enqueue(job, path);
    QVERIFY(added.ok());
    QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(added.value)),
                              toString(UploadState::WaitingForNetwork), 20000);
    QVERIFY(!m_queue->item(added.value)->error.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 2, 10000); // it keeps trying, backing off
    QCOMPARE(m_queue->item(added.value)->offset, stoppedAt);

    QVERIFY(m.server.start());
    m_api->setBaseUrl(m.server.url(QString()));
    QVERIFY(finished.wait(20000));
    const UploadItem item = *m_queue->item(added.value);
    QCOMPARE(toString(item.state), toString(UploadState::Done));
    QVERIFY(item.error.isEmpty());
    QCOMPARE(serverBytes(item.serverId), readFile(path));
}

void TestUploadQueue::queuedWhileOfflineStartsWhenReachable()
{
    const qint64 job = uploadableJob(QStringLiteral("Offline queue"));
    QVERIFY(job > 0);
    m.server.stop();
    const QString a = makeFile(QStringLiteral("a.bin"), 4, 300 * KiB);
    const QString b = makeFile(QStringLiteral("b.bin"), 5, 700 * KiB);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    const auto first = m_queue->enqueue(job, a);
    const auto second = m_queue->enqueue(job, b);
    QVERIFY(first.ok() && second.ok());
    QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(first.value)),
                              toString(UploadState::WaitingForNetwork), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(second.value)), toString(UploadState::Queued),
                              10000); // hashed, waits
    QVERIFY(m_queue->isRetryScheduled());

    QVERIFY(m.server.start());
    m_api->setBaseUrl(m.server.url(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(finished.at(0).at(0).toUuid(), first.value); // in the order they were added
    QCOMPARE(serverBytes(m_queue->item(first.value)->serverId), readFile(a));
    QCOMPARE(serverBytes(m_queue->item(second.value)->serverId), readFile(b));
}

void TestUploadQueue::pauseAndResume()
{
    const qint64 job = uploadableJob(QStringLiteral("Pause"));
    QVERIFY(job > 0);
    const QString path = makeFile(QStringLiteral("drawing.dwg"), 6, 2 * MiB);
    QSignalSpy progress(m_queue.get(), &UploadQueue::progress);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    const auto added = m_queue->enqueue(job, path);
    QVERIFY(added.ok());
    connect(m_queue.get(), &UploadQueue::progress, this, [this, &added](const QUuid &id) {
        if (id == added.value && stateOf(id) != UploadState::Paused)
            m_queue->pause(id);
    });
    QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(added.value)), toString(UploadState::Paused), 20000);
    const UploadItem paused = *m_queue->item(added.value);
    QCOMPARE(paused.offset, 256 * KiB);
    // Nothing more went out: the server stands where the client does.
    QCOMPARE(serverHead(paused.serverId).header("Upload-Offset").toLongLong(), paused.offset);
    QCOMPARE(toString(m_store->upload(added.value).value->state), toString(UploadState::Paused));

    disconnect(m_queue.get(), &UploadQueue::progress, this, nullptr);
    progress.clear();
    m_queue->resume(added.value);
    QVERIFY(finished.wait(20000));
    QCOMPARE(progress.first().at(1).toLongLong(), paused.offset + 256 * KiB);
    QCOMPARE(serverBytes(paused.serverId), readFile(path));
}

void TestUploadQueue::fileChangedAfterHashingFailsClearly()
{
    const qint64 job = uploadableJob(QStringLiteral("Changed file"));
    QVERIFY(job > 0);
    const QString path = makeFile(QStringLiteral("notes.txt"), 7, MiB);
    QSignalSpy failed(m_queue.get(), &UploadQueue::failed);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    bool changed = false;
    connect(m_queue.get(), &UploadQueue::progress, this, [&] {
        if (!std::exchange(changed, true))
            QVERIFY(writeFile(path, randomBytes(8, 2 * MiB))); // saved again, bigger
    });
    const auto added = m_queue->enqueue(job, path);
    QVERIFY(added.ok());
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).toUuid(), added.value);
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("notes.txt changed")), qPrintable(reason));
    const UploadItem item = *m_queue->item(added.value);
    QCOMPARE(toString(item.state), toString(UploadState::Failed));
    QCOMPARE(item.error, reason);
    QVERIFY(item.serverId.isEmpty()); // nothing of the mix is kept

    m_queue->retry(added.value); // the file as it is now, from scratch
    QVERIFY(finished.wait(20000));
    const UploadItem again = *m_queue->item(added.value);
    QCOMPARE(again.size, 2 * MiB);
    QCOMPARE(serverBytes(again.serverId), readFile(path));
}

void TestUploadQueue::contentChangedBehindTheMtimeFailsAtTheServerCheck()
{
    const qint64 job = uploadableJob(QStringLiteral("Sneaky change"));
    QVERIFY(job > 0);
    const QString path = makeFile(QStringLiteral("model.stl"), 9, MiB);
    QSignalSpy failed(m_queue.get(), &UploadQueue::failed);
    bool changed = false;
    connect(m_queue.get(), &UploadQueue::progress, this, [&] {
        if (std::exchange(changed, true))
            return;
        // Same size and modification time, one byte different near the end: only
        // the server's whole-file SHA-256 can tell.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime mtime = f.fileTime(QFileDevice::FileModificationTime);
        QVERIFY(f.seek(MiB - 10));
        const char flipped = char(~f.peek(1).at(0));
        QCOMPARE(f.write(&flipped, 1), qint64(1));
        f.flush();
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    });
    const auto added = m_queue->enqueue(job, path);
    QVERIFY(added.ok());
    QVERIFY(failed.wait(20000));
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("Did the file change?")), qPrintable(reason));
    QCOMPARE(toString(stateOf(added.value)), toString(UploadState::Failed));
    QVERIFY(m_queue->item(added.value)->sha256.isEmpty()); // retry hashes again

    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    m_queue->retry(added.value);
    QVERIFY(finished.wait(20000));
    QCOMPARE(serverBytes(m_queue->item(added.value)->serverId), readFile(path));
}

void TestUploadQueue::cancelDeletesTheServerUpload()
{
    const qint64 job = uploadableJob(QStringLiteral("Cancel"));
    QVERIFY(job > 0);
    const QString path = makeFile(QStringLiteral("big.zip"), 10, 2 * MiB);
    QSignalSpy removed(m_queue.get(), &UploadQueue::itemRemoved);
    const auto added = m_queue->enqueue(job, path);
    QVERIFY(added.ok());
    QString serverId;
    connect(m_queue.get(), &UploadQueue::progress, this, [&](const QUuid &id) {
        if (serverId.isEmpty()) {
            serverId = m_queue->item(id)->serverId;
            m_queue->cancel(id);
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
    QVERIFY(!m_queue->item(added.value));
    QVERIFY(!m_store->upload(added.value).value);
    QTRY_COMPARE_WITH_TIMEOUT(serverHead(serverId).status, 404, 10000);
}

void TestUploadQueue::submittedFilesMoveTheJobToReview()
{
    const qint64 job = uploadableJob(QStringLiteral("Submit"));
    QVERIFY(job > 0);
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    const auto a = m_queue->enqueue(job, makeFile(QStringLiteral("one.png"), 11, 600 * KiB));
    const auto b = m_queue->enqueue(job, makeFile(QStringLiteral("two.png"), 12, 300 * KiB));
    QVERIFY(a.ok() && b.ok());
    DeliverableSubmitter submitter(m_queue.get(), m_api);
    QSignalSpy submitted(&submitter, &DeliverableSubmitter::submitted);
    QSignalSpy refused(&submitter, &DeliverableSubmitter::submitFailed);
    submitter.submit(job, {a.value, b.value}, QStringLiteral("Both views"));
    QCOMPARE(refused.size(), 1); // not uploaded yet
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);

    submitter.submit(job, {a.value, b.value}, QStringLiteral("Both views"));
    QVERIFY(submitted.wait(10000));
    QCOMPARE(submitted.first().at(0).toLongLong(), job);
    QVERIFY(m_queue->items().isEmpty()); // the deliverable holds them now
    const Reply jobNow = m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(job), m.worker1);
    QCOMPARE(jobNow.json().value(QStringLiteral("status")).toString(), QStringLiteral("review"));
    const Reply list =
        m.http->get(QStringLiteral("/api/v1/jobs/%1/deliverables").arg(job), m.worker1);
    QCOMPARE(list.items().size(), 1);
}

void TestUploadQueue::speedIsAMovingAverage()
{
    SpeedMeter meter(2000);
    meter.reset(0);
    QCOMPARE(meter.bytesPerSecond(0), 0.0);
    QCOMPARE(SpeedMeter::etaSeconds(100, 0), qint64(-1));
    meter.add(1000, 500);
    QCOMPARE(meter.bytesPerSecond(500), 2000.0); // over the half second since the start
    meter.add(1000, 1000);
    QCOMPARE(meter.bytesPerSecond(1000), 2000.0);
    meter.add(100, 4000); // the fast start has left the two-second window
    QCOMPARE(meter.bytesPerSecond(4000), 50.0);
    QCOMPARE(SpeedMeter::etaSeconds(101, 50.0), qint64(3));
    QCOMPARE(SpeedMeter::etaSeconds(0, 50.0), qint64(0));
}

QTEST_GUILESS_MAIN(TestUploadQueue)
#include "tst_uploadqueue.moc"
