// Hostile and failing clients: every case ends by checking the server still answers.

#include "tst_httpguard.h"

using namespace jobdesk::server;
using namespace testutil;

namespace {

GuardLimits shortTimeouts()
{
    GuardLimits limits;
    limits.headerTimeoutMs = 300;
    limits.bodyIdleTimeoutMs = 300;
    limits.keepAliveIdleMs = 300;
    return limits;
}

} // namespace

void TestHttpGuard::headerTooLarge()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write(get("/api/v1/ping", "X-Filler: " + QByteArray(20 * 1024, 'a') + "\r\n"));
    const QList<rawhttp::Response> rs = readUntilClosed(socket);
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), 431, QStringLiteral("header-too-large"));
    QCOMPARE(rs.at(0).header("Connection"), QByteArray("close"));

    // Same without a terminator: the guard must not wait for one forever.
    QTcpSocket endless;
    QVERIFY(rawhttp::connectTo(endless, m_port));
    endless.write("GET /api/v1/ping HTTP/1.1\r\nX-Filler: " + QByteArray(20 * 1024, 'a'));
    verifyProblem(readUntilClosed(endless).value(0), 431, QStringLiteral("header-too-large"));
    verifyStillServing(m_port);
}

void TestHttpGuard::bodyTooLargeDeclared()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write("POST /api/v1/echo HTTP/1.1\r\n" + host + "Content-Length: 2048\r\n\r\n");
    const QList<rawhttp::Response> rs = readUntilClosed(socket);
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), 413, QStringLiteral("payload-too-large"));
    QVERIFY(QJsonDocument::fromJson(rs.at(0).body)[QStringLiteral("detail")].toString().contains(
        QStringLiteral("1024")));

    // Unrouted POSTs get the smallest limit of all routes, unrouted GETs none.
    verifyProblem(exchange(m_port, post("/api/v1/nope", QByteArray(2000, 'x'))), 413,
                  QStringLiteral("payload-too-large"));
    verifyProblem(exchange(m_port, get("/api/v1/nope", "Content-Length: 1\r\n") + "x"), 413,
                  QStringLiteral("payload-too-large"));
    verifyStillServing(m_port);
}

void TestHttpGuard::hugeBodyStreamedStaysFlat()
{
    // Reset the kernel's peak-RSS counter (VmHWM) so that it measures this case only.
    const bool peakReset = rawhttp::resetPeakResident();
    const qint64 before = rawhttp::residentKiB();
    QVERIFY(before > 0);
    qint64 peak = before;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this,
            [&] { peak = std::max(peak, rawhttp::residentKiB()); });
    sampler.start(20);

    rawhttp::StreamResult result;
    const QByteArray head = "POST /api/v1/echo HTTP/1.1\r\n" + host +
                            "Content-Type: application/octet-stream\r\n"
                            "Content-Length: 800000000\r\n\r\n";
    QElapsedTimer elapsed;
    elapsed.start();
    std::thread client(rawhttp::streamBody, m_port, head, qint64(128) << 20, &result);
    // A real event loop: QTest::qWaitFor sleeps 10 ms between rounds, which would
    // throttle the server's draining to one socket read per round.
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (result.done || elapsed.hasExpired(60000))
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    const bool finished = result.done;
    client.join();
    sampler.stop();
    peak = std::max(peak, rawhttp::residentKiB());
    if (peakReset)
        peak = std::max(peak, rawhttp::residentKiB("VmHWM:"));

    QVERIFY(finished);
    qInfo() << "streamed" << result.sent / (1024 * 1024) << "MiB in" << elapsed.elapsed()
            << "ms; RSS before" << before / 1024 << "MiB, peak" << peak / 1024 << "MiB";
    QCOMPARE(result.sendError, 0);
    QVERIFY(result.sent >= (qint64(100) << 20));
    rawhttp::Response r;
    QVERIFY(rawhttp::takeResponse(result.received, &r));
    verifyProblem(r, 413, QStringLiteral("payload-too-large"));
#if defined(__SANITIZE_ADDRESS__)
    // ASan keeps freed memory in quarantine, so resident size says nothing here.
    QSKIP("RSS is not a measure of buffering under AddressSanitizer");
#endif
    QVERIFY2(peak - before < 30 * 1024, "RSS grew by 30 MiB or more");
    verifyStillServing(m_port);
}

void TestHttpGuard::transferEncodingRefused()
{
    rawhttp::Response r =
        exchange(m_port, "POST /api/v1/echo HTTP/1.1\r\n" + host +
                             "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    verifyProblem(r, 411, QStringLiteral("length-required"));
    QVERIFY(QJsonDocument::fromJson(r.body)[QStringLiteral("detail")].toString().contains(
        QStringLiteral("Content-Length")));
    r = exchange(m_port, "POST /api/v1/echo HTTP/1.1\r\n" + host +
                             "Content-Length: 5\r\nTransfer-Encoding: gzip\r\n\r\nhello");
    verifyProblem(r, 501, QStringLiteral("not-implemented"));
    verifyStillServing(m_port);
}

void TestHttpGuard::malformed_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    const QByteArray postHead = "POST /api/v1/echo HTTP/1.1\r\n" + host;
    const auto bad = [&](const char *name, const QByteArray &headers) {
        QTest::newRow(name) << postHead + headers + "\r\nhello" << 400
                            << QStringLiteral("bad-request");
    };
    bad("letters", "Content-Length: abc\r\n");
    bad("negative", "Content-Length: -1\r\n");
    bad("plus", "Content-Length: +5\r\n");
    bad("empty", "Content-Length: \r\n");
    bad("conflicting", "Content-Length: 5\r\nContent-Length: 6\r\n");
    bad("conflicting list", "Content-Length: 5, 6\r\n");
    bad("overflow", "Content-Length: 99999999999999999999999\r\n");
    bad("space in name", "Content-Length : 5\r\n");
    bad("folded", "X-A: b\r\n c\r\n");
    bad("two hosts", "Host: second\r\n");
    bad("control char", QByteArray("X-A: a\x01b\r\n"));
    QTest::newRow("no host") << QByteArray("GET /api/v1/ping HTTP/1.1\r\n\r\n") << 400
                             << QStringLiteral("bad-request");
    QTest::newRow("tls hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7) << 400
                               << QStringLiteral("bad-request");
    QTest::newRow("absolute form") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                   << QStringLiteral("bad-request");
    QTest::newRow("http2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505
                                   << QStringLiteral("http-version-not-supported");
    QTest::newRow("connect") << QByteArray("CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: x\r\n\r\n")
                             << 501 << QStringLiteral("not-implemented");
}

void TestHttpGuard::malformed()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write(request);
    const QList<rawhttp::Response> rs = readUntilClosed(socket);
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), status, slug);

    // Agreeing duplicates are fine.
    const rawhttp::Response ok =
        exchange(m_port, "POST /api/v1/echo HTTP/1.1\r\n" + host +
                             "Content-Length: 5\r\nContent-Length: 5, 5\r\n\r\nhello");
    QCOMPARE(ok.status, 200);
    verifyStillServing(m_port);
}

void TestHttpGuard::slowlorisHead()
{
    const auto adapter = start(shortTimeouts(), m_router);
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, adapter->port()));
    socket.write("GET /api/v1/ping HTTP/1.1\r\n");
    QTimer drip; // one header byte every 50 ms, forever
    connect(&drip, &QTimer::timeout, this, [&] { socket.write("X"); });
    drip.start(50);
    QElapsedTimer elapsed;
    elapsed.start();
    const QList<rawhttp::Response> rs = readUntilClosed(socket);
    drip.stop();
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), 408, QStringLiteral("request-timeout"));
    QVERIFY2(elapsed.elapsed() < 2000, "the head deadline is not absolute");
    verifyStillServing(adapter->port());
}

void TestHttpGuard::bodyIdle()
{
    const auto adapter = start(shortTimeouts(), m_router);
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, adapter->port()));
    socket.write("POST /api/v1/echo HTTP/1.1\r\n" + host + "Content-Length: 10\r\n\r\nabc");
    const QList<rawhttp::Response> rs = readUntilClosed(socket);
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), 408, QStringLiteral("request-timeout"));
    verifyStillServing(adapter->port());
}

void TestHttpGuard::keepAliveIdleClose()
{
    const auto adapter = start(shortTimeouts(), m_router);
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, adapter->port()));
    socket.write(get("/api/v1/ping"));
    QByteArray leftover;
    QCOMPARE(rawhttp::read(socket, 1, &leftover).value(0).status, 200);
    const QList<rawhttp::Response> rs = readUntilClosed(socket, 3000);
    QVERIFY(rs.isEmpty()); // closed, and silently

    // A connection that never sends anything is closed as well.
    QTcpSocket silent;
    QVERIFY(rawhttp::connectTo(silent, adapter->port()));
    QVERIFY(readUntilClosed(silent, 3000).isEmpty());
    verifyStillServing(adapter->port());
}

void TestHttpGuard::connectionCap()
{
    GuardLimits limits;
    limits.maxConnections = 2;
    const auto adapter = start(limits, m_router);
    auto first = std::make_unique<QTcpSocket>();
    auto second = std::make_unique<QTcpSocket>();
    QVERIFY(rawhttp::connectTo(*first, adapter->port()));
    QVERIFY(rawhttp::connectTo(*second, adapter->port()));
    QTRY_COMPARE(adapter->connectionCount(), 2);

    QTcpSocket third;
    QVERIFY(rawhttp::connectTo(third, adapter->port()));
    const QList<rawhttp::Response> rs = readUntilClosed(third);
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), 503, QStringLiteral("overloaded"));
    QCOMPARE(rs.at(0).header("Retry-After"), QByteArray("5"));

    first.reset();
    second.reset();
    QTRY_COMPARE(adapter->connectionCount(), 0);
    verifyStillServing(adapter->port());
}

void TestHttpGuard::handlerThrows()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write(get("/api/v1/boom"));
    QList<rawhttp::Response> rs = rawhttp::read(socket, 1);
    QCOMPARE(rs.size(), 1);
    verifyProblem(rs.at(0), 500, QStringLiteral("internal"));
    QVERIFY(!rs.at(0).body.contains("fire")); // no internals on the wire

    socket.write(get("/api/v1/boom2") + get("/api/v1/ping"));
    rs = rawhttp::read(socket, 2);
    QCOMPARE(rs.size(), 2);
    verifyProblem(rs.at(0), 500, QStringLiteral("internal"));
    QCOMPARE(rs.at(1).status, 200);
    verifyStillServing(m_port);
}
