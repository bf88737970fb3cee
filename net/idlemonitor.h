#pragma once

#include "idlesource.h"

#include <QList>

namespace jobdesk::net {

// The idle source the app uses: the first of several real sources that answers.
// A source that says it cannot tell is skipped from then on, so a desktop without
// the D-Bus service costs one failed call, not one per poll. When none is left,
// every request answers unavailable() and the tracker counts time as before.
class IdleMonitor final : public IdleSource
{
    Q_OBJECT

public:
    // Takes ownership of `sources`, asked in this order.
    explicit IdleMonitor(const QList<IdleSource *> &sources, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(IdleMonitor)

    // The sources for this desktop: on an X11 session the MIT-SCREEN-SAVER
    // extension first (exact, no round trip through another process), then the
    // freedesktop ScreenSaver service on the session bus. On Wayland only D-Bus:
    // X11 through XWayland would see input to X11 windows only.
    static IdleMonitor *createForDesktop(QObject *parent = nullptr);

    void request() override;
    QString name() const override;
    bool exhausted() const { return m_current >= m_sources.size(); }

private:
    void answered(IdleSource *from, qint64 ms);
    void failed(IdleSource *from, const QString &why);

    QList<IdleSource *> m_sources;
    int m_current = 0;
    bool m_waiting = false;
};

} // namespace jobdesk::net
