#pragma once

#include "jwt.h"
#include "router.h"
#include "serverconfig.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace jobdesk::server {

class Database;
class EventBell;
class HttpAdapter;
class ReadPool;
class RealtimeHub;
struct Services;

// Everything one HTTP thread owns. Created in the main thread, moved to its
// thread, then started there.
class HttpWorker final : public QObject
{
    Q_OBJECT

public:
    // `readPool` (shared by the threads) runs the deferred responses, e.g. analytics.
    HttpWorker(const ServerConfig &config, const Jwt &jwt, EventBell *bell, ReadPool *readPool);
    ~HttpWorker() override;
    Q_DISABLE_COPY_MOVE(HttpWorker)

    // Runs in the worker's thread. Returns the bound port, 0 on failure.
    Q_INVOKABLE quint16 start(const QHostAddress &address, quint16 port, QString *error);
    // Prunes expired rows now and every ten minutes; one thread of the server does it.
    void runMaintenance();

private:
    const ServerConfig &m_config;
    const Jwt &m_jwt;
    EventBell *m_bell;
    ReadPool *m_readPool;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    Router m_router;
    HttpAdapter *m_adapter = nullptr;
    RealtimeHub *m_hub = nullptr;
    QTimer *m_maintenance = nullptr;
    QTimer *m_offerExpiry = nullptr;
};

} // namespace jobdesk::server
