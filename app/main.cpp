#include "appflow.h"
#include "appicon.h"
#include "apptranslations.h"
#include "cafilefield.h"
#include "certificatetrust.h"
#include "keychaincredentialstore.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

// --version and --help must work without a display (packaging checks, SSH).
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all")
            return true;
    }
    return false;
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Jobdesk desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("server"),
         QCoreApplication::translate("main", "Server address, e.g. https://jobs.example.com."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("ca-file"),
                      QCoreApplication::translate(
                          "main", "For this run, trust the certificate authority in FILE (PEM) in "
                                  "addition to the system's (instead of the one in Preferences)."),
                      QStringLiteral("FILE")});
    // What the "start when I sign in" entry runs (ui/common/autostart.cpp).
    parser.addOption({QStringLiteral("minimized"),
                      QCoreApplication::translate("main", "Start with the window minimized.")});
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("jobdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jobdesk"));
    QApplication::setOrganizationName(QStringLiteral("Jobdesk"));
    QApplication::setOrganizationDomain(QStringLiteral("jobdesk.app"));
    QApplication::setApplicationVersion(QStringLiteral(JOBDESK_VERSION));
    QApplication::setWindowIcon(jobdesk::ui::AppIcon::icon());
    jobdesk::ui::AppTranslations::install(&app,
                                          jobdesk::ui::AppTranslations::chosen(QSettings()));
    // The tray keeps the timer reachable when the window is closed to it.
    QApplication::setQuitOnLastWindowClosed(true);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    // A second launch brings this one's window to the front instead.
    jobdesk::ui::SingleInstance instance(qEnvironmentVariable("JOBDESK_INSTANCE_SOCKET"));
    if (!instance.claim())
        return 0;

    QSettings settings;
    // Before the first connection: every request and socket starts from this trust.
    // --ca-file wins for this run; a stored file that went bad leaves the system's
    // authorities, and the sign-in window then says the certificate is not trusted.
    const QString caFile = parser.isSet(QStringLiteral("ca-file"))
                               ? parser.value(QStringLiteral("ca-file"))
                               : jobdesk::ui::CaFileField::stored(settings);
    QString caError;
    if (!jobdesk::net::CertificateTrust::apply(caFile, &caError)) {
        if (parser.isSet(QStringLiteral("ca-file"))) {
            fprintf(stderr, "jobdesk: %s\n", qPrintable(caError));
            return 2;
        }
        qWarning("certificate authority file ignored: %s", qPrintable(caError));
    }
    QNetworkAccessManager nam;
    jobdesk::net::KeychainCredentialStore credentials;
    jobdesk::ui::AppFlow flow(&nam, &credentials, &settings,
                              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QObject::connect(&instance, &jobdesk::ui::SingleInstance::activationRequested, &flow,
                     &jobdesk::ui::AppFlow::bringToFront);
    flow.setStartMinimized(parser.isSet(QStringLiteral("minimized")));
    flow.start(parser.value(QStringLiteral("server")));
    return QApplication::exec();
}
