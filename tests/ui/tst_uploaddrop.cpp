// The deliverables panel against the real server: files dropped on the job
// (QDropEvent with file URLs) join the upload queue; an upload in progress is
// paused (its offset stands still, the server agrees) and resumed to the end.
#include "appflowfixture.h"
#include "jobdetailpane.h"
#include "jobqueueview.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "testserver.h"
#include "uploadpanel.h"
#include "uploadqueue.h"
#include "workerwindow.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace jobdesk;

class TestUploadDrop final : public QObject, private test::AppFlowFixture
{
    Q_OBJECT

private:
    qint64 m_working = 0; // in progress: takes files
    qint64 m_notYet = 0;  // assigned, not started: takes none
    QUuid m_item;

    ui::WorkerWindow *window() const { return m_flow->workerWindow(); }
    ui::JobDetailPane *pane() const { return window()->detailPane(); }
    ui::UploadPanel *panel() const { return pane()->uploadPanel(); }
    net::UploadQueue *queue() const { return panel()->queue(); }

    QString makeFile(const QString &name, qint64 size)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray block(64 * 1024, 'x');
        for (qint64 written = 0; written < size; written += block.size())
            f.write(block.left(int(qMin<qint64>(block.size(), size - written))));
        return f.fileName();
    }

    // Drags `urls` over the detail pane and drops them; returns whether the
    // pane accepted the drag and the drop.
    std::pair<bool, bool> drop(const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at = pane()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(pane(), &enter);
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        dropped.setAccepted(false);
        QCoreApplication::sendEvent(pane(), &dropped);
        return {enter.isAccepted(), dropped.isAccepted()};
    }

    QPushButton *rowButton(const char *name) const
    {
        return panel()->findChild<QPushButton *>(QLatin1String(name));
    }

    qint64 serverOffset(const QString &serverId)
    {
        const test::Reply r = m_world.http->send(
            "HEAD", QStringLiteral("/api/v1/uploads/%1").arg(serverId), {},
            {{"Authorization", test::bearer(m_world.worker1)}, {"Tus-Resumable", "1.0.0"}});
        return r.status == 200 ? r.header("Upload-Offset").toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase();
    void dropOnAJobNotStartedIsRefused();
    void droppedFilesJoinTheQueue();
    void pauseHoldsTheOffsetAndResumeFinishes();
    void cleanupTestCase() { m_flow.reset(); }
};

void TestUploadDrop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_world.setUp());
    m_working = m_world.assignedJob(QStringLiteral("Final artwork"), m_world.worker1Id)
                    .value(QStringLiteral("id"))
                    .toInteger();
    m_notYet = m_world.assignedJob(QStringLiteral("Later job"), m_world.worker1Id)
                   .value(QStringLiteral("id"))
                   .toInteger();
    QVERIFY(m_working && m_notYet);
    QCOMPARE(m_world.http
                 ->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(m_working),
                        {{QStringLiteral("to"), QStringLiteral("in_progress")}}, m_world.worker1)
                 .status,
             200);
    createFlow();
    QVERIFY(signIn(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1")));
    QTRY_VERIFY(window());
    QTRY_COMPARE(window()->connectionText(), QStringLiteral("Live"));
    // Slow enough to pause in the middle: 32 KiB chunks at 128 KiB/s.
    queue()->setChunkSize(32 * 1024);
    queue()->setMaxBytesPerSecond(128 * 1024);
}

void TestUploadDrop::dropOnAJobNotStartedIsRefused()
{
    window()->queueView()->selectJob(m_notYet);
    QTRY_COMPARE(pane()->jobId(), m_notYet);
    const QString file = makeFile(QStringLiteral("early.bin"), 1024);
    const auto [entered, dropped] = drop({QUrl::fromLocalFile(file)});
    QVERIFY(!entered);
    QVERIFY(!dropped);
    QVERIFY(queue()->items().isEmpty());
}

void TestUploadDrop::droppedFilesJoinTheQueue()
{
    window()->queueView()->selectJob(m_working);
    QTRY_COMPARE(pane()->jobId(), m_working);
    QVERIFY(!panel()->isVisible());
    // Only local files count: a folder or a web address is not a deliverable.
    QVERIFY(!drop({QUrl::fromLocalFile(m_dir.path()),
                   QUrl(QStringLiteral("https://example.org/a.png"))})
                 .first);
    QVERIFY(queue()->items().isEmpty());

    const QString file = makeFile(QStringLiteral("poster-final.pdf"), 1024 * 1024);
    const auto [entered, dropped] =
        drop({QUrl::fromLocalFile(file), QUrl(QStringLiteral("https://example.org/a.png"))});
    QVERIFY(entered);
    QVERIFY(dropped);
    QVERIFY(panel()->isVisible());
    QCOMPARE(queue()->items().size(), 1);
    const net::UploadItem item = queue()->items().first();
    QCOMPARE(item.jobId, m_working);
    QCOMPARE(item.displayName, QStringLiteral("poster-final.pdf"));
    QCOMPARE(panel()->findChildren<QWidget *>(QStringLiteral("uploadRow")).size(), 1);
    m_item = item.id;
}

void TestUploadDrop::pauseHoldsTheOffsetAndResumeFinishes()
{
    QVERIFY(!m_item.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(queue()->item(m_item)->state == net::UploadState::Uploading &&
                                 queue()->item(m_item)->offset > 0,
                             15000);
    QTRY_VERIFY(rowButton("uploadPause")->isVisible());
    QVERIFY(!rowButton("uploadResume")->isVisible());
    QTest::mouseClick(rowButton("uploadPause"), Qt::LeftButton);
    QVERIFY(queue()->item(m_item)->state == net::UploadState::Paused);
    auto *state = panel()->findChild<QLabel *>(QStringLiteral("uploadState"));
    QCOMPARE(state->text(), QStringLiteral("Paused"));
    QVERIFY(rowButton("uploadResume")->isVisible());
    QVERIFY(!rowButton("uploadPause")->isVisible());
    QVERIFY(panel()->findChild<QLabel *>(QStringLiteral("uploadSpeed"))->text().isEmpty());
    QVERIFY(!panel()->findChild<QPushButton *>(QStringLiteral("uploadSubmit"))->isEnabled());

    // A chunk in flight when pausing still lands; after that nothing moves.
    QTest::qWait(500);
    const qint64 held = queue()->item(m_item)->offset;
    QTest::qWait(800);
    QCOMPARE(queue()->item(m_item)->offset, held);
    QVERIFY(held > 0 && held < 1024 * 1024);
    QCOMPARE(serverOffset(queue()->item(m_item)->serverId), held);

    queue()->setMaxBytesPerSecond(0);
    QTest::mouseClick(rowButton("uploadResume"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(queue()->item(m_item)->state == net::UploadState::Done, 20000);
    QCOMPARE(state->text(), QStringLiteral("Done"));
    QVERIFY(!rowButton("uploadResume")->isVisible());
    QVERIFY(panel()->findChild<QPushButton *>(QStringLiteral("uploadSubmit"))->isEnabled());
}

QTEST_MAIN(TestUploadDrop)
#include "tst_uploaddrop.moc"
