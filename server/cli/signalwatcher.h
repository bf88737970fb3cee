#pragma once

#include <QObject>

class QSocketNotifier;

namespace jobdesk::server {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe, so shutdown
// runs in the event loop and not in a signal handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace jobdesk::server
