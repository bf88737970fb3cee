#include "dbusidlesource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace jobdesk::net {

// The session bus is connected on the first request, not at start: no timer, no bus.
DBusIdleSource::DBusIdleSource(QObject *parent)
    : IdleSource(parent)
    , m_bus(QString())
    , m_sessionBus(true)
{}

DBusIdleSource::DBusIdleSource(const QDBusConnection &bus, QObject *parent)
    : IdleSource(parent)
    , m_bus(bus)
{}

QString DBusIdleSource::name() const
{
    return m_method == Method::SessionIdleTime ? tr("D-Bus screen saver (session idle time)")
                                               : tr("D-Bus screen saver (active time)");
}

void DBusIdleSource::request()
{
    if (m_sessionBus && !m_bus.isConnected())
        m_bus = QDBusConnection::sessionBus();
    if (!m_bus.isConnected()) {
        Q_EMIT unavailable(tr("No D-Bus session bus."));
        return;
    }
    call(m_method);
}

void DBusIdleSource::call(Method method)
{
    const QDBusMessage message = QDBusMessage::createMethodCall(
        QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
        method == Method::SessionIdleTime ? QStringLiteral("GetSessionIdleTime")
                                          : QStringLiteral("GetActiveTime"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher *w) { answered(w, method); });
}

void DBusIdleSource::answered(QDBusPendingCallWatcher *watcher, Method method)
{
    watcher->deleteLater();
    const QDBusPendingReply<uint> reply = *watcher;
    if (!reply.isError()) {
        m_method = method; // remembered: the next poll asks what worked
        Q_EMIT idleTime(method == Method::SessionIdleTime ? qint64(reply.value())
                                                          : qint64(reply.value()) * 1000);
        return;
    }
    const QString error = reply.error().name();
    // The service runs but lacks the precise method: the coarse one may work.
    if (method == Method::SessionIdleTime &&
        error != QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") &&
        error != QLatin1String("org.freedesktop.DBus.Error.NoReply") &&
        error != QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        call(Method::ActiveTime);
        return;
    }
    Q_EMIT unavailable(tr("%1: %2").arg(error, reply.error().message()));
}

} // namespace jobdesk::net
