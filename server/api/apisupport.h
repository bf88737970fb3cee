#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "problem.h"
#include "role.h"
#include "router.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace jobdesk {
class FieldErrors;
}

namespace jobdesk::server {

struct Services;

// Thrown by handlers and helpers; the route wrapper answers with the problem.
struct ApiError
{
    Problem problem;
};

[[noreturn]] void fail(int status, const QString &slug, const QString &title,
                       const QString &detail = {});
[[noreturn]] void
failValidation(const FieldErrors &errors,
               const QString &detail = QStringLiteral("Some fields are not valid."));

struct Principal
{
    qint64 userId = 0;
    Role role = Role::Worker;
    qint64 generation = 0; // the event log's last id when the request was authenticated
    bool isAdmin() const { return role == Role::Admin; }
};

// Registers a handler that may throw ApiError.
using ApiHandler = std::function<HttpResponse(HttpRequest &)>;
void route(Router &router, const QByteArray &method, const QString &path, ApiHandler handler,
           RouteOptions options = {});

// The caller of a request, from its Bearer access token; 401 problem otherwise.
Principal authenticate(Services &services, const HttpRequest &request);
// The same for a bare access token (the realtime socket); `expiresAt` gets its expiry.
Principal authenticateToken(Services &services, const QByteArray &token, qint64 *expiresAt);
Principal requireAdmin(Services &services, const HttpRequest &request);

// The body as a JSON object: 415 for another media type, 400 for broken JSON.
QJsonObject jsonBody(const HttpRequest &request);

// Path and query parameters.
qint64 idParam(const HttpRequest &request, const QString &name = QStringLiteral("id"));
int limitParam(const HttpRequest &request, int defaultLimit, int maxLimit);
std::optional<qint64> int64Query(const HttpRequest &request, const QString &name);
QString textQuery(const HttpRequest &request, const QString &name, int maxLength = 200);
// Optional `from` and `to` RFC 3339 query parameters; 422 naming a bad one.
void timeRangeQuery(const HttpRequest &request, QDateTime *from, QDateTime *to);

// Opaque cursors: base64url of a small JSON array.
QString encodeCursor(const QJsonArray &values);
QJsonArray decodeCursor(const HttpRequest &request, int expectedSize);

// ETags are "<version>" of the record. Writes to shared records must carry
// If-Match: missing -> 428, stale -> 412 with the current record.
QByteArray etag(int version);
void checkIfMatch(const HttpRequest &request, int currentVersion, const QJsonObject &current);

QString clientAddress(const HttpRequest &request);

// Account rules shared by registration and admin-created accounts.
constexpr int MinPasswordLength = 10;
constexpr int MaxPasswordLength = 1024;
[[noreturn]] void failEmailTaken();
void checkAccountFields(FieldErrors &errors, const std::optional<QString> &email,
                        const std::optional<QString> &password);

} // namespace jobdesk::server
