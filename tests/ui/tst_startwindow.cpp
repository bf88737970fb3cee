// The start window against the real server: a reachable server is named with its
// version, an unreachable one gives a readable reason, and the window never blocks.
#include "serverprobe.h"
#include "startwindow.h"
#include "testserver.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace jobdesk;

class TestStartWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsAReachableServer();
    void explainsAnUnreachableServer();

private:
    static QString status(const QWidget &w)
    {
        const QList<QLabel *> labels = w.findChildren<QLabel *>();
        return labels.isEmpty() ? QString() : labels.last()->text();
    }
};

void TestStartWindow::reportsAReachableServer()
{
    test::TestServer server;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    net::ServerProbe probe(&nam);
    ui::StartWindow window(&probe, server.url(QString()).toString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(status(window), QStringLiteral("Not connected yet."));
    auto *button = window.findChild<QPushButton *>();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // busy while the answer is on its way
    QTRY_VERIFY_WITH_TIMEOUT(status(window).startsWith(QStringLiteral("Server reachable")), 10000);
    QVERIFY(status(window).contains(QStringLiteral(JOBDESK_VERSION)));
    QVERIFY(button->isEnabled());
}

void TestStartWindow::explainsAnUnreachableServer()
{
    // A port that was free a moment ago: nothing listens there now.
    quint16 port = 0;
    {
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost));
        port = probePort.serverPort();
    }
    QNetworkAccessManager nam;
    net::ServerProbe probe(&nam);
    ui::StartWindow window(&probe, QStringLiteral("http://127.0.0.1:%1").arg(port));
    window.show();
    auto *edit = window.findChild<QLineEdit *>();
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(status(window).startsWith(QStringLiteral("Not connected: ")), 10000);
    QVERIFY(status(window).size() > QStringLiteral("Not connected: ").size());
}

QTEST_MAIN(TestStartWindow)
#include "tst_startwindow.moc"
