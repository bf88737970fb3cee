#include "x11idlesource.h"

#ifdef JOBDESK_HAVE_XSS
// Xlib defines macros (Status, Bool, None…) that clash with Qt and our types:
// it comes last and nothing of ours is declared after it.
#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#endif

namespace jobdesk::net {

X11IdleSource::X11IdleSource(const QString &display, QObject *parent)
    : IdleSource(parent)
    , m_display(display)
{}

X11IdleSource::~X11IdleSource()
{
#ifdef JOBDESK_HAVE_XSS
    if (m_info)
        XFree(m_info);
    if (m_dpy)
        XCloseDisplay(static_cast<Display *>(m_dpy));
#endif
}

bool X11IdleSource::isBuilt()
{
#ifdef JOBDESK_HAVE_XSS
    return true;
#else
    return false;
#endif
}

QString X11IdleSource::name() const
{
    return tr("X11 screen saver extension");
}

void X11IdleSource::request()
{
#ifdef JOBDESK_HAVE_XSS
    if (!m_dpy && !m_failed) {
        const QByteArray name = m_display.toLocal8Bit();
        Display *dpy = XOpenDisplay(name.isEmpty() ? nullptr : name.constData());
        int event = 0;
        int error = 0;
        if (dpy && XScreenSaverQueryExtension(dpy, &event, &error)) {
            m_dpy = dpy;
            m_info = XScreenSaverAllocInfo();
        } else {
            if (dpy)
                XCloseDisplay(dpy);
            m_failed = true;
        }
    }
    if (!m_dpy || !m_info) {
        Q_EMIT unavailable(tr("No X11 display with the screen saver extension."));
        return;
    }
    auto *dpy = static_cast<Display *>(m_dpy);
    auto *info = static_cast<XScreenSaverInfo *>(m_info);
    if (!XScreenSaverQueryInfo(dpy, DefaultRootWindow(dpy), info)) {
        Q_EMIT unavailable(tr("The X server did not answer the idle query."));
        return;
    }
    Q_EMIT idleTime(qint64(info->idle));
#else
    Q_EMIT unavailable(tr("This build has no X11 screen saver support."));
#endif
}

} // namespace jobdesk::net
