#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

// What goes on the wire, shared by the adapter (handler responses) and the guard
// (its own 4xx/503 answers) so that both carry the same framing and security headers.
namespace jobdesk::server::wire {

struct Framing
{
    bool headRequest = false;     // headers only, no body
    bool close = false;           // "Connection: close", caller closes after the write
    bool http10KeepAlive = false; // HTTP/1.0 client that asked for keep-alive
};

// The whole response (status line, headers, body) as one buffer.
QByteArray serialize(const HttpResponse &response, const Framing &framing);

QByteArray reasonPhrase(int status);

// RFC 7231 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &when);

// Percent-decodes the path part of a request target. The router and the guard's
// body-limit lookup both use this, so they always agree on which route a request hits.
// Returns false for paths that decode to control characters.
bool decodePath(QByteArrayView rawPath, QString *path);

} // namespace jobdesk::server::wire
