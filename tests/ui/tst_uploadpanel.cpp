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
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;

// The worker's deliverables panel against the real server: a file goes up, is
// submitted with a note, and the job is in review with version 1.
class TestUploadPanel final : public QObject, private test::AppFlowFixture
{
    Q_OBJECT

private:
    qint64 m_jobId = 0;

    ui::WorkerWindow *window() const { return m_flow->workerWindow(); }
    ui::JobDetailPane *pane() const { return window()->detailPane(); }

    QString makeFile(const QString &name, qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char(gen.bounded(256));
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        m_jobId = m_world.assignedJob(QStringLiteral("Final artwork"), m_world.worker1Id)
                      .value(QStringLiteral("id"))
                      .toInteger();
        QVERIFY(m_jobId);
        const auto moved = m_world.http->post(
            QStringLiteral("/api/v1/jobs/%1/transitions").arg(m_jobId),
            {{QStringLiteral("to"), QStringLiteral("in_progress")}}, m_world.worker1);
        QCOMPARE(moved.status, 200);
        createFlow();
        QVERIFY(signIn(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1")));
        QTRY_VERIFY(window());
        QTRY_COMPARE(window()->connectionText(), QStringLiteral("Live"));
    }

    void submitButtonOpensThePanel()
    {
        window()->queueView()->selectJob(m_jobId);
        QTRY_COMPARE(pane()->jobId(), m_jobId);
        ui::UploadPanel *panel = pane()->uploadPanel();
        auto *open = pane()->findChild<QPushButton *>(QStringLiteral("submitForReview"));
        QTRY_VERIFY(open->isVisible());
        QVERIFY(!panel->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(panel->isVisible());
        QVERIFY(!open->isVisible()); // the panel's own button submits
        QCOMPARE(panel->jobId(), m_jobId);
        auto *submit = panel->findChild<QPushButton *>(QStringLiteral("uploadSubmit"));
        QVERIFY(!submit->isEnabled()); // nothing uploaded yet
    }

    void fileUploadsAndIsSubmitted()
    {
        ui::UploadPanel *panel = pane()->uploadPanel();
        const QString path = makeFile(QStringLiteral("artwork.bin"), 2 * 1024 * 1024);
        QVERIFY(!path.isEmpty());
        const QList<QUuid> ids = panel->addFiles({path});
        QCOMPARE(ids.size(), 1);
        QVERIFY(panel->errorText().isEmpty());
        auto *submit = panel->findChild<QPushButton *>(QStringLiteral("uploadSubmit"));
        QVERIFY(!submit->isEnabled()); // still hashing or uploading
        QCOMPARE(panel->findChildren<QWidget *>(QStringLiteral("uploadRow")).size(), 1);

        QTRY_VERIFY_WITH_TIMEOUT(panel->queue()->item(ids.first()) &&
                                     panel->queue()->item(ids.first())->state ==
                                         net::UploadState::Done,
                                 20000);
        auto *state = panel->findChild<QLabel *>(QStringLiteral("uploadState"));
        QCOMPARE(state->text(), QStringLiteral("Done"));
        QVERIFY(submit->isEnabled());

        panel->findChild<QLineEdit *>(QStringLiteral("uploadNote"))
            ->setText(QStringLiteral("Print-ready, CMYK"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY(panel->queue()->items().isEmpty()); // the deliverable holds it now
        QVERIFY(panel->errorText().isEmpty());

        const auto list = m_world.http->get(
            QStringLiteral("/api/v1/jobs/%1/deliverables").arg(m_jobId), m_world.worker1);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.items().size(), 1);
        const QJsonObject v1 = list.items().first().toObject();
        QCOMPARE(v1.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(v1.value(QStringLiteral("note")).toString(), QStringLiteral("Print-ready, CMYK"));
        const QJsonArray files = v1.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("artwork.bin"));
        QCOMPARE(files.first().toObject().value(QStringLiteral("size")).toInteger(),
                 qint64(2 * 1024 * 1024));
        const auto job =
            m_world.http->get(QStringLiteral("/api/v1/jobs/%1").arg(m_jobId), m_world.worker1);
        QCOMPARE(job.json().value(QStringLiteral("status")).toString(), QStringLiteral("review"));
        // The window follows: the job is in review, so the panel goes away.
        QTRY_VERIFY(!panel->isVisible());
    }

    void cleanupTestCase() { m_flow.reset(); }
};

QTEST_MAIN(TestUploadPanel)
#include "tst_uploadpanel.moc"
