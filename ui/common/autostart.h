#pragma once

#include <QString>

namespace jobdesk::ui {

// "Start Jobdesk when I sign in to my computer": an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/app.jobdesk.Jobdesk.desktop (~/.config by default),
// which every freedesktop session (GNOME, KDE, Xfce, ...) runs at sign-in. The file
// is the setting: the desktop's own "Startup applications" may remove it too.
class Autostart final
{
public:
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; false with `error` set when that failed.
    static bool setEnabled(bool enabled, QString *error = nullptr);
    // The entry's Exec line: "jobdesk --minimized" when this executable is the
    // `jobdesk` on PATH, its full path (quoted as the spec says) otherwise, and
    // "flatpak run" inside a Flatpak.
    static QString execLine();
    static QString entryText();
};

} // namespace jobdesk::ui
