#pragma once

#include "idlesource.h"

namespace jobdesk::net {

// Idle time from the X server's MIT-SCREEN-SAVER extension (libXss): the time
// since the last input event on the display in $DISPLAY. One round trip to the
// X server, answered synchronously. Opens its own display connection, so it
// does not depend on which Qt platform plugin runs the app.
class X11IdleSource final : public IdleSource
{
    Q_OBJECT

public:
    // `display` as for XOpenDisplay; empty means $DISPLAY.
    explicit X11IdleSource(const QString &display = {}, QObject *parent = nullptr);
    ~X11IdleSource() override;
    Q_DISABLE_COPY_MOVE(X11IdleSource)

    // Whether this build has libXss at all.
    static bool isBuilt();

    void request() override;
    QString name() const override;

private:
    QString m_display;
    void *m_dpy = nullptr;  // Display*, kept out of this header (Xlib's macros)
    void *m_info = nullptr; // XScreenSaverInfo*
    bool m_failed = false;
};

} // namespace jobdesk::net
