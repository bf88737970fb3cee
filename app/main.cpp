#include "serverprobe.h"
#include "startwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jobdesk"));
    QApplication::setOrganizationName(QStringLiteral("Jobdesk"));
    QApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Jobdesk desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("server"), QApplication::translate("main", "Server address."),
                      QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:8080")});
    parser.process(app);

    QNetworkAccessManager nam;
    jobdesk::net::ServerProbe probe(&nam);
    jobdesk::ui::StartWindow window(&probe, parser.value(QStringLiteral("server")));
    window.show();
    return QApplication::exec();
}
