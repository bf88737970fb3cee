// Deferred responses (HttpResponse::later): the work runs on a pool while the
// adapter's thread keeps answering; the connection's own next request waits.
// The work blocks on a semaphore the test releases, so nothing depends on timing.
#include "tst_httpguard.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

using namespace jobdesk::server;
using namespace testutil;

namespace {

struct Gate
{
    QSemaphore open;
    std::atomic<int> requested{0}; // handlers that returned the deferred work
    std::atomic<int> started{0};
    std::atomic<int> finished{0};
};

// A fresh adapter whose /api/v1/slow?tag=T answers "slow T" once the gate opens,
// /api/v1/throws fails inside its deferred work, and /api/v1/ping answers at once.
struct DeferredServer
{
    explicit DeferredServer(Gate &gate, int poolThreads = 2)
    {
        pool.setMaxThreadCount(poolThreads);
        router.add("GET", QStringLiteral("/api/v1/slow"), [&gate](HttpRequest &r) {
            const QByteArray tag = r.query.queryItemValue(QStringLiteral("tag")).toUtf8();
            ++gate.requested;
            return HttpResponse::later([&gate, tag] {
                ++gate.started;
                // Bounded, so that a failed test cannot hang the pool's destructor.
                const bool opened = gate.open.tryAcquire(1, 10000);
                ++gate.finished;
                return HttpResponse::raw(opened ? 200 : 504, "text/plain", "slow " + tag);
            });
        });
        router.add("GET", QStringLiteral("/api/v1/throws"), [](HttpRequest &) {
            return HttpResponse::later(
                []() -> HttpResponse { throw std::runtime_error("aggregation failed"); });
        });
        router.add("GET", QStringLiteral("/api/v1/ping"),
                   [](HttpRequest &) { return HttpResponse::raw(200, "text/plain", "pong"); });
        adapter = std::make_unique<HttpAdapter>(router, GuardLimits{});
        adapter->setDeferredPool(&pool);
        QString error;
        if (!adapter->listen(QHostAddress::LocalHost, 0, &error))
            qWarning() << "listen failed:" << error;
    }
    ~DeferredServer()
    {
        adapter.reset();
        pool.waitForDone(15000);
    }
    Q_DISABLE_COPY_MOVE(DeferredServer)

    QThreadPool pool;
    Router router;
    std::unique_ptr<HttpAdapter> adapter;
};

} // namespace

void TestHttpGuard::deferredDoesNotBlockOthers()
{
    Gate gate;
    DeferredServer server(gate);
    const quint16 port = server.adapter->port();
    QVERIFY(port != 0);

    QTcpSocket slow;
    QVERIFY(rawhttp::connectTo(slow, port));
    slow.write(get("/api/v1/slow?tag=a"));
    QTRY_COMPARE(gate.started.load(), 1);

    // The adapter's thread (this one) answers other connections meanwhile.
    for (int i = 0; i < 3; ++i) {
        const rawhttp::Response r = exchange(port, get("/api/v1/ping"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("pong"));
    }
    QCOMPARE(gate.finished.load(), 0);
    QCOMPARE(slow.bytesAvailable(), 0);

    gate.open.release();
    QList<rawhttp::Response> rs = rawhttp::read(slow, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);
    QCOMPARE(rs.at(0).body, QByteArray("slow a"));
    QCOMPARE(rs.at(0).header("Content-Type"), QByteArray("text/plain"));
    verifySecurityHeaders(rs.at(0));

    // The connection stays alive and serves the next request as usual.
    slow.write(get("/api/v1/ping"));
    rs = rawhttp::read(slow, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).body, QByteArray("pong"));
    QCOMPARE(slow.state(), QAbstractSocket::ConnectedState);
}

void TestHttpGuard::deferredPipelinedInOrder()
{
    Gate gate;
    DeferredServer server(gate);
    const quint16 port = server.adapter->port();
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, port));
    socket.write(get("/api/v1/slow?tag=a") + get("/api/v1/ping") + get("/api/v1/slow?tag=b") +
                 get("/api/v1/ping", "Connection: close\r\n"));
    QTRY_COMPARE(gate.started.load(), 1);
    // Another connection's round trip shows the loop turned; the requests behind the
    // deferred one are still held back, so nothing was answered on this connection.
    QCOMPARE(exchange(port, get("/api/v1/ping")).status, 200);
    QCOMPARE(gate.started.load(), 1);
    QCOMPARE(socket.bytesAvailable(), 0);

    gate.open.release(2);
    const QList<rawhttp::Response> rs = readUntilClosed(socket);
    QCOMPARE(rs.size(), 4);
    QCOMPARE(rs.at(0).body, QByteArray("slow a"));
    QCOMPARE(rs.at(1).body, QByteArray("pong"));
    QCOMPARE(rs.at(2).body, QByteArray("slow b"));
    QCOMPARE(rs.at(3).body, QByteArray("pong"));
    QCOMPARE(rs.at(3).header("Connection"), QByteArray("close"));
    QCOMPARE(gate.finished.load(), 2);
}

void TestHttpGuard::deferredClientLeaves()
{
    Gate gate;
    DeferredServer server(gate, 1);
    const quint16 port = server.adapter->port();

    // A leaves while its work runs; B leaves while its work still waits for the one
    // pool thread, so B's work never begins.
    auto a = std::make_unique<QTcpSocket>();
    QVERIFY(rawhttp::connectTo(*a, port));
    a->write(get("/api/v1/slow?tag=a"));
    QTRY_COMPARE(gate.started.load(), 1);
    auto b = std::make_unique<QTcpSocket>();
    QVERIFY(rawhttp::connectTo(*b, port));
    b->write(get("/api/v1/slow?tag=b"));
    QTRY_COMPARE(gate.requested.load(), 2); // B's work waits in the pool's queue
    a->abort();
    b->abort();
    QTRY_COMPARE(server.adapter->connectionCount(), 0);

    gate.open.release(2);
    QTRY_COMPARE(gate.finished.load(), 1);
    QVERIFY(server.pool.waitForDone(5000));
    QCOMPARE(gate.started.load(), 1); // B's work was skipped
    QVERIFY(gate.open.tryAcquire(1)); // the permit B would have taken

    // Nothing was written to a socket that is gone; the server goes on serving,
    // deferred requests included.
    QCOMPARE(exchange(port, get("/api/v1/ping")).body, QByteArray("pong"));
    QTcpSocket c;
    QVERIFY(rawhttp::connectTo(c, port));
    c.write(get("/api/v1/slow?tag=c"));
    gate.open.release();
    const QList<rawhttp::Response> rs = rawhttp::read(c, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).body, QByteArray("slow c"));
}

void TestHttpGuard::deferredFailureIsAProblem()
{
    Gate gate;
    DeferredServer server(gate);
    const rawhttp::Response r = exchange(server.adapter->port(), get("/api/v1/throws"));
    verifyProblem(r, 500, QStringLiteral("internal"));

    // Without a pool the work runs on the adapter's thread, with the same answer.
    Router router;
    router.add("GET", QStringLiteral("/api/v1/inline"), [](HttpRequest &) {
        return HttpResponse::later([] { return HttpResponse::raw(200, "text/plain", "inline"); });
    });
    const auto inlineAdapter = start(GuardLimits{}, router);
    const rawhttp::Response i = exchange(inlineAdapter->port(), get("/api/v1/inline"));
    QCOMPARE(i.status, 200);
    QCOMPARE(i.body, QByteArray("inline"));
}
