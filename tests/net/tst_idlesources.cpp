// The idle sources the app uses. The X11 source against a real X server (Xvfb),
// the D-Bus source over a real session bus (the test runs under
// dbus-run-session) against a ScreenSaver service registered on its own
// connection, and the monitor's fallback from one source to the next.
#include "dbusidlesource.h"
#include "fakeidlesource.h"
#include "idlemonitor.h"
#include "x11idlesource.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::net;
using jobdesk::test::FakeIdleSource;

namespace {

// A screen saver service as a desktop provides it: KDE answers the session idle
// time; GNOME refuses it as not supported and only tells how long the screen
// saver has been active.
class ScreenSaverService final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    bool gnomeStyle = false;
    uint idleMs = 0;
    uint activeSeconds = 0;
    int calls = 0;

public Q_SLOTS:
    uint GetSessionIdleTime()
    {
        ++calls;
        if (gnomeStyle)
            sendErrorReply(QStringLiteral("org.freedesktop.DBus.Error.NotSupported"),
                           QStringLiteral("This method is not part of the idle inhibition "
                                          "specification"));
        return idleMs;
    }
    uint GetActiveTime()
    {
        ++calls;
        return activeSeconds;
    }
};

// Asks once and waits for the answer: the idle time, or -1 when unavailable.
qint64 ask(IdleSource &source)
{
    QSignalSpy time(&source, &IdleSource::idleTime);
    QSignalSpy none(&source, &IdleSource::unavailable);
    source.request();
    QElapsedTimer waited;
    waited.start();
    while (time.isEmpty() && none.isEmpty() && waited.elapsed() < 5000)
        QTest::qWait(10);
    if (time.isEmpty() && none.isEmpty())
        return -2; // no answer at all: a source must always answer
    return time.isEmpty() ? -1 : time.first().first().toLongLong();
}

} // namespace

class TestIdleSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monitorFallsBackToTheNextSource();
    void monitorWithoutSourcesSaysUnavailable();
    void x11SourceReadsTheServersIdleTime();
    void x11SourceWithoutADisplayIsUnavailable();
    void dbusSessionIdleTime();
    void dbusFallsBackToActiveTime();
    void dbusWithoutTheServiceIsUnavailable();
    void cleanup();

private:
    bool registerService(ScreenSaverService *service);
    QDBusConnection m_serviceBus{QString()};
};

void TestIdleSources::cleanup()
{
    if (m_serviceBus.isConnected()) {
        m_serviceBus.unregisterObject(QLatin1String(DBusIdleSource::Path));
        m_serviceBus.unregisterService(QLatin1String(DBusIdleSource::Service));
    }
}

void TestIdleSources::monitorFallsBackToTheNextSource()
{
    auto *first = new FakeIdleSource;
    auto *second = new FakeIdleSource;
    first->setUnavailable(true);
    second->setIdle(42000);
    IdleMonitor monitor({first, second});
    QCOMPARE(ask(monitor), 42000);
    QCOMPARE(first->requests(), 1);
    QCOMPARE(monitor.name(), QStringLiteral("fake"));
    second->setIdle(7);
    QCOMPARE(ask(monitor), 7);
    QCOMPARE(first->requests(), 1); // a source that could not tell is not asked again
    QCOMPARE(second->requests(), 2);
}

void TestIdleSources::monitorWithoutSourcesSaysUnavailable()
{
    auto *only = new FakeIdleSource;
    only->setUnavailable(true);
    IdleMonitor monitor({only});
    QCOMPARE(ask(monitor), -1);
    QVERIFY(monitor.exhausted());
    QCOMPARE(ask(monitor), -1);
    QCOMPARE(only->requests(), 1);
}

void TestIdleSources::x11SourceReadsTheServersIdleTime()
{
    if (!X11IdleSource::isBuilt())
        QSKIP("built without libXss");
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        QSKIP("Xvfb is not installed");
    // -displayfd: the server picks a free display and writes its number.
    QProcess server;
    server.start(xvfb,
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("320x240x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp")});
    QVERIFY(server.waitForStarted());
    QByteArray number;
    QTRY_VERIFY_WITH_TIMEOUT((number += server.readAllStandardOutput(), number.contains('\n')),
                             10000);
    const QString display = QLatin1Char(':') + QString::fromLatin1(number.trimmed());
    {
        X11IdleSource source(display);
        const qint64 first = ask(source);
        QVERIFY2(first >= 0, qPrintable(display));
        QElapsedTimer waited;
        waited.start();
        QTest::qWait(400);
        const qint64 second = ask(source);
        // Nobody types on a virtual display: the idle time grows with the clock.
        QVERIFY2(second - first >= 300 && second - first <= waited.elapsed() + 200,
                 qPrintable(QStringLiteral("%1 then %2").arg(first).arg(second)));
    }
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

void TestIdleSources::x11SourceWithoutADisplayIsUnavailable()
{
    X11IdleSource source(QStringLiteral(":987654"));
    QCOMPARE(ask(source), -1);
}

bool TestIdleSources::registerService(ScreenSaverService *service)
{
    if (!QDBusConnection::sessionBus().isConnected())
        return false;
    // Its own connection, so calls travel through the bus daemon like a desktop's.
    m_serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                 QStringLiteral("screensaver-service"));
    return m_serviceBus.registerService(QLatin1String(DBusIdleSource::Service)) &&
           m_serviceBus.registerObject(QLatin1String(DBusIdleSource::Path), service,
                                       QDBusConnection::ExportAllSlots);
}

void TestIdleSources::dbusSessionIdleTime()
{
    ScreenSaverService service;
    if (!registerService(&service))
        QSKIP("no D-Bus session bus (run under dbus-run-session)");
    service.idleMs = 93000;
    DBusIdleSource source;
    QCOMPARE(ask(source), 93000);
    service.idleMs = 12;
    QCOMPARE(ask(source), 12);
    QCOMPARE(service.calls, 2);
}

void TestIdleSources::dbusFallsBackToActiveTime()
{
    ScreenSaverService service;
    if (!registerService(&service))
        QSKIP("no D-Bus session bus (run under dbus-run-session)");
    service.gnomeStyle = true;
    service.activeSeconds = 420;
    DBusIdleSource source;
    QCOMPARE(ask(source), 420000);
    QCOMPARE(service.calls, 2);
    service.activeSeconds = 0; // the screen saver went off: the worker is back
    QCOMPARE(ask(source), 0);
    QCOMPARE(service.calls, 3); // what worked is asked directly from then on
}

void TestIdleSources::dbusWithoutTheServiceIsUnavailable()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (run under dbus-run-session)");
    DBusIdleSource source;
    QCOMPARE(ask(source), -1);
}

QTEST_GUILESS_MAIN(TestIdleSources)
#include "tst_idlesources.moc"
