#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace jobdesk::ui {

namespace {

const QString DesktopId = QStringLiteral("app.jobdesk.Jobdesk");

// Desktop Entry Specification, "The Exec key": quote an argument with reserved
// characters and escape `"`, `` ` ``, `$` and `\` inside the quotes.
QString quoteArgument(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`%");
    if (!std::any_of(arg.begin(), arg.end(), [](QChar c) { return reserved.contains(c); }))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    for (const char *c : {"\"", "`", "$"})
        quoted.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    // A literal % is written %% in an Exec value.
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString Autostart::entryPath()
{
    // GenericConfigLocation honours XDG_CONFIG_HOME.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + DesktopId + QStringLiteral(".desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

QString Autostart::execLine()
{
    const QString minimized = QStringLiteral(" --minimized");
    if (!qEnvironmentVariableIsEmpty("FLATPAK_ID"))
        return QStringLiteral("flatpak run ") + DesktopId + minimized;
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("jobdesk"));
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == self)
        return QStringLiteral("jobdesk") + minimized;
    return quoteArgument(self.isEmpty() ? QStringLiteral("jobdesk") : self) + minimized;
}

QString Autostart::entryText()
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Version=1.0\n"
                          "Name=Jobdesk\n"
                          "Comment=Start Jobdesk in the background when you sign in\n"
                          "Exec=%1\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execLine(), DesktopId);
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error =
                QCoreApplication::translate("jobdesk::ui::Autostart", "%1 could not be removed.")
                    .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    const bool written = QDir().mkpath(QFileInfo(path).absolutePath()) &&
                         file.open(QIODevice::WriteOnly) && file.write(entryText().toUtf8()) >= 0 &&
                         file.commit();
    if (!written && error)
        *error =
            QCoreApplication::translate("jobdesk::ui::Autostart", "%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    return written;
}

} // namespace jobdesk::ui
