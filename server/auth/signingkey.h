#pragma once

#include <QByteArray>
#include <QString>

namespace jobdesk::server {

// The token signing key: 256 random bits, generated on first start and kept in
// the data directory with mode 0600.
QByteArray loadOrCreateSigningKey(const QString &dataDir, QString *error);

} // namespace jobdesk::server
