#include "serverconfig.h"

#include <QDir>

namespace jobdesk::server {

QString ServerConfig::sqlitePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("jobdesk.db"));
}

} // namespace jobdesk::server
