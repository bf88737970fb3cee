#include "readpool.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace jobdesk::server {

namespace {

// Long reads yield the CPU to the HTTP threads whenever those have work: on Linux a
// thread has its own nice value. Elsewhere the pool runs at normal priority.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

ReadPool::ReadPool(DatabaseConfig config, int maxThreads)
    : m_config(std::move(config))
{
    m_config.readOnly = true;
    m_pool.setObjectName(QStringLiteral("read-pool"));
    m_pool.setMaxThreadCount(qMax(1, maxThreads));
}

ReadPool::~ReadPool()
{
    m_pool.waitForDone();
}

Database &ReadPool::database()
{
    if (!m_connections.hasLocalData()) {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_config, &error);
        if (!db)
            throw DbError(
                QString(QStringLiteral("cannot open a read connection: ") + error).toStdString());
        m_connections.setLocalData(db.release());
        lowerThisThreadsPriority(); // once per pool thread, like its connection
    }
    return *m_connections.localData();
}

} // namespace jobdesk::server
