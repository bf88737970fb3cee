#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
    return jobdesk::server::runCommandLine(QCoreApplication::arguments());
}
