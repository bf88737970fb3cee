// One app per user session: a second launch hands over to the first.
#include "singleinstance.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using jobdesk::ui::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchActivatesTheFirst();
    void staleSocketIsTakenOver();
    void strangersAreIgnored();
};

// The second launch runs in another thread, as it would in another process:
// claim() blocks while the first instance answers from its event loop.
void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.sock"));
    SingleInstance first(path);
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    QFuture<bool> second = QtConcurrent::run([path] {
        SingleInstance again(path);
        return again.claim(5000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 10000);
    QCOMPARE(second.result(), false); // it steps aside
    QTRY_COMPARE(activated.count(), 1);

    // And again: the first keeps listening.
    QFuture<bool> third = QtConcurrent::run([path] { return SingleInstance(path).claim(5000); });
    QTRY_VERIFY_WITH_TIMEOUT(third.isFinished(), 10000);
    QCOMPARE(third.result(), false);
    QTRY_COMPARE(activated.count(), 2);
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.sock"));
    {
        // A crashed instance leaves its socket file behind.
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(path));
        crashed.close();
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly)); // the file stays, nobody listens
    }
    QVERIFY(QFile::exists(path));
    SingleInstance next(path);
    QVERIFY(next.claim(500)); // takes over instead of refusing to start
}

void TestSingleInstance::strangersAreIgnored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.sock"));
    SingleInstance first(path);
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    QLocalSocket stranger;
    stranger.connectToServer(path);
    QVERIFY(stranger.waitForConnected(2000));
    stranger.write("hello there, this is not the activation line\n");
    stranger.flush();
    QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
    QCOMPARE(activated.count(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
