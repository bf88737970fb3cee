#include "apiclient.h"

#include "certificatetrust.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcApiClient, "jobdesk.net.api", QtInfoMsg)

namespace jobdesk::net {

namespace {

// Where a reply keeps why its server's certificate was refused, until it finishes.
constexpr char CertificateProblemProperty[] = "jobdeskCertificateProblem";

} // namespace

QByteArray ApiResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString ApiResult::problemType() const
{
    const QString type = json.value(QStringLiteral("type")).toString();
    static const QString prefix = QStringLiteral("urn:jobdesk:problem:");
    return type.startsWith(prefix) ? type.mid(prefix.size()) : type;
}

QString ApiResult::problemTitle() const
{
    return json.value(QStringLiteral("title")).toString();
}

QString ApiResult::message() const
{
    if (!certificateError.isEmpty())
        return CertificateTrust::untrustedMessage(certificateError);
    if (offline())
        return ApiClient::tr("The server cannot be reached (%1).").arg(networkError);
    if (ok())
        return {};
    if (problemType() == QLatin1String("client-too-old"))
        return ApiClient::clientTooOldMessage(
            json.value(QStringLiteral("minClientVersion")).toString(),
            json.value(QStringLiteral("downloadUrl")).toString());
    const QJsonObject errors = json.value(QStringLiteral("errors")).toObject();
    if (!errors.isEmpty()) {
        const QString field = errors.begin().key();
        const QString first = errors.begin().value().toArray().first().toString();
        return ApiClient::tr("%1: %2").arg(field, first);
    }
    const QString title = problemTitle();
    const QString detail = json.value(QStringLiteral("detail")).toString();
    if (!title.isEmpty())
        return detail.isEmpty() ? title : ApiClient::tr("%1. %2").arg(title, detail);
    return ApiClient::tr("The server answered %1.").arg(status);
}

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

QByteArray ApiClient::clientVersion()
{
    return QByteArrayLiteral(JOBDESK_VERSION);
}

QString ApiClient::clientTooOldMessage(const QString &minVersion, const QString &downloadUrl)
{
    const QString have = QString::fromLatin1(clientVersion());
    if (!downloadUrl.isEmpty())
        return tr("This server needs Jobdesk %1 or newer; you have %2. Install the update "
                  "from %3.")
            .arg(minVersion, have, downloadUrl);
    return tr("This server needs Jobdesk %1 or newer; you have %2. Ask your operations team "
              "for the update.")
        .arg(minVersion, have);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_base = url;
    m_base.setPath(QString());
}

void ApiClient::resetConnections()
{
    // A kept connection carries the SSL configuration it was opened with.
    m_nam->clearConnectionCache();
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    u.setPath(QStringLiteral("/api/v1") + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    start(Pending{"GET", path, query, {}, {}, context, std::move(done), false});
}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     QObject *context, Callback done, const Headers &headers, Auth auth)
{
    start(Pending{method, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), headers,
                  context, std::move(done), false, auth});
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, QObject *context, Callback done,
                          const Headers &headers)
{
    start(Pending{method, path, {}, body, headers, context, std::move(done), false, Auth::Normal,
                  contentType});
}

void ApiClient::start(Pending pending)
{
    if (m_refreshing && pending.auth == Auth::Normal) {
        m_waitingForToken.append(std::move(pending));
        return;
    }
    QNetworkRequest request(url(pending.path, pending.query));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!pending.body.isEmpty() || pending.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          pending.contentType.isEmpty() ? QByteArrayLiteral("application/json")
                                                        : pending.contentType);
    if (m_tokens && pending.auth == Auth::Normal) {
        const QByteArray token = m_tokens->accessToken();
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
    }
    request.setRawHeader("X-Jobdesk-Client", clientVersion());
    for (const auto &h : pending.headers)
        request.setRawHeader(h.first, h.second);
    // HEAD goes through head(): as a custom verb, Qt would wait for a body.
    QNetworkReply *reply = pending.method == "GET"    ? m_nam->get(request)
                           : pending.method == "HEAD" ? m_nam->head(request)
                               : m_nam->sendCustomRequest(request, pending.method, pending.body);
    // Never ignored: the reasons only make the refusal readable.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        reply->setProperty(CertificateProblemProperty, CertificateTrust::describe(errors));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending)]() mutable {
                finished(reply, std::move(pending));
            });
}

void ApiClient::finished(QNetworkReply *reply, Pending pending)
{
    reply->deleteLater();
    ApiResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0) {
        result.networkError = reply->errorString();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            result.certificateError = reply->property(CertificateProblemProperty).toString();
        setOnline(false);
    } else {
        setOnline(true);
        const QJsonDocument doc = QJsonDocument::fromJson(result.body);
        result.json = doc.object();
        result.array = doc.array();
    }

    // An expired access token is renewed once, and the request replayed, without
    // the caller noticing. Every request that fails meanwhile waits for the same refresh.
    if (result.status == 401 && result.problemType() == QLatin1String("token-expired") && m_tokens
        && !pending.retried && pending.auth == Auth::Normal) {
        pending.retried = true;
        m_waitingForToken.append(std::move(pending));
        if (!m_refreshing) {
            m_refreshing = true;
            m_tokens->refreshAccessToken([this](bool renewed) {
                m_refreshing = false;
                const QList<Pending> waiting = std::exchange(m_waitingForToken, {});
                if (!renewed)
                    Q_EMIT sessionExpired();
                for (const Pending &p : waiting) {
                    if (renewed) {
                        start(p);
                    } else if (p.context) {
                        ApiResult expired;
                        expired.status = 401;
                        expired.json = {{QStringLiteral("type"),
                                         QStringLiteral("urn:jobdesk:problem:session-expired")},
                                        {QStringLiteral("title"), tr("Please sign in again")}};
                        p.done(expired);
                    }
                }
            });
        }
        return;
    }
    if (result.offline())
        qCInfo(lcApiClient) << pending.method << pending.path << "failed:" << result.networkError;
    if (result.status == 426 && result.problemType() == QLatin1String("client-too-old")) {
        qCWarning(lcApiClient) << "the server needs app version"
                               << result.json.value(QStringLiteral("minClientVersion")).toString();
        Q_EMIT clientTooOld(result.message());
    }
    if (pending.context)
        pending.done(result);
}

void ApiClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT reachabilityChanged(online);
}

} // namespace jobdesk::net
