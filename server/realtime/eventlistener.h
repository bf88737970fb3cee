#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace jobdesk::server {

class EventBell;

// The doorbell between instances on one PostgreSQL database: LISTENs on the event
// log's channel and rings this process's bell for every NOTIFY, its own included.
// The log stays the truth: a notification lost while the connection was down only
// delays delivery until the hubs' next poll, and the listener renews its
// connection every 30 s, so a dead one is replaced by itself.
class EventListener final : public QObject
{
    Q_OBJECT

public:
    EventListener(DatabaseConfig config, EventBell *bell, QObject *parent = nullptr);
    ~EventListener() override;
    Q_DISABLE_COPY_MOVE(EventListener)

    // Connects and subscribes; false (with the reason) when the first attempt fails.
    bool start(QString *error);

private:
    bool connectAndListen(QString *error);
    void renew(); // a fresh listening connection replaces the current one

    DatabaseConfig m_config;
    EventBell *m_bell;
    std::unique_ptr<Database> m_db;
    QTimer m_renew;
};

} // namespace jobdesk::server
