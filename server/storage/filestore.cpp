#include "filestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace jobdesk::server {

namespace {

// Storage names are UUIDs; anything else never reaches the file system.
bool isStorageName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f-]{36}$"));
    return re.match(name).hasMatch();
}

} // namespace

QString FileStore::path(const QString &storageName) const
{
    return isStorageName(storageName) ? QDir(m_dir).filePath(storageName) : QString();
}

bool FileStore::create(const QString &storageName, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path(storageName));
    if (file.fileName().isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool FileStore::writeAt(const QString &storageName, qint64 offset, const QByteArray &data,
                        QString *error) const
{
    QFile file(path(storageName));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() < offset) {
        *error = QStringLiteral("the file is shorter than the recorded offset");
        return false;
    }
    if ((file.size() > offset && !file.resize(offset)) || !file.seek(offset) ||
        file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString FileStore::sha256(const QString &storageName, qint64 length) const
{
    QFile file(path(storageName));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() < length)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 remaining = length;
    while (remaining > 0) {
        const QByteArray piece = file.read(std::min<qint64>(remaining, 1 << 20));
        if (piece.isEmpty())
            return {};
        hash.addData(piece);
        remaining -= piece.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

void FileStore::remove(const QString &storageName) const
{
    const QString p = path(storageName);
    if (!p.isEmpty())
        QFile::remove(p);
}

} // namespace jobdesk::server
