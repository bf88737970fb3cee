#include "appflow.h"
#include "appicon.h"
#include "keychaincredentialstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jobdesk"));
    QApplication::setOrganizationName(QStringLiteral("Jobdesk"));
    QApplication::setOrganizationDomain(QStringLiteral("jobdesk.app"));
    QApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
    QApplication::setWindowIcon(jobdesk::ui::AppIcon::icon());
    // The tray keeps the timer reachable when the window is closed to it.
    QApplication::setQuitOnLastWindowClosed(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Jobdesk desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("server"),
         QApplication::translate("main", "Server address, e.g. https://jobs.example.com."),
         QStringLiteral("URL")});
    parser.process(app);

    QSettings settings;
    QNetworkAccessManager nam;
    jobdesk::net::KeychainCredentialStore credentials;
    jobdesk::ui::AppFlow flow(&nam, &credentials, &settings,
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    flow.start(parser.value(QStringLiteral("server")));
    return QApplication::exec();
}
