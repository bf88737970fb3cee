#include "tst_httpguard.h"

#include <QTcpServer>

using namespace jobdesk::server;
using namespace testutil;

void TestHttpGuard::initTestCase()
{
    const auto text = [](const QByteArray &body) {
        return HttpResponse::raw(200, "text/plain", body);
    };
    m_router.add("GET", QStringLiteral("/api/v1/ping"), [](HttpRequest &) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    });
    m_router.add("HEAD", QStringLiteral("/api/v1/ping"),
                 [&](HttpRequest &) { return text("pong"); });
    m_router.add(
        "POST", QStringLiteral("/api/v1/echo"),
        [](HttpRequest &r) {
            return HttpResponse::raw(200, "application/octet-stream", r.body)
                .withHeader("X-Query", r.query.queryItemValue(QStringLiteral("q")).toUtf8());
        },
        RouteOptions{1024});
    m_router.add(
        "PUT", QStringLiteral("/api/v1/uploads/{id}"),
        [](HttpRequest &r) {
            return HttpResponse::json(
                200, QJsonObject{{QStringLiteral("id"), r.param(QStringLiteral("id"))},
                                 {QStringLiteral("size"), r.body.size()}});
        },
        RouteOptions{5 * 1024 * 1024});
    m_router.add("GET", QStringLiteral("/api/v1/items/{id}"), [](HttpRequest &r) {
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("id"), r.param(QStringLiteral("id"))}});
    });
    m_router.add("GET", QStringLiteral("/api/v1/items/mine"), [](HttpRequest &) {
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("mine"), true}});
    });
    m_router.add("GET", QStringLiteral("/api/v1/cached"), [&](HttpRequest &) {
        return text("cached").withHeader("Cache-Control", "max-age=60");
    });
    m_router.add("GET", QStringLiteral("/api/v1/boom"), [](HttpRequest &) -> HttpResponse {
        throw std::runtime_error("database on fire");
    });
    m_router.add("GET", QStringLiteral("/api/v1/boom2"),
                 [](HttpRequest &) -> HttpResponse { throw 42; });

    m_adapter = start(GuardLimits{}, m_router);
    m_port = m_adapter->port();
    QVERIFY(m_port != 0);
}

// What the guard relies on: inside a read transaction, peek() and bytesAvailable()
// start at the transaction position (the bytes QHttpServer has not read yet), a
// commit keeps exactly those, and ungetChar() outside a transaction puts bytes back
// in front of the buffer for the next readAll().
void TestHttpGuard::transactionPeekAndUnget()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());

    client.write("abcdef");
    QTRY_COMPARE(peer->bytesAvailable(), 6);
    peer->startTransaction();
    QCOMPARE(peer->read(2), QByteArray("ab"));
    QCOMPARE(peer->bytesAvailable(), 4);
    QCOMPARE(peer->peek(100), QByteArray("cdef"));
    QCOMPARE(peer->readAll(), QByteArray("cdef"));

    client.write("gh");
    QTRY_COMPARE(peer->bytesAvailable(), 2);
    QCOMPARE(peer->peek(100), QByteArray("gh"));
    peer->commitTransaction();
    QCOMPARE(peer->bytesAvailable(), 2);

    const QByteArray back("xyz");
    for (qsizetype i = back.size() - 1; i >= 0; --i)
        peer->ungetChar(back.at(i));
    QCOMPARE(peer->bytesAvailable(), 5);
    peer->startTransaction();
    QCOMPARE(peer->readAll(), QByteArray("xyzgh"));
    peer->rollbackTransaction();
    QCOMPARE(peer->readAll(), QByteArray("xyzgh"));
}

void TestHttpGuard::router()
{
    Router r;
    r.add("GET", QStringLiteral("/a/{id}"),
          [](HttpRequest &) { return HttpResponse::noContent(); });
    r.add("GET", QStringLiteral("/a/mine/"),
          [](HttpRequest &) { return HttpResponse::noContent(); });
    r.add(
        "PUT", QStringLiteral("/a/{id}"), [](HttpRequest &) { return HttpResponse::noContent(); },
        RouteOptions{100});
    r.add(
        "POST", QStringLiteral("/b"), [](HttpRequest &) { return HttpResponse::noContent(); },
        RouteOptions{10});

    QHash<QString, QString> params;
    Router::Match m = r.match("GET", QStringLiteral("/a/42/"), params);
    QCOMPARE(m.kind, Router::MatchKind::Found);
    QCOMPARE(params.value(QStringLiteral("id")), QStringLiteral("42"));
    m = r.match("GET", QStringLiteral("/a/mine"), params);
    QCOMPARE(m.kind, Router::MatchKind::Found);
    QVERIFY(params.isEmpty()); // the literal route won
    QCOMPARE(r.match("GET", QStringLiteral("/a//"), params).kind, Router::MatchKind::NotFound);
    QCOMPARE(r.match("GET", QStringLiteral("/a/1/2"), params).kind, Router::MatchKind::NotFound);
    m = r.match("DELETE", QStringLiteral("/a/1"), params);
    QCOMPARE(m.kind, Router::MatchKind::MethodNotAllowed);
    QCOMPARE(m.allowedMethods, (QList<QByteArray>{"GET", "PUT"}));
    QCOMPARE(r.match("HEAD", QStringLiteral("/a/1"), params).kind,
             Router::MatchKind::MethodNotAllowed); // no automatic HEAD

    QCOMPARE(r.bodyLimit("PUT", QStringLiteral("/a/1")), 100);
    QCOMPARE(r.bodyLimit("GET", QStringLiteral("/a/1")), 64 * 1024); // the default
    QCOMPARE(r.bodyLimit("POST", QStringLiteral("/nowhere")), 10);   // smallest of all
    QCOMPARE(r.bodyLimit("PATCH", QStringLiteral("/a/1")), 10);
    QCOMPARE(r.bodyLimit("GET", QStringLiteral("/nowhere")), 0);
    QCOMPARE(r.bodyLimit("DELETE", QStringLiteral("/a/1")), 0);
    QCOMPARE(Router().bodyLimit("POST", QStringLiteral("/x")), 0);

    const QList<RouteInfo> routes = r.routes();
    QCOMPARE(routes.size(), 4);
    QCOMPARE(routes.at(2).method, QByteArray("PUT"));
    QCOMPARE(routes.at(2).pattern, QStringLiteral("/a/{id}"));
    QCOMPARE(routes.at(2).maxBodyBytes, 100);
}

void TestHttpGuard::keepAliveRawAndNam()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write(get("/api/v1/ping"));
    QList<rawhttp::Response> rs = rawhttp::read(socket, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);
    QCOMPARE(rs.at(0).header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(rs.at(0).header("Cache-Control"), QByteArray("no-store"));
    verifySecurityHeaders(rs.at(0));

    socket.write(post("/api/v1/echo?q=a%20b", "hello"));
    rs = rawhttp::read(socket, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);
    QCOMPARE(rs.at(0).body, QByteArray("hello"));
    QCOMPARE(rs.at(0).header("X-Query"), QByteArray("a b"));
    verifySecurityHeaders(rs.at(0));

    socket.write(get("/api/v1/cached"));
    rs = rawhttp::read(socket, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).header("Cache-Control"), QByteArray("max-age=60"));
    verifySecurityHeaders(rs.at(0));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    // A 5 MiB upload within the route's limit.
    const QByteArray big(5 * 1024 * 1024, 'u');
    socket.write("PUT /api/v1/uploads/u1 HTTP/1.1\r\n" + host +
                 "Content-Length: " + QByteArray::number(big.size()) + "\r\n\r\n" + big);
    rs = rawhttp::read(socket, 1, nullptr, 20000);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);
    QCOMPARE(QJsonDocument::fromJson(rs.at(0).body)[QStringLiteral("size")].toInt(), big.size());

    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    std::unique_ptr<QNetworkReply> reply(
        m_nam.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/api/v1/items/7"))))));
    QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(QJsonDocument::fromJson(reply->readAll())[QStringLiteral("id")].toString(),
             QStringLiteral("7"));

    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/v1/echo"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    reply.reset(m_nam.post(request, QByteArray("from nam")));
    QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("from nam"));
}

void TestHttpGuard::pipelined()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write(get("/api/v1/ping") + post("/api/v1/echo", "second") + get("/api/v1/items/7") +
                 get("/api/v1/items/mine"));
    const QList<rawhttp::Response> rs = rawhttp::read(socket, 4);
    QCOMPARE(rs.size(), 4);
    QCOMPARE(rs.at(0).body, QByteArray(R"({"ok":true})"));
    QCOMPARE(rs.at(1).body, QByteArray("second"));
    QCOMPARE(rs.at(2).body, QByteArray(R"({"id":"7"})"));
    QCOMPARE(rs.at(3).body, QByteArray(R"({"mine":true})"));
    for (const rawhttp::Response &r : rs)
        verifySecurityHeaders(r);
}

void TestHttpGuard::headHasNoBody()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write("HEAD /api/v1/ping HTTP/1.1\r\n" + host + "\r\n");
    QByteArray leftover;
    QList<rawhttp::Response> rs = rawhttp::read(socket, 1, &leftover, 5000, true);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);
    QCOMPARE(rs.at(0).header("Content-Length"), QByteArray("4"));
    QVERIFY(leftover.isEmpty());
    socket.write(get("/api/v1/ping"));
    rs = rawhttp::read(socket, 1, &leftover);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).body, QByteArray(R"({"ok":true})")); // framing intact: no stray "pong"

    // A head split across reads on a kept-alive connection yields one answer only.
    socket.write("GET /api/v1/items/5 HT");
    QTest::qWait(50);
    socket.write("TP/1.1\r\n" + host);
    QTest::qWait(50);
    socket.write("\r\n");
    rs = rawhttp::read(socket, 1, &leftover);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).body, QByteArray(R"({"id":"5"})"));
    QTest::qWait(100);
    QCOMPARE(socket.readAll() + leftover, QByteArray());
}

void TestHttpGuard::notFoundAndMethodNotAllowed()
{
    rawhttp::Response r = exchange(m_port, get("/api/v1/nope"));
    verifyProblem(r, 404, QStringLiteral("not-found"));

    r = exchange(m_port, "DELETE /api/v1/echo HTTP/1.1\r\n" + host + "\r\n");
    verifyProblem(r, 405, QStringLiteral("method-not-allowed"));
    QCOMPARE(r.header("Allow"), QByteArray("POST"));

    r = exchange(m_port, post("/api/v1/ping", "x"));
    verifyProblem(r, 405, QStringLiteral("method-not-allowed"));
    QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));

    r = exchange(m_port, get("/api/v1/ping/"));
    QCOMPARE(r.status, 200);
    r = exchange(m_port, get("/api/v1/items/a%20b"));
    QCOMPARE(r.body, QByteArray(R"({"id":"a b"})"));
}

void TestHttpGuard::connectionCloseAndHttp10()
{
    QTcpSocket closing;
    QVERIFY(rawhttp::connectTo(closing, m_port));
    closing.write(get("/api/v1/ping", "Connection: close\r\n"));
    QList<rawhttp::Response> rs = readUntilClosed(closing);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);
    QCOMPARE(rs.at(0).header("Connection"), QByteArray("close"));

    QTcpSocket http10;
    QVERIFY(rawhttp::connectTo(http10, m_port));
    http10.write("GET /api/v1/ping HTTP/1.0\r\n\r\n");
    rs = readUntilClosed(http10);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).status, 200);

    QTcpSocket keepAlive10;
    QVERIFY(rawhttp::connectTo(keepAlive10, m_port));
    keepAlive10.write("GET /api/v1/ping HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    rs = rawhttp::read(keepAlive10, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).header("Connection"), QByteArray("keep-alive"));
    keepAlive10.write("GET /api/v1/items/3 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    rs = rawhttp::read(keepAlive10, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).body, QByteArray(R"({"id":"3"})"));
}

void TestHttpGuard::expectContinue()
{
    QTcpSocket socket;
    QVERIFY(rawhttp::connectTo(socket, m_port));
    socket.write("POST /api/v1/echo HTTP/1.1\r\n" + host +
                 "Content-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    QByteArray interim;
    QVERIFY(QTest::qWaitFor([&] {
        interim.append(socket.readAll());
        return interim.contains("\r\n\r\n");
    }));
    QVERIFY(interim.startsWith("HTTP/1.1 100 Continue\r\n"));
    socket.write("body");
    const QList<rawhttp::Response> rs = rawhttp::read(socket, 1);
    QCOMPARE(rs.size(), 1);
    QCOMPARE(rs.at(0).body, QByteArray("body"));

    const rawhttp::Response r =
        exchange(m_port, "POST /api/v1/echo HTTP/1.1\r\n" + host +
                             "Content-Length: 4096\r\nExpect: 100-continue\r\n\r\n");
    verifyProblem(r, 413, QStringLiteral("payload-too-large"));
}

void TestHttpGuard::reusePort()
{
    Router a;
    a.add("GET", QStringLiteral("/api/v1/ping"),
          [](HttpRequest &) { return HttpResponse::raw(200, "text/plain", "A"); });
    Router b;
    b.add("GET", QStringLiteral("/api/v1/ping"),
          [](HttpRequest &) { return HttpResponse::raw(200, "text/plain", "B"); });
    const auto first = start(GuardLimits{}, a);
    QVERIFY(first->port() != 0);
    HttpAdapter second(b, GuardLimits{});
    QString error;
    QVERIFY2(second.listen(QHostAddress::LocalHost, first->port(), &error), qPrintable(error));
    QCOMPARE(second.port(), first->port());

    QSet<QByteArray> seen;
    for (int i = 0; i < 64 && seen.size() < 2; ++i) {
        const rawhttp::Response r = exchange(first->port(), get("/api/v1/ping"));
        QCOMPARE(r.status, 200);
        seen.insert(r.body);
    }
    QCOMPARE(seen, (QSet<QByteArray>{"A", "B"}));
}

void TestHttpGuard::webSocketUpgrade()
{
    m_nam.clearConnectionCache(); // its kept-alive connections count too
    QTRY_COMPARE(m_adapter->connectionCount(), 0);
    QSignalSpy spy(m_adapter.get(), &HttpAdapter::newWebSocket);
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_port)));
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE(spy.size(), 1);
    std::unique_ptr<QWebSocket> server(spy.at(0).at(0).value<QWebSocket *>());
    QVERIFY(server);
    QCOMPARE(server->maxAllowedIncomingFrameSize(), quint64(64 * 1024));
    QCOMPARE(server->maxAllowedIncomingMessageSize(), quint64(256 * 1024));
    QCOMPARE(server->requestUrl().path(), QStringLiteral("/api/v1/ws"));

    QSignalSpy message(server.get(), &QWebSocket::textMessageReceived);
    client.sendTextMessage(QStringLiteral("hi"));
    QVERIFY(message.wait(5000));
    QCOMPARE(message.at(0).at(0).toString(), QStringLiteral("hi"));
    client.close();

    // Elsewhere the upgrade is ignored and the request routed like any other.
    const rawhttp::Response r =
        exchange(m_port, get("/api/v1/ping", "Connection: Upgrade\r\nUpgrade: websocket\r\n"
                                             "Sec-WebSocket-Version: 13\r\n"
                                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"));
    QCOMPARE(r.status, 200);
    QCOMPARE(spy.size(), 1);
    verifyStillServing(m_port);

    // The upgraded TCP socket goes away with its QWebSocket: the cap count drops.
    server.reset();
    QTRY_COMPARE(m_adapter->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttpGuard)
