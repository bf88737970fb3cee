#pragma once

#include "httpguard.h"

#include <QHostAddress>
#include <QTcpServer>

#include <memory>

namespace jobdesk::server {

// A QTcpServer whose sockets are guarded before QHttpServer sees them, that
// refuses connections over the cap, and that listens with SO_REUSEPORT so that
// several adapters (one per thread) can share a port.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(std::shared_ptr<const GuardContext> context,
                              QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    bool listenReusePort(const QHostAddress &address, quint16 port, QString *error);
    int liveConnections() const { return *m_live; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    std::shared_ptr<const GuardContext> m_context;
    std::shared_ptr<int> m_live = std::make_shared<int>(0); // kept by the guards
};

} // namespace jobdesk::server
