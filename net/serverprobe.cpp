#include "serverprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace jobdesk::net {

ServerProbe::ServerProbe(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void ServerProbe::probe(const QUrl &serverUrl)
{
    if (m_reply)
        m_reply->abort();
    if (!serverUrl.isValid() || (serverUrl.scheme() != QLatin1String("http") &&
                                 serverUrl.scheme() != QLatin1String("https"))) {
        Q_EMIT unreachable(tr("Enter an address such as https://jobs.example.com"));
        return;
    }
    QUrl url = serverUrl;
    url.setPath(QStringLiteral("/api/v1/healthz"));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::OperationCanceledError && m_reply != reply)
            return; // superseded by a newer probe
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError)
            Q_EMIT unreachable(reply->errorString());
        else if (o.value(QStringLiteral("status")).toString() != QLatin1String("ok"))
            Q_EMIT unreachable(tr("That address answered, but it is not a Jobdesk server."));
        else
            Q_EMIT reachable(o.value(QStringLiteral("version")).toString(),
                             o.value(QStringLiteral("database")).toString());
    });
}

} // namespace jobdesk::net
