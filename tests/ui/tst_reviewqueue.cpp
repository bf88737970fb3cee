// The review queue against the real server: delivered work is listed with its
// versions, a file downloads to disk, a revision needs a note, a new version
// arrives live, and approval with a rating completes the job.
#include "adminclient.h"
#include "adminworld.h"
#include "realtimeclient.h"
#include "reviewpane.h"
#include "reviewqueue.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace jobdesk;

class TestReviewQueue final : public QObject
{
    Q_OBJECT

private:
    test::World m_world;
    test::AdminClient m_client;
    std::unique_ptr<net::RealtimeClient> m_realtime;
    std::unique_ptr<ui::ReviewQueue> m_queue;
    QTemporaryDir m_dir;
    qint64 m_job = 0;
    const QByteArray m_content = QByteArray("logo-v1 ").repeated(40000); // 320 KB

    ui::ReviewPane *pane() const { return m_queue->pane(); }
    QJsonObject job() const
    {
        return m_world.http->get(QStringLiteral("/api/v1/jobs/%1").arg(m_job), m_world.admin)
            .json();
    }
    QStringList versionLines() const
    {
        QStringList out;
        QTreeWidget *t = pane()->versions();
        for (int i = 0; i < t->topLevelItemCount(); ++i) {
            out << t->topLevelItem(i)->text(0);
            for (int c = 0; c < t->topLevelItem(i)->childCount(); ++c)
                out << QStringLiteral("  ") + t->topLevelItem(i)->child(c)->text(0);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        m_job = m_world.assignedJob(QStringLiteral("Bakery logo"), m_world.worker1Id)
                    .value(QStringLiteral("id"))
                    .toInteger();
        QVERIFY(m_job);
        QVERIFY(test::move(m_world, m_job, QStringLiteral("in_progress"), m_world.worker1));
        QVERIFY(test::deliver(m_world, m_job, QStringLiteral("logo.svg"), m_content,
                              QStringLiteral("Two colour variants inside")));
        QVERIFY(m_client.signIn(m_world.server));
        m_realtime = std::make_unique<net::RealtimeClient>(&m_client.session);
        m_queue =
            std::make_unique<ui::ReviewQueue>(&m_client.api, &m_client.session, m_realtime.get());
        m_queue->resize(1200, 700);
        m_queue->show();
        m_realtime->start(m_world.server.url(QString()), -1);
        QTRY_COMPARE(m_realtime->state(), net::RealtimeClient::State::Live);
    }

    void deliveredWorkIsListed()
    {
        QTRY_VERIFY(m_queue->isLoaded());
        QCOMPARE(m_queue->count(), 1);
        QTreeWidgetItem *row = m_queue->list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Bakery logo"));
        QCOMPARE(row->text(1), QStringLiteral("Sokha"));
        QCOMPARE(row->text(3), QStringLiteral("0"));
        QCOMPARE(pane()->jobId(), m_job);
        QTRY_VERIFY(pane()->isLoaded());
        const QStringList lines = versionLines();
        QVERIFY2(lines.value(0).startsWith(QStringLiteral("Version 1 · submitted")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(lines.contains(QStringLiteral("  Worker’s note: Two colour variants inside")));
        QVERIFY(lines.contains(QStringLiteral("  logo.svg")));
        QTreeWidgetItem *file = pane()->versions()->topLevelItem(0)->child(1);
        QCOMPARE(file->text(1), QLocale().formattedDataSize(m_content.size()));
    }

    void fileDownloadsToDisk()
    {
        auto *button = pane()->versions()->findChild<QPushButton *>(QStringLiteral("downloadFile"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        const QString target = m_dir.filePath(QStringLiteral("saved-logo.svg"));
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QTRY_VERIFY(pane()->downloadState().startsWith(QStringLiteral("Saved ")));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), m_content);
        // Nothing but the file itself is left in the folder.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("saved-logo.svg")});
    }

    void revisionNeedsANote()
    {
        auto *revise = pane()->findChild<QPushButton *>(QStringLiteral("requestRevision"));
        QTest::mouseClick(revise, Qt::LeftButton);
        QVERIFY(pane()->errorText().contains(QStringLiteral("needs a note")));
        QCOMPARE(job().value(QStringLiteral("status")).toString(), QStringLiteral("review"));
        pane()->setNote(QStringLiteral("Make the bread rounder, please."));
        QTest::mouseClick(revise, Qt::LeftButton);
        QTRY_COMPARE(m_queue->count(), 0);
        const QJsonObject after = job();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("revision"));
        QCOMPARE(after.value(QStringLiteral("revisionCount")).toInt(), 1);
    }

    void newVersionArrivesLiveWithTheEarlierReview()
    {
        QVERIFY(test::move(m_world, m_job, QStringLiteral("in_progress"), m_world.worker1));
        QVERIFY(test::deliver(m_world, m_job, QStringLiteral("logo-round.svg"),
                              QByteArray("round ").repeated(100), QStringLiteral("Rounder now")));
        QTRY_COMPARE(m_queue->count(), 1); // no reload: the event brought it
        QCOMPARE(m_queue->list()->topLevelItem(0)->text(3), QStringLiteral("1"));
        QTRY_COMPARE(pane()->jobId(), m_job);
        QTRY_COMPARE(pane()->versions()->topLevelItemCount(), 2);
        const QStringList lines = versionLines();
        QVERIFY2(lines.first().startsWith(QStringLiteral("Version 2")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(lines.contains(QStringLiteral("  logo-round.svg")));
        QVERIFY(lines.contains(QStringLiteral("  Review: Make the bread rounder, please.")));
    }

    void approvalWithRatingCompletes()
    {
        pane()->setRating(4);
        pane()->setNote(QStringLiteral("Lovely."));
        QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("approveJob")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_queue->count(), 0);
        const QJsonObject after = job();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(after.value(QStringLiteral("rating")).toInt(), 4);
        QVERIFY(pane()->errorText().isEmpty());
    }

    void cleanupTestCase()
    {
        m_queue.reset();
        m_realtime.reset();
    }
};

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
