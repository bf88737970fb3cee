#include "idlemonitor.h"

#include "dbusidlesource.h"
#include "x11idlesource.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIdle, "jobdesk.net.idle", QtInfoMsg)

namespace jobdesk::net {

IdleMonitor::IdleMonitor(const QList<IdleSource *> &sources, QObject *parent)
    : IdleSource(parent)
    , m_sources(sources)
{
    for (IdleSource *s : std::as_const(m_sources)) {
        s->setParent(this);
        connect(s, &IdleSource::idleTime, this, [this, s](qint64 ms) { answered(s, ms); });
        connect(s, &IdleSource::unavailable, this,
                [this, s](const QString &why) { failed(s, why); });
    }
}

IdleMonitor *IdleMonitor::createForDesktop(QObject *parent)
{
    QList<IdleSource *> sources;
    const bool wayland = qEnvironmentVariable("XDG_SESSION_TYPE") == QLatin1String("wayland") ||
                         qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (!wayland && X11IdleSource::isBuilt())
        sources.append(new X11IdleSource);
    sources.append(new DBusIdleSource);
    return new IdleMonitor(sources, parent);
}

QString IdleMonitor::name() const
{
    return exhausted() ? tr("none") : m_sources.at(m_current)->name();
}

void IdleMonitor::request()
{
    if (exhausted()) {
        Q_EMIT unavailable(tr("No way to read the idle time on this desktop."));
        return;
    }
    m_waiting = true;
    m_sources.at(m_current)->request();
}

void IdleMonitor::answered(IdleSource *from, qint64 ms)
{
    if (!m_waiting || exhausted() || m_sources.at(m_current) != from)
        return;
    m_waiting = false;
    Q_EMIT idleTime(ms);
}

void IdleMonitor::failed(IdleSource *from, const QString &why)
{
    if (!m_waiting || exhausted() || m_sources.at(m_current) != from)
        return;
    qCInfo(lcIdle) << from->name() << "cannot tell the idle time:" << why;
    ++m_current;
    if (!exhausted()) {
        m_sources.at(m_current)->request(); // the same request, next source
        return;
    }
    m_waiting = false;
    qCInfo(lcIdle) << "idle detection is off: no source answers";
    Q_EMIT unavailable(why);
}

} // namespace jobdesk::net
