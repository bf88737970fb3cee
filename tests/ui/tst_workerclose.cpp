// Closing the worker window and quitting, against the real server: with a timer
// running the window goes to the tray (a notice once), Quit asks before it stops
// anything, and "Stop timer and quit" records the time and really ends the
// event loop. Without a tray, closing with a timer running asks the same.
#include "appflowfixture.h"
#include "localstore.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "syncengine.h"
#include "testserver.h"
#include "timerbar.h"
#include "timetracker.h"
#include "workertray.h"
#include "workerwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jobdesk;

class TestWorkerClose final : public QObject, private test::AppFlowFixture
{
    Q_OBJECT

private:
    qint64 m_jobId = 0;

    ui::WorkerWindow *window() const { return m_flow->workerWindow(); }

    void signIn()
    {
        ui::LoginWindow *login = m_flow->loginWindow();
        QVERIFY(login);
        submitSignIn(login, QStringLiteral("sokha@example.test"),
                     QStringLiteral("worker password 1"));
        QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), 10000);
        QTRY_VERIFY(
            window()->timerBar()->findChild<QComboBox *>(QStringLiteral("timerJob"))->count() == 1);
    }

    void startTimer() { QVERIFY(window()->tracker()->start(m_jobId).ok()); }

    QAction *trayAction(const char *name) const
    {
        return window()->tray()->menu()->findChild<QAction *>(QLatin1String(name));
    }

    QMessageBox *quitDialog() const
    {
        return window()->findChild<QMessageBox *>(QStringLiteral("quitDialog"));
    }

    void answer(const char *button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = quitDialog()) && box->isVisible());
        auto *b = box->findChild<QPushButton *>(QLatin1String(button));
        QVERIFY2(b, button);
        QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY(!quitDialog());
    }

private Q_SLOTS:
    void initTestCase();
    void closingWithATimerGoesToTheTray();
    void trayShowBringsTheWindowBack();
    void closingWithoutATimerFollowsTheSetting();
    void quitAsksWhileATimerRuns();
    void stopAndQuitRecordsTheTimeAndQuits();
    void withoutATrayClosingWithATimerAsks();
    void cleanupTestCase() { m_flow.reset(); }
};

void TestWorkerClose::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_world.setUp());
    m_jobId = m_world.assignedJob(QStringLiteral("Poster layout"), m_world.worker1Id)
                  .value(QStringLiteral("id"))
                  .toInteger();
    QVERIFY(m_jobId);
    ui::WorkerTray::setAssumeAvailable(true);
    QApplication::setQuitOnLastWindowClosed(true);
    createFlow();
    m_flow->start(m_world.server.url(QString()).toString());
    signIn();
    QVERIFY(window() && window()->tray()->isAvailable());
}

void TestWorkerClose::closingWithATimerGoesToTheTray()
{
    startTimer();
    QVERIFY(!window()->close()); // refused: it hides instead
    QVERIFY(!window()->isVisible());
    QVERIFY(window()->tracker()->isRunning());
    // A dialog closing while the window is in the tray must not end the app.
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QCOMPARE(window()->tray()->messageCount(), 1);
    QVERIFY(window()->tray()->lastMessage().contains(QStringLiteral("timer keeps running")));
    QVERIFY(m_settings->value(QStringLiteral("worker/trayNoticeShown")).toBool());

    window()->showFromTray();
    QVERIFY(!window()->close());
    QCOMPARE(window()->tray()->messageCount(), 1); // the notice is shown once
}

void TestWorkerClose::trayShowBringsTheWindowBack()
{
    QVERIFY(!window()->isVisible());
    trayAction("trayShow")->trigger();
    QVERIFY(window()->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QVERIFY(window()->tracker()->isRunning());

    // A second launch asks the app to come forward: the window leaves the tray too.
    QVERIFY(!window()->close());
    QVERIFY(!window()->isVisible());
    m_flow->bringToFront();
    QVERIFY(window()->isVisible());
    QVERIFY(window()->tracker()->isRunning());
}

void TestWorkerClose::closingWithoutATimerFollowsTheSetting()
{
    QVERIFY(window()->tracker()->stop().ok());
    m_settings->setValue(QStringLiteral("worker/closeToTray"), true);
    QVERIFY(!window()->close());
    QVERIFY(!window()->isVisible());
    trayAction("trayShow")->trigger();
    m_settings->setValue(QStringLiteral("worker/closeToTray"), false);
    QVERIFY(window()->close()); // closing is quitting now
    QVERIFY(!window()->isVisible());
    QVERIFY(!quitDialog());
    window()->showFromTray();
}

void TestWorkerClose::quitAsksWhileATimerRuns()
{
    startTimer();
    QSignalSpy quit(window(), &ui::WorkerWindow::quitConfirmed);
    trayAction("trayQuit")->trigger();
    answer("quitCancel");
    QVERIFY(window()->tracker()->isRunning());
    QVERIFY(window()->isVisible());
    QCOMPARE(quit.size(), 0);

    window()->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    answer("quitKeep"); // keep timing in the tray
    QVERIFY(window()->tracker()->isRunning());
    QVERIFY(!window()->isVisible());
    QCOMPARE(quit.size(), 0);
    trayAction("trayShow")->trigger();
}

void TestWorkerClose::stopAndQuitRecordsTheTimeAndQuits()
{
    QVERIFY(window()->tracker()->isRunning());
    QTest::qWait(1100); // a second on the clock, so the entry has a length
    QSignalSpy quit(window(), &ui::WorkerWindow::quitConfirmed);
    // The real event loop: the answer must end it.
    QTimer::singleShot(0, window(), [this] { trayAction("trayQuit")->trigger(); });
    QTimer::singleShot(50, window(), [this] { answer("quitStop"); });
    QTimer::singleShot(15000, qApp, [] { QCoreApplication::exit(99); }); // a hang fails
    QCOMPARE(QCoreApplication::exec(), 0);
    QCOMPARE(quit.size(), 1);
    QVERIFY(!window()->tracker()->isRunning());
    const auto counts = window()->syncEngine()->counts();
    QCOMPARE(counts.pending + counts.synced, 2); // the earlier session and this one
}

void TestWorkerClose::withoutATrayClosingWithATimerAsks()
{
    // Signed in again with no tray on this desktop.
    ui::WorkerTray::setAssumeAvailable(false);
    Q_EMIT window()->signOutRequested();
    QTRY_VERIFY(!window());
    signIn();
    QVERIFY(window() && !window()->tray()->isAvailable());
    startTimer();
    QVERIFY(!window()->close());
    QVERIFY(window()->isVisible()); // nowhere to hide: it asks
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = quitDialog()) && box->isVisible());
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("quitKeep")));
    answer("quitCancel");
    QVERIFY(window()->tracker()->isRunning());
    QVERIFY(window()->isVisible());
}

QTEST_MAIN(TestWorkerClose)
#include "tst_workerclose.moc"
