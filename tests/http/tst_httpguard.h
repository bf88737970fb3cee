#pragma once

// End-to-end tests of the HTTP adapter and its guard: a real adapter on a free
// port, raw QTcpSocket clients for the hostile cases, QNetworkAccessManager and
// QWebSocket for the friendly ones. Cases live in tst_httpguard.cpp (friendly)
// and tst_httpguard_hostile.cpp.

#include "httpadapter.h"
#include "problem.h"
#include "rawhttp.h"
#include "router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <stdexcept>
#include <thread>

namespace testutil {

inline const QByteArray host = QByteArrayLiteral("Host: 127.0.0.1\r\n");

inline QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\n" + host + extra + "\r\n";
}

inline QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\n" + host +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

inline void verifySecurityHeaders(const rawhttp::Response &r)
{
    QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(r.header("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(r.header("Content-Security-Policy"),
             QByteArray("default-src 'none'; frame-ancestors 'none'"));
    QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(r.header("Cross-Origin-Resource-Policy"), QByteArray("same-origin"));
    QCOMPARE(r.count("Cache-Control"), 1);
    QVERIFY(!r.header("Date").isEmpty());
    QVERIFY(r.header("Date").endsWith(" GMT"));
}

inline void verifyProblem(const rawhttp::Response &r, int status, const QString &slug)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(),
             QStringLiteral("urn:jobdesk:problem:") + slug);
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), status);
    verifySecurityHeaders(r);
}

} // namespace testutil

class TestHttpGuard final : public QObject
{
    Q_OBJECT

public:
    std::unique_ptr<jobdesk::server::HttpAdapter> start(const jobdesk::server::GuardLimits &limits,
                                                        const jobdesk::server::Router &router)
    {
        auto adapter = std::make_unique<jobdesk::server::HttpAdapter>(router, limits);
        QString error;
        if (!adapter->listen(QHostAddress::LocalHost, 0, &error))
            qWarning() << "listen failed:" << error;
        return adapter;
    }

    // One answer from `port` for `request` on a fresh connection.
    rawhttp::Response exchange(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        if (!rawhttp::connectTo(socket, port))
            return {};
        socket.write(request);
        const QList<rawhttp::Response> responses = rawhttp::read(socket, 1);
        return responses.isEmpty() ? rawhttp::Response{} : responses.first();
    }

    void verifyStillServing(quint16 port)
    {
        const rawhttp::Response r = exchange(port, testutil::get("/api/v1/ping"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"ok":true})"));
    }

    // Waits until the server closes `socket`, collecting what it sent.
    QList<rawhttp::Response> readUntilClosed(QTcpSocket &socket, int timeoutMs = 5000)
    {
        QByteArray buffer;
        const bool closed = QTest::qWaitFor(
            [&] {
                buffer.append(socket.readAll());
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        buffer.append(socket.readAll());
        QList<rawhttp::Response> responses;
        rawhttp::Response r;
        while (rawhttp::takeResponse(buffer, &r))
            responses.append(r);
        if (!closed)
            responses.append(rawhttp::Response{-1, {}, {}});
        return responses;
    }

    jobdesk::server::Router m_router;
    std::unique_ptr<jobdesk::server::HttpAdapter> m_adapter;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase();
    void transactionPeekAndUnget();
    void router();
    void keepAliveRawAndNam();
    void pipelined();
    void headHasNoBody();
    void notFoundAndMethodNotAllowed();
    void connectionCloseAndHttp10();
    void expectContinue();
    void headerTooLarge();
    void bodyTooLargeDeclared();
    void hugeBodyStreamedStaysFlat();
    void transferEncodingRefused();
    void malformed_data();
    void malformed();
    void slowlorisHead();
    void bodyIdle();
    void keepAliveIdleClose();
    void connectionCap();
    void handlerThrows();
    void reusePort();
    void webSocketUpgrade();
    // tst_httpguard_deferred.cpp
    void deferredDoesNotBlockOthers();
    void deferredPipelinedInOrder();
    void deferredClientLeaves();
    void deferredFailureIsAProblem();
};
