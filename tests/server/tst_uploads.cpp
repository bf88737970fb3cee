// Resumable uploads (tus 1.0 subset) over real HTTP: chunks, interruptions,
// a restart mid-upload, checksums per chunk and per file, offsets, limits,
// media types and who may touch an upload.
#include "uploadkit.h"

#include <QFileInfo>
#include <QTest>

using namespace jobdesk::test;

class TestUploads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m.setUp());
        job = kit.workingJob(QStringLiteral("Logo for Angkor Café"));
        QVERIFY(job > 0);
    }
    void createAnswersLikeTus();
    void wholeFileInChunksIsStoredExactly();
    void resumesAfterStoppingAtEveryChunk();
    void resumesAfterServerRestart();
    void tamperedChunkIsRefused();
    void wrongWholeHashFailsTheUpload();
    void offsetMismatchTellsTheOffset();
    void limitsAndMediaType();
    void limitIsConfigurable();
    void createIsValidated();
    void othersCannotTouchAnUpload();
    void terminationRemovesTheFile();

private:
    QString id(const Reply &r) { return r.json().value(QStringLiteral("id")).toString(); }
    World m;
    UploadKit kit{m};
    qint64 job = 0;
};

void TestUploads::createAnswersLikeTus()
{
    const QByteArray data = UploadKit::bytes(1000, 1);
    const Reply r = kit.create(m.worker1, job, QStringLiteral("draft.png"), data);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(r.header("Location"), "/api/v1/uploads/" + id(r).toLatin1());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("offset")).toInteger(), 0);
    QCOMPARE(o.value(QStringLiteral("size")).toInteger(), 1000);
    QCOMPARE(o.value(QStringLiteral("chunkBytes")).toInteger(), 8 * 1024 * 1024);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(!o.value(QStringLiteral("expiresAt")).toString().isEmpty());
    const Reply h = kit.head(m.worker1, id(r));
    QCOMPARE(h.status, 200);
    QCOMPARE(h.header("Upload-Offset"), QByteArray("0"));
    QCOMPARE(h.header("Upload-Length"), QByteArray("1000"));
    QCOMPARE(h.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(h.header("Cache-Control"), QByteArray("no-store"));
    // The admin may look too.
    QCOMPARE(kit.head(m.admin, id(r)).status, 200);
}

void TestUploads::wholeFileInChunksIsStoredExactly()
{
    const QByteArray data = UploadKit::bytes(3 * 1024 * 1024 + 123, 2);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("scan.tif"), data);
    QCOMPARE(created.status, 201);
    const Reply last = kit.sendFrom(m.worker1, id(created), data, 0, 700 * 1024);
    QCOMPARE(last.status, 204);
    QCOMPARE(last.header("Upload-Offset").toLongLong(), qint64(data.size()));
    QCOMPARE(last.header("Tus-Resumable"), QByteArray("1.0.0"));
    const QString stored = kit.storedCopyOf(data);
    QVERIFY2(!stored.isEmpty(), "no file in the data dir has the uploaded bytes");
    // Stored under a generated name, never the client's.
    QVERIFY(!QFileInfo(stored).fileName().contains(QStringLiteral("scan")));
    QCOMPARE(kit.head(m.worker1, id(created)).header("Upload-Offset"),
             QByteArray::number(data.size()));
}

void TestUploads::resumesAfterStoppingAtEveryChunk()
{
    const qint64 chunk = 64 * 1024;
    const QByteArray data = UploadKit::bytes(5 * chunk + 17, 3);
    // Stop after k chunks, then resume from what HEAD says, for every k.
    for (int k = 0; k <= 5; ++k) {
        const Reply created = kit.create(m.worker1, job, QStringLiteral("part.bin"), data);
        QCOMPARE(created.status, 201);
        if (k > 0)
            QCOMPARE(kit.sendFrom(m.worker1, id(created), data, 0, chunk, k).status, 204);
        const qint64 offset = kit.head(m.worker1, id(created)).header("Upload-Offset").toLongLong();
        QCOMPARE(offset, k * chunk);
        QCOMPARE(kit.sendFrom(m.worker1, id(created), data, offset, chunk).status, 204);
        QCOMPARE(kit.head(m.worker1, id(created)).header("Upload-Offset").toLongLong(),
                 qint64(data.size()));
    }
    QVERIFY(!kit.storedCopyOf(data).isEmpty());
}

void TestUploads::resumesAfterServerRestart()
{
    const QByteArray data = UploadKit::bytes(900 * 1024, 4);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("restart.zip"), data);
    QCOMPARE(created.status, 201);
    QCOMPARE(kit.sendFrom(m.worker1, id(created), data, 0, 256 * 1024, 2).status, 204);

    m.server.stop();
    QVERIFY(m.server.start());
    m.worker1 =
        m.http->login(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1"));
    m.worker2 =
        m.http->login(QStringLiteral("dara@example.test"), QStringLiteral("worker password 2"));
    m.admin =
        m.http->login(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"));
    QVERIFY(!m.worker1.isEmpty() && !m.worker2.isEmpty() && !m.admin.isEmpty());

    const qint64 offset = kit.head(m.worker1, id(created)).header("Upload-Offset").toLongLong();
    QCOMPARE(offset, 512 * 1024);
    QCOMPARE(kit.sendFrom(m.worker1, id(created), data, offset, 256 * 1024).status, 204);
    QVERIFY(!kit.storedCopyOf(data).isEmpty());
}

void TestUploads::tamperedChunkIsRefused()
{
    const QByteArray data = UploadKit::bytes(200 * 1024, 5);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("tamper.bin"), data);
    const QByteArray first = data.left(100 * 1024);
    QByteArray tampered = first;
    tampered[500] = char(tampered[500] ^ 0x01);
    // The digest is of the real chunk; the bytes on the wire were changed.
    const Reply refused =
        kit.patch(m.worker1, id(created), 0, tampered,
                  {{"Upload-Checksum", "sha256 " + UploadKit::sha256Base64(first)}});
    QCOMPARE(refused.status, 460);
    QCOMPARE(refused.problemType(), QStringLiteral("urn:jobdesk:problem:checksum-mismatch"));
    QCOMPARE(kit.head(m.worker1, id(created)).header("Upload-Offset"), QByteArray("0"));
    // A chunk with the right digest goes through.
    const Reply ok = kit.patch(m.worker1, id(created), 0, first,
                               {{"Upload-Checksum", "sha256 " + UploadKit::sha256Base64(first)}});
    QCOMPARE(ok.status, 204);
    QCOMPARE(ok.header("Upload-Offset").toLongLong(), 100 * 1024);
    const Reply other = kit.patch(m.worker1, id(created), ok.header("Upload-Offset").toLongLong(),
                                  data.mid(100 * 1024), {{"Upload-Checksum", "md5 AAAA"}});
    QCOMPARE(other.status, 400);
}

void TestUploads::wrongWholeHashFailsTheUpload()
{
    const QByteArray data = UploadKit::bytes(150 * 1024, 6);
    QByteArray claimed = data;
    claimed[0] = char(claimed[0] ^ 0x80);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("liar.bin"), claimed);
    QCOMPARE(kit.patch(m.worker1, id(created), 0, data.left(100 * 1024)).status, 204);
    const Reply last = kit.patch(m.worker1, id(created), 100 * 1024, data.mid(100 * 1024));
    QCOMPARE(last.status, 460);
    QCOMPARE(last.problemType(), QStringLiteral("urn:jobdesk:problem:checksum-mismatch"));
    QVERIFY(kit.storedCopyOf(data).isEmpty());
    // The upload is over: the client has to start again.
    QCOMPARE(kit.head(m.worker1, id(created)).status, 410);
    QCOMPARE(kit.patch(m.worker1, id(created), 150 * 1024, {}).status, 410);
}

void TestUploads::offsetMismatchTellsTheOffset()
{
    const QByteArray data = UploadKit::bytes(10000, 7);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("o.bin"), data);
    QCOMPARE(kit.patch(m.worker1, id(created), 0, data.left(4000)).status, 204);
    for (const qint64 wrong : {qint64(0), qint64(3999), qint64(4001), qint64(9000)}) {
        const Reply r = kit.patch(m.worker1, id(created), wrong, data.mid(wrong, 100));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.problemType(), QStringLiteral("urn:jobdesk:problem:offset-mismatch"));
        QCOMPARE(r.header("Upload-Offset"), QByteArray("4000"));
        QCOMPARE(r.json().value(QStringLiteral("offset")).toInteger(), 4000);
    }
    // A chunk past the declared length is refused and writes nothing.
    const Reply beyond = kit.patch(m.worker1, id(created), 4000, UploadKit::bytes(6001, 8));
    QCOMPARE(beyond.status, 413);
    QCOMPARE(kit.head(m.worker1, id(created)).header("Upload-Offset"), QByteArray("4000"));
}

void TestUploads::limitsAndMediaType()
{
    QJsonObject body{{QStringLiteral("filename"), QStringLiteral("huge.iso")},
                     {QStringLiteral("size"), 512LL * 1024 * 1024 + 1},
                     {QStringLiteral("sha256"), UploadKit::sha256Hex("x")},
                     {QStringLiteral("purpose"), QStringLiteral("deliverable")},
                     {QStringLiteral("jobId"), job}};
    const Reply tooLarge = kit.createRaw(m.worker1, body);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.problemType(), QStringLiteral("urn:jobdesk:problem:upload-too-large"));

    const QByteArray data = UploadKit::bytes(9 * 1024 * 1024, 9);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("big.bin"), data);
    QCOMPARE(created.status, 201);
    // The guard refuses a chunk over 8 MiB from its head, before any body byte.
    const QByteArray head = "PATCH /api/v1/uploads/" + id(created).toLatin1() +
                            " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + bearer(m.worker1) +
                            "\r\nContent-Type: application/offset+octet-stream\r\n"
                            "Upload-Offset: 0\r\nContent-Length: 8388609\r\n\r\n";
    const QByteArray answer = rawExchange(m.server.port(), head);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    // Exactly 8 MiB is fine.
    QCOMPARE(kit.patch(m.worker1, id(created), 0, data.left(8 * 1024 * 1024)).status, 204);

    const Reply wrongType = kit.patch(m.worker1, id(created), 8 * 1024 * 1024,
                                      data.mid(8 * 1024 * 1024), {}, "application/octet-stream");
    QCOMPARE(wrongType.status, 415);
    QCOMPARE(kit.head(m.worker1, id(created)).header("Upload-Offset").toLongLong(),
             8 * 1024 * 1024);
}

void TestUploads::limitIsConfigurable()
{
    QCOMPARE(kit.create(m.worker1, job, QStringLiteral("a"), "abc").header("Tus-Max-Size"),
             QByteArray::number(512LL * 1024 * 1024));
    TestServer small({QStringLiteral("--max-upload-bytes"), QStringLiteral("1000")});
    QVERIFY(small.start());
    QVERIFY(small.createUser(QStringLiteral("ops@example.test"), QStringLiteral("admin"),
                             QStringLiteral("admin password 9")));
    Http http(small);
    const QString admin =
        http.login(QStringLiteral("ops@example.test"), QStringLiteral("admin password 9"));
    const Reply smallJob = http.post(QStringLiteral("/api/v1/jobs"),
                                     {{QStringLiteral("title"), QStringLiteral("Small")}}, admin);
    QCOMPARE(smallJob.status, 201);
    for (const qint64 size : {1000, 1001}) {
        const Reply r =
            http.post(QStringLiteral("/api/v1/uploads"),
                      {{QStringLiteral("filename"), QStringLiteral("brief.txt")},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("sha256"), UploadKit::sha256Hex("x")},
                       {QStringLiteral("purpose"), QStringLiteral("attachment")},
                       {QStringLiteral("jobId"), smallJob.json().value(QStringLiteral("id"))}},
                      admin);
        QCOMPARE(r.status, size <= 1000 ? 201 : 413);
    }
}

void TestUploads::createIsValidated()
{
    const Reply bad = kit.createRaw(m.worker1, {{QStringLiteral("filename"), 5},
                                                {QStringLiteral("size"), 0},
                                                {QStringLiteral("sha256"), QStringLiteral("xyz")},
                                                {QStringLiteral("purpose"), QStringLiteral("x")},
                                                {QStringLiteral("jobId"), -1},
                                                {QStringLiteral("extra"), 1}});
    QCOMPARE(bad.status, 422);
    const QJsonObject errors = bad.json().value(QStringLiteral("errors")).toObject();
    for (const char *field : {"filename", "size", "sha256", "purpose", "jobId", "extra"})
        QVERIFY2(errors.contains(QLatin1String(field)), field);
    const QByteArray data = UploadKit::bytes(10, 10);
    // Another worker's job, and attachments, are not for this worker.
    QCOMPARE(kit.create(m.worker2, job, QStringLiteral("a"), data).status, 422);
    QCOMPARE(
        kit.create(m.worker1, job, QStringLiteral("a"), data, QStringLiteral("attachment")).status,
        422);
    // Admins upload client attachments, not deliverables.
    QCOMPARE(kit.create(m.admin, job, QStringLiteral("a"), data).status, 422);
    QCOMPARE(
        kit.create(m.admin, job, QStringLiteral("a"), data, QStringLiteral("attachment")).status,
        201);
}

void TestUploads::othersCannotTouchAnUpload()
{
    const QByteArray data = UploadKit::bytes(5000, 11);
    const QString mine = kit.upload(m.worker1, job, QStringLiteral("mine.txt"), data);
    QVERIFY(!mine.isEmpty());
    const Reply open = kit.create(m.worker1, job, QStringLiteral("open.txt"), data);
    for (const QString &uploadId : {mine, id(open)}) {
        QCOMPARE(kit.head(m.worker2, uploadId).status, 404);
        QCOMPARE(kit.patch(m.worker2, uploadId, 0, data).status, 404);
        QCOMPARE(kit.remove(m.worker2, uploadId).status, 404);
        QCOMPARE(m.http->get(QStringLiteral("/api/v1/files/") + uploadId, m.worker2).status, 404);
    }
    QCOMPARE(kit.head(m.worker2, QStringLiteral("not-a-uuid")).status, 404);
    QCOMPARE(kit.head(QString(), mine).status, 401);
    // The owner still can.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/files/") + mine, m.worker1).body, data);
}

void TestUploads::terminationRemovesTheFile()
{
    const QByteArray data = UploadKit::bytes(70000, 12);
    const Reply created = kit.create(m.worker1, job, QStringLiteral("gone.bin"), data);
    QCOMPARE(kit.sendFrom(m.worker1, id(created), data, 0, 1 << 20).status, 204);
    QVERIFY(!kit.storedCopyOf(data).isEmpty());
    const Reply removed = kit.remove(m.worker1, id(created));
    QCOMPARE(removed.status, 204);
    QCOMPARE(removed.header("Tus-Resumable"), QByteArray("1.0.0"));
    QVERIFY(kit.storedCopyOf(data).isEmpty());
    QCOMPARE(kit.head(m.worker1, id(created)).status, 404);
}

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_uploads.moc"
