#include "appflowfixture.h"
#include "declinedialog.h"
#include "jobdetailpane.h"
#include "jobqueuedelegate.h"
#include "jobqueuemodel.h"
#include "jobqueueview.h"
#include "localstore.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "syncengine.h"
#include "testserver.h"
#include "timerbar.h"
#include "timetracker.h"
#include "workerwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace jobdesk;
using Group = ui::JobQueueModel::Group;

class TestWorkerFlow final : public QObject, private test::AppFlowFixture
{
    Q_OBJECT

private:
    // The admin offers a new job to worker 1; returns the job id.
    qint64 offerJob(const QString &title)
    {
        const QJsonObject job = m_world.createJob(
            title, {{QStringLiteral("clientRef"), QStringLiteral("ACME-7")},
                    {QStringLiteral("description"), QStringLiteral("Four pages, EN to KM.")}});
        const qint64 id = job.value(QStringLiteral("id")).toInteger();
        const auto r = m_world.http->post(QStringLiteral("/api/v1/jobs/%1/offers").arg(id),
                                          {{QStringLiteral("workerId"), m_world.worker1Id},
                                           {QStringLiteral("windowSeconds"), 600}},
                                          m_world.admin);
        return r.status == 201 ? id : 0;
    }

    ui::WorkerWindow *window() const { return m_flow->workerWindow(); }

    void clickOfferButton(qint64 jobId, bool accept)
    {
        ui::JobQueueView *queue = window()->queueView();
        queue->selectJob(jobId);
        QTreeView *tree = queue->tree();
        const QModelIndex i = tree->currentIndex();
        QVERIFY(i.isValid());
        tree->scrollTo(i);
        const QRect row = tree->visualRect(i);
        const QPoint at = accept ? ui::JobQueueDelegate::acceptRect(row).center()
                                 : ui::JobQueueDelegate::declineRect(row).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        QVERIFY(
            !m_world.assignedJob(QStringLiteral("Clean up the logo"), m_world.worker1Id).isEmpty());
        createFlow();
    }

    void wrongPasswordIsExplained()
    {
        m_flow->start(m_world.server.url(QString()).toString());
        ui::LoginWindow *login = m_flow->loginWindow();
        QVERIFY(login);
        QVERIFY(login->isVisible());
        login->findChild<QLineEdit *>(QStringLiteral("loginEmail"))
            ->setText(QStringLiteral("sokha@example.test"));
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(QStringLiteral("not the password"));
        auto *signIn = login->findChild<QPushButton *>(QStringLiteral("loginSignIn"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QVERIFY(!signIn->isEnabled()); // busy while the server answers
        QTRY_VERIFY(login->errorText().contains(QStringLiteral("not right")));
        QVERIFY(signIn->isEnabled());
    }

    void signInShowsTheQueue()
    {
        ui::LoginWindow *login = m_flow->loginWindow();
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(QStringLiteral("worker password 1"));
        login->findChild<QCheckBox *>(QStringLiteral("loginKeep"))->setChecked(false);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginSignIn")),
                          Qt::LeftButton);
        QTRY_VERIFY(window());
        QTRY_VERIFY(!login->isVisible());
        QTRY_COMPARE(window()->queueModel()->count(Group::Active), 1);
        QCOMPARE(m_settings->value(QStringLiteral("account/email")).toString(),
                 QStringLiteral("sokha@example.test"));
        QVERIFY(m_credentials.secrets().isEmpty()); // not kept: nothing in the keychain
        QTRY_COMPARE(window()->connectionText(), QStringLiteral("Live"));
    }

    void offerArrivesLiveAndIsAccepted()
    {
        const qint64 jobId = offerJob(QStringLiteral("Translate the brochure"));
        QVERIFY(jobId);
        ui::JobQueueModel *model = window()->queueModel();
        QTRY_COMPARE(model->count(Group::Offers), 1);
        const QModelIndex row = model->indexOfJob(jobId);
        const qint64 left = row.data(ui::JobQueueModel::SecondsLeftRole).toLongLong();
        QVERIFY2(left > 540 && left <= 600, QByteArray::number(left).constData());
        // The countdown moves on by itself.
        QTRY_VERIFY(model->indexOfJob(jobId).data(ui::JobQueueModel::SecondsLeftRole).toLongLong() <
                    left);

        clickOfferButton(jobId, true);
        QTRY_COMPARE(model->count(Group::Offers), 0);
        QCOMPARE(model->count(Group::Active), 2);
        QCOMPARE(window()->queueView()->currentJobId(), jobId);
        QCOMPARE(window()->detailPane()->jobId(), jobId);
        auto *start = window()->detailPane()->findChild<QPushButton *>(QStringLiteral("startWork"));
        QTRY_VERIFY(start->isVisible() && start->isEnabled());
    }

    void timerEntrySyncs()
    {
        ui::JobQueueModel *model = window()->queueModel();
        const qint64 jobId = model->index(0, 0, model->groupIndex(Group::Active))
                                 .data(ui::JobQueueModel::JobIdRole)
                                 .toLongLong();
        ui::TimerBar *bar = window()->timerBar();
        auto *picker = bar->findChild<QComboBox *>(QStringLiteral("timerJob"));
        QCOMPARE(picker->count(), 2); // only the jobs the worker holds
        picker->setCurrentIndex(picker->findData(jobId));
        auto *startStop = bar->findChild<QPushButton *>(QStringLiteral("timerStartStop"));
        QCOMPARE(startStop->text(), QStringLiteral("Start"));
        QTest::mouseClick(startStop, Qt::LeftButton);
        QVERIFY(window()->tracker()->isRunning());
        QCOMPARE(startStop->text(), QStringLiteral("Stop"));
        // Ticking: the display moves on from zero (how far depends on the machine's load).
        QTRY_VERIFY(bar->runningText() != QStringLiteral("0:00:00"));
        QTest::mouseClick(startStop, Qt::LeftButton);
        QVERIFY(!window()->tracker()->isRunning());
        QTRY_COMPARE(window()->syncEngine()->counts().synced, 1);
        QTRY_VERIFY(bar->syncText().contains(QStringLiteral("All time synced")));
        const auto entries =
            m_world.http->get(QStringLiteral("/api/v1/time-entries"), m_world.worker1);
        QCOMPARE(entries.status, 200);
        QCOMPARE(entries.items().size(), 1);
    }

    void declineAsksForAReason()
    {
        const qint64 jobId = offerJob(QStringLiteral("Enter survey data"));
        QVERIFY(jobId);
        ui::JobQueueModel *model = window()->queueModel();
        QTRY_COMPARE(model->count(Group::Offers), 1);
        clickOfferButton(jobId, false);
        ui::DeclineDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<ui::DeclineDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        dialog->setReason(QStringLiteral("On leave this week"));
        dialog->accept();
        QTRY_COMPARE(model->count(Group::Offers), 0);
        QVERIFY(!model->indexOfJob(jobId).isValid());
        const auto offers =
            m_world.http->get(QStringLiteral("/api/v1/offers?jobId=%1").arg(jobId), m_world.admin);
        QCOMPARE(offers.items().size(), 1);
        const QJsonObject offer = offers.items().first().toObject();
        QCOMPARE(offer.value(QStringLiteral("status")).toString(), QStringLiteral("declined"));
        QCOMPARE(offer.value(QStringLiteral("declineReason")).toString(),
                 QStringLiteral("On leave this week"));
    }

    void cleanupTestCase() { m_flow.reset(); }
};

QTEST_MAIN(TestWorkerFlow)
#include "tst_workerflow.moc"
