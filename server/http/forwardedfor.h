#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace jobdesk::server {

using Subnet = QPair<QHostAddress, int>;

// Parses "127.0.0.1, 10.1.0.0/16, ::1" (commas or spaces); false on a bad entry.
bool parseSubnets(const QString &text, QList<Subnet> *out, QString *bad);

// The client behind a chain of trusted reverse proxies. Only when `peer` is one of
// them does X-Forwarded-For count, read from the right: the first address not
// itself a trusted proxy is the client (anything left of it is the client's own
// claim). With no trusted proxies the header is ignored, so a client cannot pick
// the address its sign-in attempts are counted under.
QHostAddress forwardedClient(const QHostAddress &peer, const QByteArray &forwardedFor,
                             const QList<Subnet> &trusted);

} // namespace jobdesk::server
