#pragma once

#include "problem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace jobdesk::server {

// The guard's view of one request head: just enough HTTP/1.1 to frame the
// message (RFC 9112) and to look up its route before any body byte is read.
struct RequestHead
{
    QByteArray method;
    QByteArray target;   // as received
    QString path;        // percent-decoded path part of target
    QByteArray rawQuery; // still percent-encoded, without '?'
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
    bool upgradeRequested = false; // "Connection: upgrade" together with an Upgrade header
    bool webSocketUpgrade = false; // ...and the Upgrade header names websocket
};

// Finds the end of the head ("\r\n\r\n", or "\n\n" as RFC 9112 tolerates).
// Returns the length of the head including the terminator, or -1.
qsizetype findHeadEnd(QByteArrayView data);

// Parses a complete head (including its terminator). On failure fills `error`
// with the problem to answer: 400, 411 (chunked), 501 (other transfer codings,
// unsupported methods) or 505.
bool parseRequestHead(QByteArrayView head, RequestHead *out, Problem *error);

// A copy of the head with the Upgrade header renamed, for protocol upgrades we
// ignore (RFC 9110 allows ignoring Upgrade): QHttpServer 6.4 would otherwise
// drop the connection without an answer.
QByteArray withoutUpgrade(QByteArrayView head);

} // namespace jobdesk::server
