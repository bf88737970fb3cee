#include "singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace jobdesk::ui {

namespace {

constexpr char Activate[] = "activate\n";
constexpr char Acknowledged[] = "ok\n";

QString defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("user");
    return dir + QStringLiteral("/jobdesk-") + user + QStringLiteral(".sock");
}

} // namespace

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_path(socketPath.isEmpty() ? defaultPath() : std::move(socketPath))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim(int timeoutMs)
{
    QLocalSocket probe;
    probe.connectToServer(m_path);
    if (probe.waitForConnected(timeoutMs)) {
        probe.write(Activate);
        probe.flush();
        // The first instance answers once it has taken the request; if it is hung
        // the new launch still steps aside rather than opening a second window.
        if (probe.waitForReadyRead(timeoutMs))
            probe.readAll();
        probe.disconnectFromServer();
        return false;
    }
    // Nobody answered: no instance, or a socket file left by one that crashed.
    QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        // Cannot listen (read-only runtime dir, ...): run without the guard
        // rather than refuse to start.
        qWarning("single instance: cannot listen on %s: %s", qPrintable(m_path),
                 qPrintable(m_server->errorString()));
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > 64)
                    socket->abort(); // not one of ours
                return;
            }
            const QByteArray line = socket->readLine();
            if (line == Activate) {
                socket->write(Acknowledged);
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace jobdesk::ui
