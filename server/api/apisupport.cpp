#include "apisupport.h"

#include "fielderrors.h"
#include "jsonreader.h"
#include "services.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcApi, "jobdesk.server.api", QtInfoMsg)

namespace jobdesk::server {

void fail(int status, const QString &slug, const QString &title, const QString &detail)
{
    throw ApiError{Problem{status, slug, title, detail, {}, {}}};
}

void failValidation(const FieldErrors &errors, const QString &detail)
{
    throw ApiError{Problem{422,
                           QStringLiteral("validation-failed"),
                           QStringLiteral("The request has invalid fields"),
                           detail,
                           errors.toJson(),
                           {}}};
}

void route(Router &router, const QByteArray &method, const QString &path, ApiHandler handler,
           RouteOptions options)
{
    router.add(
        method, path,
        [handler = std::move(handler)](HttpRequest &request) -> HttpResponse {
            // A transaction that lost a deadlock or serialization race to another one
            // (PostgreSQL, several instances) was rolled back whole: run it again.
            for (int attempt = 1;; ++attempt) {
                try {
                    return handler(request);
                } catch (const DbError &e) {
                    if (e.isTransient() && attempt < 4)
                        continue;
                    qCWarning(lcApi)
                        << "storage failure on" << request.method << request.path << e.what();
                    return problem(503, QStringLiteral("storage-unavailable"),
                                   QStringLiteral("The database could not complete the request"),
                                   QStringLiteral("Try again shortly."));
                } catch (const ApiError &e) {
                    HttpResponse r = e.problem.toResponse();
                    if (e.problem.status == 401)
                        r.withHeader(QByteArrayLiteral("WWW-Authenticate"),
                                     QByteArrayLiteral("Bearer realm=\"jobdesk\""));
                    if (e.problem.extra.contains(QStringLiteral("retryAfter")))
                        r.withHeader(
                            QByteArrayLiteral("Retry-After"),
                            QByteArray::number(
                                e.problem.extra.value(QStringLiteral("retryAfter")).toInt()));
                    return r;
                }
            }
        },
        options);
}

Principal authenticate(Services &services, const HttpRequest &request)
{
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Bearer "))
        fail(401, QStringLiteral("unauthenticated"), QStringLiteral("Sign-in required"),
             QStringLiteral("Send an access token as 'Authorization: Bearer <token>'."));
    qint64 expiresAt = 0;
    return authenticateToken(services, header.mid(7).trimmed(), &expiresAt);
}

Principal authenticateToken(Services &services, const QByteArray &token, qint64 *expiresAt)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Read before anything else, so that whatever this request caches is no older.
    const qint64 generation = services.events.lastId();
    auto known = services.authCache.userForToken(token, now);
    if (!known) {
        Jwt::Failure failure{};
        const auto claims = services.jwt.verify(token, QStringLiteral("access"), now, &failure);
        if (!claims) {
            if (failure == Jwt::Failure::Expired)
                fail(401, QStringLiteral("token-expired"),
                     QStringLiteral("The access token expired"),
                     QStringLiteral("Refresh it with POST /api/v1/auth/refresh."));
            fail(401, QStringLiteral("invalid-token"),
                 QStringLiteral("The access token is not valid"));
        }
        bool ok = false;
        const qint64 id = claims->value(QStringLiteral("sub")).toString().toLongLong(&ok);
        if (!ok)
            fail(401, QStringLiteral("invalid-token"),
                 QStringLiteral("The access token is not valid"));
        const qint64 exp = qint64(claims->value(QStringLiteral("exp")).toDouble());
        services.authCache.rememberToken(token, id, exp);
        known = std::make_pair(id, exp);
    }
    *expiresAt = known->second;
    const qint64 userId = known->first;
    // The account is checked on every request (a disabled one loses access at once);
    // its standing is cached only while the event log has not moved.
    auto standing = services.authCache.standing(userId, generation);
    if (!standing) {
        standing = services.users.standing(userId);
        if (!standing)
            fail(401, QStringLiteral("invalid-token"),
                 QStringLiteral("The access token is not valid"));
        services.authCache.rememberStanding(userId, generation, *standing);
    }
    if (standing->status != AccountStatus::Active)
        fail(403, QStringLiteral("account-inactive"), QStringLiteral("This account is not active"),
             QStringLiteral("An administrator has to approve or re-enable it."));
    return Principal{userId, standing->role, generation};
}

Principal requireAdmin(Services &services, const HttpRequest &request)
{
    const Principal p = authenticate(services, request);
    if (!p.isAdmin())
        fail(403, QStringLiteral("forbidden"), QStringLiteral("Administrators only"));
    return p;
}

QJsonObject jsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
    if (mime != "application/json")
        fail(415, QStringLiteral("unsupported-media-type"), QStringLiteral("The body must be JSON"),
             QStringLiteral("Send Content-Type: application/json."));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        fail(400, QStringLiteral("malformed-json"), QStringLiteral("The body is not valid JSON"),
             QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        fail(400, QStringLiteral("malformed-json"),
             QStringLiteral("The body must be a JSON object"));
    return doc.object();
}

qint64 idParam(const HttpRequest &request, const QString &name)
{
    bool ok = false;
    const qint64 id = request.param(name).toLongLong(&ok);
    if (!ok || id <= 0)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such record"),
             QStringLiteral("'%1' is not an id.").arg(request.param(name).left(40)));
    return id;
}

int limitParam(const HttpRequest &request, int defaultLimit, int maxLimit)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return defaultLimit;
    bool ok = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > maxLimit) {
        FieldErrors e;
        e.add(QStringLiteral("limit"), QStringLiteral("must be between 1 and %1").arg(maxLimit));
        failValidation(e, QStringLiteral("Invalid query parameter."));
    }
    return limit;
}

std::optional<qint64> int64Query(const HttpRequest &request, const QString &name)
{
    if (!request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 v = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < 0) {
        FieldErrors e;
        e.add(name, QStringLiteral("must be a non-negative integer"));
        failValidation(e, QStringLiteral("Invalid query parameter."));
    }
    return v;
}

QString textQuery(const HttpRequest &request, const QString &name, int maxLength)
{
    const QString v = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (v.size() > maxLength) {
        FieldErrors e;
        e.add(name, QStringLiteral("must be at most %1 characters").arg(maxLength));
        failValidation(e, QStringLiteral("Invalid query parameter."));
    }
    return v;
}

void timeRangeQuery(const HttpRequest &request, QDateTime *from, QDateTime *to)
{
    FieldErrors errors;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}}) {
        if (!request.query.hasQueryItem(name))
            continue;
        const auto t = fromWireTime(request.query.queryItemValue(name, QUrl::FullyDecoded));
        if (!t)
            errors.add(name, QStringLiteral("must be an RFC 3339 timestamp"));
        else
            *target = *t;
    }
    if (!errors.isEmpty())
        failValidation(errors, QStringLiteral("Invalid query parameter."));
}

QString encodeCursor(const QJsonArray &values)
{
    return QString::fromLatin1(
        QJsonDocument(values)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonArray decodeCursor(const HttpRequest &request, int expectedSize)
{
    const QString text = request.query.queryItemValue(QStringLiteral("cursor"));
    if (text.isEmpty())
        return {};
    const auto raw = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonDocument doc = raw ? QJsonDocument::fromJson(raw.decoded) : QJsonDocument();
    if (!doc.isArray() || doc.array().size() != expectedSize) {
        FieldErrors e;
        e.add(QStringLiteral("cursor"), QStringLiteral("is not a cursor this list gave out"));
        failValidation(e, QStringLiteral("Invalid query parameter."));
    }
    return doc.array();
}

QByteArray etag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

void checkIfMatch(const HttpRequest &request, int currentVersion, const QJsonObject &current)
{
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty())
        fail(428, QStringLiteral("precondition-required"), QStringLiteral("If-Match is required"),
             QStringLiteral("Send the record's ETag in If-Match so a concurrent change is not "
                            "overwritten."));
    if (ifMatch == "*")
        return;
    const QByteArray expected = etag(currentVersion);
    for (QByteArray tag : ifMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == expected)
            return;
    }
    Problem p{412,
              QStringLiteral("stale-version"),
              QStringLiteral("The record changed since it was read"),
              QStringLiteral("Reload it, reapply the change and send the new ETag."),
              {},
              {}};
    p.extra.insert(QStringLiteral("current"), current);
    throw ApiError{p};
}

QString clientAddress(const HttpRequest &request)
{
    QHostAddress a = request.peer;
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok));
    if (ok)
        a = v4;
    return a.toString();
}

void failEmailTaken()
{
    fail(409, QStringLiteral("email-taken"), QStringLiteral("This email is already registered"));
}

void checkAccountFields(FieldErrors &errors, const std::optional<QString> &email,
                        const std::optional<QString> &password)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email && !re.match(email->trimmed()).hasMatch())
        errors.add(QStringLiteral("email"), QStringLiteral("is not an email address"));
    if (password && password->size() < MinPasswordLength)
        errors.add(QStringLiteral("password"),
                   QStringLiteral("must be at least %1 characters").arg(MinPasswordLength));
}

} // namespace jobdesk::server
