#include "clientversion.h"

#include "problem.h"
#include "router.h"
#include "serverconfig.h"

#include <QRegularExpression>

namespace jobdesk::server {

namespace {

const QByteArray ClientHeader = QByteArrayLiteral("X-Jobdesk-Client");

HttpResponse tooOld(const ServerConfig &config, const QVersionNumber &client)
{
    Problem p;
    p.status = 426;
    p.slug = QStringLiteral("client-too-old");
    p.title = QStringLiteral("This version of the Jobdesk app is too old for this server");
    p.detail = QStringLiteral("The server needs Jobdesk %1 or newer; this app is %2.")
                   .arg(config.minClientVersion, client.toString());
    p.extra.insert(QStringLiteral("minClientVersion"), config.minClientVersion);
    p.extra.insert(QStringLiteral("serverVersion"), QStringLiteral(JOBDESK_VERSION));
    if (!config.clientDownloadUrl.isEmpty())
        p.extra.insert(QStringLiteral("downloadUrl"), config.clientDownloadUrl);
    return p.toResponse();
}

} // namespace

std::optional<QVersionNumber> ClientVersionGate::parse(QByteArrayView header)
{
    const QString text = QString::fromLatin1(header.trimmed());
    if (text.isEmpty() || !text.front().isDigit())
        return std::nullopt;
    const QVersionNumber v = QVersionNumber::fromString(text);
    return v.isNull() ? std::nullopt : std::optional(v);
}

bool ClientVersionGate::isValidSetting(const QString &text)
{
    static const QRegularExpression version(QStringLiteral("^[0-9]{1,6}(\\.[0-9]{1,6}){0,3}$"));
    return version.match(text).hasMatch();
}

void ClientVersionGate::install(Router &router, const ServerConfig &config)
{
    const QVersionNumber minimum = QVersionNumber::fromString(config.minClientVersion).normalized();
    router.wrapHandlers([&config, minimum](const RouteInfo &route, Handler handler) -> Handler {
        // Health answers every client: it is how an old app learns what to install.
        if (route.pattern == QLatin1String("/api/v1/healthz") || minimum.isNull())
            return handler;
        return [&config, minimum, handler = std::move(handler)](HttpRequest &request) {
            if (const auto client = parse(request.header(ClientHeader));
                client && client->normalized() < minimum)
                return tooOld(config, *client);
            return handler(request);
        };
    });
}

} // namespace jobdesk::server
