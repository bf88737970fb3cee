#pragma once

#include "eventbell.h"
#include "jwt.h"
#include "serverconfig.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace jobdesk::server {

class EventListener;
class HttpWorker;
class ReadPool;

// The running server: N HTTP worker threads on one port (SO_REUSEPORT), each
// with its own database connection, stores and router.
class ServerApp final : public QObject
{
    Q_OBJECT

public:
    ServerApp(ServerConfig config, QByteArray signingKey, QObject *parent = nullptr);
    ~ServerApp() override;
    Q_DISABLE_COPY_MOVE(ServerApp)

    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }

private:
    ServerConfig m_config;
    Jwt m_jwt;
    EventBell m_bell;
    std::unique_ptr<EventListener> m_listener; // PostgreSQL: other instances' events
    quint16 m_port = 0;
    std::unique_ptr<ReadPool> m_readPool; // outlives the HTTP threads that use it
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<HttpWorker *> m_workers; // owned by their threads (deleteLater on finish)
};

} // namespace jobdesk::server
