// Uploaded files joining jobs over real HTTP: deliverable versions through the
// lifecycle, client attachments, downloads (exact bytes, safe headers, streamed
// without holding the file in memory) and file-name sanitising.
#include "uploadkit.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace jobdesk::test;

class TestDeliverables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m.setUp()); }
    void submitVersionsThroughTheLifecycle();
    void submitRefusesWhatItMust();
    void attachmentsJoinTheJob();
    void downloadSendsExactBytesAndSafeHeaders();
    void namesAreSanitised_data();
    void namesAreSanitised();
    void largeDownloadIsStreamed();

private:
    Reply move(qint64 job, const QString &to, const QString &token, const QString &note = {})
    {
        QJsonObject body{{QStringLiteral("to"), to}};
        if (!note.isEmpty())
            body.insert(QStringLiteral("note"), note);
        return m.http->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(job), body, token);
    }
    Reply submit(qint64 job, const QStringList &ids, const QString &token)
    {
        return m.http->post(QStringLiteral("/api/v1/jobs/%1/deliverables").arg(job),
                            {{QStringLiteral("uploadIds"), QJsonArray::fromStringList(ids)},
                             {QStringLiteral("note"), QStringLiteral("Here it is")}},
                            token);
    }
    World m;
    UploadKit kit{m};
};

void TestDeliverables::submitVersionsThroughTheLifecycle()
{
    const qint64 job = kit.workingJob(QStringLiteral("Brochure"));
    const QString a =
        kit.upload(m.worker1, job, QStringLiteral("front.pdf"), UploadKit::bytes(3000, 1));
    const QString b =
        kit.upload(m.worker1, job, QStringLiteral("back.pdf"), UploadKit::bytes(4000, 2));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const Reply v1 = submit(job, {a, b}, m.worker1);
    QCOMPARE(v1.status, 201);
    QCOMPARE(v1.json().value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray files = v1.json().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("front.pdf"));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("size")).toInteger(), 4000);
    const Reply afterV1 = m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(job), m.worker1);
    QCOMPARE(afterV1.json().value(QStringLiteral("status")).toString(), QStringLiteral("review"));

    // The submit went through the job write path: audited, with an event.
    const Reply audit = m.http->get(QStringLiteral("/api/v1/audit?action=job.submit"), m.admin);
    QCOMPARE(audit.items().size(), 1);
    bool sawEvent = false;
    for (const QJsonValue &e :
         m.http->get(QStringLiteral("/api/v1/events?after=0&limit=500"), m.worker1).items()) {
        const QJsonObject o = e.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("job.submitted"))
            sawEvent = o.value(QStringLiteral("data"))
                           .toObject()
                           .value(QStringLiteral("deliverable"))
                           .toObject()
                           .value(QStringLiteral("version"))
                           .toInt() == 1;
    }
    QVERIFY(sawEvent);

    QCOMPARE(move(job, QStringLiteral("revision"), m.admin, QStringLiteral("Darker blue")).status,
             200);
    QCOMPARE(move(job, QStringLiteral("in_progress"), m.worker1).status, 200);
    // An upload already in version 1 cannot join version 2.
    const Reply reused = submit(job, {a}, m.worker1);
    QCOMPARE(reused.status, 422);
    QVERIFY(reused.json()
                .value(QStringLiteral("errors"))
                .toObject()
                .contains(QStringLiteral("uploadIds[0]")));
    const QString c =
        kit.upload(m.worker1, job, QStringLiteral("front-v2.pdf"), UploadKit::bytes(3500, 3));
    const Reply v2 = submit(job, {c}, m.worker1);
    QCOMPARE(v2.status, 201);
    QCOMPARE(v2.json().value(QStringLiteral("version")).toInt(), 2);

    const Reply list =
        m.http->get(QStringLiteral("/api/v1/jobs/%1/deliverables").arg(job), m.admin);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.items().size(), 2);
    QCOMPARE(list.items().at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(list.items().at(1).toObject().value(QStringLiteral("reviewNote")).toString(),
             QStringLiteral("Darker blue"));
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1/deliverables").arg(job), m.worker1).status,
             200);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/jobs/%1/deliverables").arg(job), m.worker2).status,
             404);
    // Files in a deliverable are kept: terminating one is refused.
    QCOMPARE(kit.remove(m.worker1, c).status, 409);
}

void TestDeliverables::submitRefusesWhatItMust()
{
    const qint64 job = kit.workingJob(QStringLiteral("Data entry"));
    const QByteArray data = UploadKit::bytes(2000, 4);
    const Reply open = kit.create(m.worker1, job, QStringLiteral("half.csv"), data);
    QCOMPARE(
        kit.patch(m.worker1, open.json().value(QStringLiteral("id")).toString(), 0, data.left(1000))
            .status,
        204);
    const Reply incomplete =
        submit(job, {open.json().value(QStringLiteral("id")).toString()}, m.worker1);
    QCOMPARE(incomplete.status, 422);
    QCOMPARE(submit(job, {}, m.worker1).status, 422);
    const QString done = kit.upload(m.worker1, job, QStringLiteral("all.csv"), data);
    QCOMPARE(submit(job, {done}, m.worker2).status, 404);
    QCOMPARE(submit(job, {done}, m.admin).status, 403);
    QCOMPARE(submit(job, {done, done}, m.worker1).status, 422);
    QStringList many;
    for (int i = 0; i < 21; ++i)
        many << done;
    QCOMPARE(submit(job, many, m.worker1).status, 422);
    // Nothing moved the job.
    const Reply j = m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(job), m.worker1);
    QCOMPARE(j.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
}

void TestDeliverables::attachmentsJoinTheJob()
{
    const qint64 job = kit.workingJob(QStringLiteral("Translate brief"));
    const int version = m.http->get(QStringLiteral("/api/v1/jobs/%1").arg(job), m.admin)
                            .json()
                            .value(QStringLiteral("version"))
                            .toInt();
    const QByteArray data = UploadKit::bytes(12345, 5);
    const QString id =
        kit.upload(m.admin, job, QStringLiteral("brief.docx"), data, QStringLiteral("attachment"));
    QVERIFY(!id.isEmpty());
    // Not attached yet: only the uploader (and admins) can read it.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/files/") + id, m.worker1).status, 404);
    const Reply attached = m.http->post(QStringLiteral("/api/v1/jobs/%1/attachments").arg(job),
                                        {{QStringLiteral("uploadId"), id}}, m.admin);
    QCOMPARE(attached.status, 200);
    QCOMPARE(attached.json().value(QStringLiteral("version")).toInt(), version + 1);
    const QJsonArray files = attached.json().value(QStringLiteral("attachments")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("sha256")).toString(),
             UploadKit::sha256Hex(data));
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/attachments").arg(job),
                        {{QStringLiteral("uploadId"), id}}, m.admin)
                 .status,
             422);
    QCOMPARE(m.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/attachments").arg(job),
                        {{QStringLiteral("uploadId"), id}}, m.worker1)
                 .status,
             403);
    // The job's worker reads it now; another worker still does not.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/files/") + id, m.worker1).body, data);
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/files/") + id, m.worker2).status, 404);
    const Reply audit = m.http->get(QStringLiteral("/api/v1/audit?action=job.attach"), m.admin);
    QCOMPARE(audit.items().size(), 1);
}

void TestDeliverables::downloadSendsExactBytesAndSafeHeaders()
{
    const qint64 job = kit.workingJob(QStringLiteral("Photos"));
    const QByteArray data = UploadKit::bytes(2 * 1024 * 1024 + 5, 6);
    const QString id = kit.upload(m.worker1, job, QStringLiteral("photo \"1\".jpg"), data);
    const Reply r = m.http->get(QStringLiteral("/api/v1/files/") + id, m.admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, data);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(r.header("Content-Length"), QByteArray::number(data.size()));
    QCOMPARE(r.header("Content-Disposition"), QByteArray("attachment; filename=\"photo _1_.jpg\"; "
                                                         "filename*=UTF-8''photo%20%221%22.jpg"));
    // Keep-alive still works after a streamed answer.
    QCOMPARE(m.http->get(QStringLiteral("/api/v1/files/") + id, m.worker1).body, data);
}

void TestDeliverables::namesAreSanitised_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("stored");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows") << QStringLiteral("C:\\Users\\x\\report.pdf")
                             << QStringLiteral("report.pdf");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b.txt")
                         << QStringLiteral("ab.txt");
    QTest::newRow("controls") << QStringLiteral("  ..bad\r\nname\t.txt..  ")
                              << QStringLiteral("bad name .txt");
    QTest::newRow("bidi") << QStringLiteral("invoice\u202Efdp.exe")
                          << QStringLiteral("invoicefdp.exe");
    QTest::newRow("khmer") << QStringLiteral("របាយការណ៍ ខែមករា.pdf")
                           << QStringLiteral("របាយការណ៍ ខែមករា.pdf");
    QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("file");
    QTest::newRow("long") << QString(QString(300, QLatin1Char('x')) + QStringLiteral(".jpeg"))
                          << QString(QString(195, QLatin1Char('x')) + QStringLiteral(".jpeg"));
}

void TestDeliverables::namesAreSanitised()
{
    QFETCH(QString, sent);
    QFETCH(QString, stored);
    static const qint64 job = kit.workingJob(QStringLiteral("Names"));
    const QByteArray data = UploadKit::bytes(100, 7);
    const Reply created = kit.create(m.worker1, job, sent, data);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("filename")).toString(), stored);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(kit.sendFrom(m.worker1, id, data, 0, 1 << 20).status, 204);
    const Reply r = m.http->get(QStringLiteral("/api/v1/files/") + id, m.worker1);
    QCOMPARE(r.body, data);
    const QByteArray disposition = r.header("Content-Disposition");
    for (const char c : disposition)
        QVERIFY2(uchar(c) >= 0x20 && uchar(c) < 0x7f, disposition.constData());
    const qsizetype star = disposition.indexOf("filename*=UTF-8''");
    QVERIFY(star > 0);
    QCOMPARE(QUrl::fromPercentEncoding(disposition.mid(star + 17)), stored);
    QVERIFY(!disposition.left(star).contains('/'));
}

void TestDeliverables::largeDownloadIsStreamed()
{
    const qint64 job = kit.workingJob(QStringLiteral("Video"));
    const QByteArray data = UploadKit::bytes(20 * 1024 * 1024, 8);
    const QString id = kit.upload(m.worker1, job, QStringLiteral("cut.mp4"), data,
                                  QStringLiteral("deliverable"), 8 * 1024 * 1024);
    QVERIFY(!id.isEmpty());
    const qint64 before = m.server.residentKiB();
    QVERIFY(before > 0);
    // A client that reads slowly: the server must not queue the whole file for it.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m.server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/files/" + id.toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: " +
                 bearer(m.worker1) + "\r\nConnection: close\r\n\r\n");
    QByteArray received;
    while (received.size() < 256 * 1024 && socket.waitForReadyRead(5000))
        received += socket.read(256 * 1024 - received.size());
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    const qint64 during = m.server.residentKiB();
    QVERIFY2(during - before < 8 * 1024,
             qPrintable(QStringLiteral("server RSS grew by %1 KiB").arg(during - before)));
    QDeadlineTimer deadline(20000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(1000);
        received += socket.readAll();
    }
    received += socket.readAll();
    const qsizetype bodyAt = received.indexOf("\r\n\r\n") + 4;
    QCOMPARE(received.size() - bodyAt, qsizetype(data.size()));
    QVERIFY(received.mid(bodyAt) == data);
}

QTEST_GUILESS_MAIN(TestDeliverables)
#include "tst_deliverables.moc"
