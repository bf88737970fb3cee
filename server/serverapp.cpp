#include "serverapp.h"

#include "eventlistener.h"
#include "httpworker.h"
#include "readpool.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "jobdesk.server", QtInfoMsg)

namespace jobdesk::server {

ServerApp::ServerApp(ServerConfig config, QByteArray signingKey, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_jwt(std::move(signingKey))
{}

ServerApp::~ServerApp()
{
    stop();
}

bool ServerApp::start(QString *error)
{
    if (!m_config.databaseUrl.isEmpty()) {
        m_listener = std::make_unique<EventListener>(
            DatabaseConfig{QString(), m_config.databaseUrl, true}, &m_bell);
        if (!m_listener->start(error))
            return false;
    }
    quint16 port = m_config.listenPort;
    const int threads = qBound(1, m_config.threads, 64);
    // As many long reads at once as there are HTTP threads; they queue beyond that.
    m_readPool = std::make_unique<ReadPool>(
        DatabaseConfig{m_config.sqlitePath(), m_config.databaseUrl, true}, threads);
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("http-%1").arg(i));
        auto *worker = new HttpWorker(m_config, m_jwt, &m_bell, m_readPool.get());
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        quint16 bound = 0;
        QMetaObject::invokeMethod(
            worker, [&] { bound = worker->start(m_config.listenAddress, port, error); },
            Qt::BlockingQueuedConnection);
        m_threads.push_back(std::move(thread));
        m_workers.push_back(worker);
        if (bound == 0)
            return false;
        if (i == 0)
            QMetaObject::invokeMethod(worker, &HttpWorker::runMaintenance, Qt::QueuedConnection);
        port = bound; // the other threads share the port the first one got
    }
    m_port = port;
    qCInfo(lcServer, "%d HTTP threads share port %u", threads, unsigned(port));
    return true;
}

void ServerApp::stop()
{
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    m_threads.clear();
    m_workers.clear();
    m_readPool.reset(); // waits for the work under way; its results go nowhere now
    m_listener.reset();
}

} // namespace jobdesk::server
