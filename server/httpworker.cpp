#include "httpworker.h"

#include "database.h"
#include "httpadapter.h"
#include "maintenance.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMaintenance, "jobdesk.server.maintenance", QtInfoMsg)

namespace jobdesk::server {

HttpWorker::HttpWorker(const ServerConfig &config, const Jwt &jwt)
    : m_config(config)
    , m_jwt(jwt)
{}

HttpWorker::~HttpWorker()
{
    delete m_adapter; // before the services its handlers use
    m_adapter = nullptr;
}

quint16 HttpWorker::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_db = Database::open({m_config.sqlitePath(), m_config.databaseUrl}, error);
    if (!m_db)
        return 0;
    m_services = std::make_unique<Services>(*m_db, m_config, m_jwt);
    registerAllRoutes(m_router, *m_services);
    GuardLimits limits;
    limits.maxConnections = m_config.maxConnections;
    m_adapter = new HttpAdapter(m_router, limits);
    if (!m_adapter->listen(address, port, error))
        return 0;
    return m_adapter->port();
}

void HttpWorker::runMaintenance()
{
    const auto prune = [this] {
        try {
            if (const int n = pruneExpired(*m_db, m_config, nowMs()))
                qCInfo(lcMaintenance) << "pruned" << n << "expired rows";
        } catch (const DbError &e) {
            qCWarning(lcMaintenance) << "pruning failed:" << e.what();
        }
    };
    prune();
    m_maintenance = new QTimer(this);
    m_maintenance->setInterval(10 * 60 * 1000);
    connect(m_maintenance, &QTimer::timeout, this, prune);
    m_maintenance->start();
}

} // namespace jobdesk::server
