#pragma once

#include <QSslConfiguration>
#include <QString>

namespace jobdesk::server {

// The server's own TLS, for single-machine installs without a proxy in front:
// a PEM certificate (chain) and its PEM private key. Checked in full at start
// (readable, parseable, key matching the certificate, not expired) so that a
// mistake stops the server with a line saying which, instead of failing every
// handshake later. TLS 1.2 or newer.
bool loadTlsFiles(const QString &certFile, const QString &keyFile, QSslConfiguration *out,
                  QString *error);

} // namespace jobdesk::server
