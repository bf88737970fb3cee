#pragma once

#include <QObject>
#include <QString>

namespace jobdesk::net {

// Where the time tracker learns how long the worker has been away from keyboard
// and mouse. Answers may come synchronously (X11) or later (D-Bus); every
// request() gets exactly one answer.
class IdleSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~IdleSource() override = default;
    Q_DISABLE_COPY_MOVE(IdleSource)

    // Asks for the current idle time: idleTime() or unavailable() follows.
    virtual void request() = 0;
    // Which mechanism answers ("X11 screen saver", "D-Bus screen saver", …).
    virtual QString name() const = 0;

Q_SIGNALS:
    // Milliseconds since the last keyboard or mouse input.
    void idleTime(qint64 ms);
    // This source cannot tell (no display, no service, the call failed).
    void unavailable(const QString &why);
};

} // namespace jobdesk::net
