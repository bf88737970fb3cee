#pragma once

#include "idlesource.h"

#include <QDBusConnection>

class QDBusPendingCallWatcher;

namespace jobdesk::net {

// Idle time from the freedesktop ScreenSaver service on the session bus.
// GetSessionIdleTime (milliseconds; KDE Plasma and others) is asked first; a
// desktop that does not implement it (GNOME answers "not supported") is asked
// GetActiveTime instead: the seconds the screen saver has been active, a lower
// bound of the idle time that is 0 until the screen saver starts. Asynchronous,
// with a short timeout, so a hung service never blocks the window.
class DBusIdleSource final : public IdleSource
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 2000;
    static inline const char *const Service = "org.freedesktop.ScreenSaver";
    static inline const char *const Path = "/org/freedesktop/ScreenSaver";
    static inline const char *const Interface = "org.freedesktop.ScreenSaver";

    explicit DBusIdleSource(QObject *parent = nullptr);
    // Another bus than the session bus (tests use a private one).
    explicit DBusIdleSource(const QDBusConnection &bus, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DBusIdleSource)

    void request() override;
    QString name() const override;

private:
    enum class Method
    {
        SessionIdleTime,
        ActiveTime
    };
    void call(Method method);
    void answered(QDBusPendingCallWatcher *watcher, Method method);

    QDBusConnection m_bus;
    bool m_sessionBus = false; // m_bus is the session bus, connected when first asked
    Method m_method = Method::SessionIdleTime;
};

} // namespace jobdesk::net
