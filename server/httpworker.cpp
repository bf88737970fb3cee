#include "httpworker.h"

#include "clientversion.h"
#include "database.h"
#include "eventbell.h"
#include "httpadapter.h"
#include "maintenance.h"
#include "offerroutes.h"
#include "readpool.h"
#include "realtimehub.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMaintenance, "jobdesk.server.maintenance", QtInfoMsg)

namespace jobdesk::server {

HttpWorker::HttpWorker(const ServerConfig &config, const Jwt &jwt, EventBell *bell,
                       ReadPool *readPool)
    : m_config(config)
    , m_jwt(jwt)
    , m_bell(bell)
    , m_readPool(readPool)
{}

HttpWorker::~HttpWorker()
{
    delete m_adapter; // before the services its handlers use
    m_adapter = nullptr;
    delete m_hub;
    m_hub = nullptr;
}

quint16 HttpWorker::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_db = Database::open({m_config.sqlitePath(), m_config.databaseUrl}, error);
    if (!m_db)
        return 0;
    m_services = std::make_unique<Services>(*m_db, m_config, m_jwt);
    m_services->readPool = m_readPool;
    registerAllRoutes(m_router, *m_services);
    ClientVersionGate::install(m_router, m_config);
    GuardLimits limits;
    limits.maxConnections = m_config.maxConnections;
    m_db->setEventCommitHook([bell = m_bell](qint64 id) { bell->ring(id); });
    m_hub = new RealtimeHub(*m_services);
    connect(m_bell, &EventBell::rang, m_hub, &RealtimeHub::deliverUpTo);
    m_adapter = new HttpAdapter(m_router, limits);
    m_adapter->setTrustedProxies(m_config.trustedProxies);
    if (!m_config.tls.isNull())
        m_adapter->setTls(m_config.tls);
    if (m_readPool)
        m_adapter->setDeferredPool(m_readPool->threadPool());
    connect(m_adapter, &HttpAdapter::newWebSocket, m_hub, &RealtimeHub::accept);
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
    // Offer windows close by the server clock; overdue ones expire right at start.
    const auto expire = [this] {
        try {
            if (const int n = expireDueOffers(*m_services))
                qCInfo(lcMaintenance) << n << "offer(s) expired";
        } catch (const DbError &e) {
            qCWarning(lcMaintenance) << "offer expiry failed:" << e.what();
        }
    };
    expire();
    m_offerExpiry = new QTimer(this);
    m_offerExpiry->setInterval(1000);
    connect(m_offerExpiry, &QTimer::timeout, this, expire);
    m_offerExpiry->start();
    m_maintenance = new QTimer(this);
    m_maintenance->setInterval(10 * 60 * 1000);
    connect(m_maintenance, &QTimer::timeout, this, prune);
    m_maintenance->start();
}

} // namespace jobdesk::server
