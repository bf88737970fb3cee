#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace jobdesk::net {

// Asks a server's /api/v1/healthz whether it is there and which version it runs.
class ServerProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ServerProbe)

    void probe(const QUrl &serverUrl);

Q_SIGNALS:
    void reachable(const QString &version, const QString &database);
    void unreachable(const QString &reason);

private:
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};

} // namespace jobdesk::net
