#include "serverconfig.h"

#include <QDir>

namespace jobdesk::server {

QString ServerConfig::sqlitePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("jobdesk.db"));
}

QString ServerConfig::filesDir() const
{
    return QDir(dataDir).filePath(QStringLiteral("files"));
}

} // namespace jobdesk::server
