#pragma once

#include "database.h"

#include <QThreadPool>
#include <QThreadStorage>

namespace jobdesk::server {

// Threads for reads too long for an HTTP thread (analytics): the HTTP adapter runs
// deferred responses here. Each thread opens its own read-only connection on first
// use and closes it when the pool retires the thread, and runs at a lower CPU
// priority than the HTTP threads (nice 10 on Linux), so that a long read slows down
// rather than the requests of everyone else.
class ReadPool final
{
public:
    ReadPool(DatabaseConfig config, int maxThreads);
    ~ReadPool(); // waits for the work under way
    Q_DISABLE_COPY_MOVE(ReadPool)

    QThreadPool *threadPool() { return &m_pool; }
    // The calling pool thread's connection. Throws DbError when it cannot be opened.
    Database &database();

private:
    DatabaseConfig m_config;
    QThreadStorage<Database *> m_connections; // deleted by each thread as it ends
    QThreadPool m_pool;                       // after m_connections: its threads end first
};

} // namespace jobdesk::server
