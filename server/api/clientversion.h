#pragma once

#include <QString>
#include <QVersionNumber>

#include <optional>

namespace jobdesk::server {

class Router;
struct ServerConfig;

// The desktop app names its version in `X-Jobdesk-Client`. A server that has moved
// on (new required members, changed meanings) sets the oldest app it still serves
// (`min-client-version`); an older app gets 426 `client-too-old` on every route but
// /healthz, so it can tell its user to update instead of failing on details.
// Requests without the header (scripts, curl, other tools) are not gated.
class ClientVersionGate final
{
public:
    // Wraps every route of `router` except GET /api/v1/healthz. Call after all routes
    // are registered; `config` must outlive the router.
    static void install(Router &router, const ServerConfig &config);

    // The version in an `X-Jobdesk-Client` value ("0.2.0", "0.2.0-beta1"); nullopt
    // when it names none.
    static std::optional<QVersionNumber> parse(QByteArrayView header);
    // A `min-client-version` setting: digits and dots only, e.g. "0.2" or "1.4.0".
    static bool isValidSetting(const QString &text);
};

} // namespace jobdesk::server
