#include "signingkey.h"

#include <QDir>
#include <QFile>

#include <openssl/rand.h>

namespace jobdesk::server {

QByteArray loadOrCreateSigningKey(const QString &dataDir, QString *error)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("signing.key"));
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, existing.errorString());
            return {};
        }
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() < 32) {
            *error = QStringLiteral("%1 does not hold a 256-bit key").arg(path);
            return {};
        }
        if (existing.permissions() &
            (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
            existing.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return key;
    }
    QByteArray key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1) {
        *error = QStringLiteral("no randomness for the signing key");
        return {};
    }
    // Created with mode 0600 from the start: there is no moment the key is readable by others.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFile::ReadOwner | QFile::WriteOwner)) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.write(key.toHex() + '\n') != 65 || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.remove();
        return {};
    }
    return key;
}

} // namespace jobdesk::server
