#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "passwordhasher.h"
#include "routes.h"
#include "services.h"
#include "timecodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcAuth, "jobdesk.server.auth", QtInfoMsg)

namespace jobdesk::server {

namespace {

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

QString randomToken()
{
    QByteArray bytes(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
        throw std::runtime_error("no randomness for a refresh token");
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Issues an access token and a refresh token of `family`; the caller owns the transaction.
QJsonObject issueTokens(Services &s, const User &user, const QString &family)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("sub"), QString::number(user.id)},
                       {QStringLiteral("role"), toString(user.role)},
                       {QStringLiteral("typ"), QStringLiteral("access")},
                       {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const QByteArray access = s.jwt.sign(claims, s.config.accessTokenTtl, now);
    const QString refresh = randomToken();
    s.tokens.insert(user.id, family, tokenHash(refresh), (now + s.config.refreshTokenTtl) * 1000);
    return {{QStringLiteral("accessToken"), QString::fromLatin1(access)},
            {QStringLiteral("refreshToken"), refresh},
            {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("expiresIn"), s.config.accessTokenTtl},
            {QStringLiteral("refreshExpiresIn"), s.config.refreshTokenTtl},
            {QStringLiteral("user"), codec::toJson(user)}};
}

[[noreturn]] void tooManyAttempts(qint64 oldestMs, qint64 windowSeconds)
{
    const qint64 retry = qMax<qint64>(1, (oldestMs + windowSeconds * 1000 - nowMs() + 999) / 1000);
    Problem p{429,
              QStringLiteral("too-many-attempts"),
              QStringLiteral("Too many failed sign-ins"),
              QStringLiteral("Try again in %1 seconds.").arg(retry),
              {},
              {}};
    p.extra.insert(QStringLiteral("retryAfter"), retry);
    throw ApiError{p};
}

HttpResponse login(Services &s, HttpRequest &request)
{
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto email = r.string(QStringLiteral("email"), true, 1, 254);
    const auto password = r.string(QStringLiteral("password"), true, 1, MaxPasswordLength);
    r.rejectUnknown({QStringLiteral("email"), QStringLiteral("password")});
    if (!errors.isEmpty())
        failValidation(errors);

    const QString account = email->trimmed().toLower();
    const QString address = clientAddress(request);
    const qint64 since = nowMs() - s.config.loginWindowSeconds * 1000;
    const auto byAccount = s.loginAttempts.forAccount(account, since);
    if (byAccount.count >= s.config.loginAccountLimit)
        tooManyAttempts(byAccount.oldest, s.config.loginWindowSeconds);
    const auto byAddress = s.loginAttempts.forAddress(address, since);
    if (byAddress.count >= s.config.loginAddressLimit)
        tooManyAttempts(byAddress.oldest, s.config.loginWindowSeconds);

    const auto user = s.users.findByEmail(account);
    const bool ok = user ? PasswordHasher::verify(*password, s.users.passwordHash(user->id))
                         : (PasswordHasher::burn(*password), false);
    if (!ok) {
        s.loginAttempts.recordFailure(account, address);
        qCInfo(lcAuth) << "failed sign-in for" << account << "from" << address;
        fail(401, QStringLiteral("invalid-credentials"),
             QStringLiteral("Email or password is wrong"));
    }
    if (user->status == AccountStatus::Pending)
        fail(403, QStringLiteral("account-pending"),
             QStringLiteral("This account is waiting for approval"),
             QStringLiteral("An administrator will review the registration."));
    if (user->status == AccountStatus::Disabled)
        fail(403, QStringLiteral("account-disabled"), QStringLiteral("This account is disabled"));

    Transaction tx(s.db);
    s.loginAttempts.clearAccount(account);
    const QJsonObject tokens =
        issueTokens(s, *user, QUuid::createUuid().toString(QUuid::WithoutBraces));
    tx.commit();
    return HttpResponse::json(200, tokens);
}

QString refreshTokenFrom(const HttpRequest &request)
{
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto token = r.string(QStringLiteral("refreshToken"), true, 1, 200);
    r.rejectUnknown({QStringLiteral("refreshToken")});
    if (!errors.isEmpty())
        failValidation(errors);
    return *token;
}

HttpResponse refresh(Services &s, HttpRequest &request)
{
    const QString token = refreshTokenFrom(request);
    Transaction tx(s.db);
    const auto row = s.tokens.findByHash(tokenHash(token));
    if (!row)
        fail(401, QStringLiteral("invalid-token"),
             QStringLiteral("The refresh token is not valid"));
    if (row->revoked)
        fail(401, QStringLiteral("token-revoked"), QStringLiteral("The refresh token was revoked"),
             QStringLiteral("Sign in again."));
    if (row->used || !s.tokens.markUsed(row->id)) {
        // A rotated token came back: someone holds a copy. End the whole login.
        s.tokens.revokeFamily(row->family);
        s.audit.record(row->userId, QStringLiteral("auth.refresh_reuse"), QStringLiteral("user"),
                       QString::number(row->userId), {},
                       QJsonObject{{QStringLiteral("family"), row->family}},
                       clientAddress(request));
        tx.commit();
        qCWarning(lcAuth) << "refresh token reuse for user" << row->userId << "family revoked";
        fail(401, QStringLiteral("token-reused"),
             QStringLiteral("The refresh token was already used"),
             QStringLiteral("For safety every session of this sign-in has ended. Sign in again."));
    }
    if (row->expiresAt <= nowMs())
        fail(401, QStringLiteral("refresh-expired"), QStringLiteral("The refresh token expired"),
             QStringLiteral("Sign in again."));
    const auto user = s.users.find(row->userId);
    if (!user || user->status != AccountStatus::Active) {
        s.tokens.revokeFamily(row->family);
        tx.commit();
        fail(403, QStringLiteral("account-inactive"), QStringLiteral("This account is not active"));
    }
    const QJsonObject tokens = issueTokens(s, *user, row->family);
    tx.commit();
    return HttpResponse::json(200, tokens);
}

HttpResponse logout(Services &s, HttpRequest &request)
{
    const QString token = refreshTokenFrom(request);
    if (const auto row = s.tokens.findByHash(tokenHash(token)))
        s.tokens.revokeFamily(row->family);
    return HttpResponse::noContent();
}

HttpResponse registerWorker(Services &s, HttpRequest &request)
{
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto email = r.string(QStringLiteral("email"), true, 3, 254);
    const auto name = r.string(QStringLiteral("name"), true, 1, 200);
    const auto password = r.string(QStringLiteral("password"), true, 0, MaxPasswordLength);
    r.rejectUnknown({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("password")});
    checkAccountFields(errors, email, password);
    if (!errors.isEmpty())
        failValidation(errors);

    User user;
    user.email = email->trimmed().toLower();
    user.name = name->trimmed();
    user.role = Role::Worker;
    user.status = AccountStatus::Pending;
    user.createdAt = user.updatedAt = QDateTime::currentDateTimeUtc();
    const QString hash = PasswordHasher::hash(*password);
    Transaction tx(s.db);
    user.id = s.users.create(user, hash);
    if (!user.id)
        failEmailTaken();
    s.events.append(QStringLiteral("user.registered"), codec::toJson(user), std::nullopt,
                    std::nullopt);
    tx.commit();
    return HttpResponse::json(201, QJsonObject{{QStringLiteral("user"), codec::toJson(user)}});
}

} // namespace

void registerAuthRoutes(Router &router, Services &s)
{
    const RouteOptions small{8 * 1024};
    route(
        router, "POST", QStringLiteral("/api/v1/auth/login"),
        [&s](HttpRequest &r) { return login(s, r); }, small);
    route(
        router, "POST", QStringLiteral("/api/v1/auth/refresh"),
        [&s](HttpRequest &r) { return refresh(s, r); }, small);
    route(
        router, "POST", QStringLiteral("/api/v1/auth/logout"),
        [&s](HttpRequest &r) { return logout(s, r); }, small);
    route(
        router, "POST", QStringLiteral("/api/v1/auth/register"),
        [&s](HttpRequest &r) { return registerWorker(s, r); }, small);
    route(router, "GET", QStringLiteral("/api/v1/me"), [&s](HttpRequest &r) {
        const Principal p = authenticate(s, r);
        const auto user = s.users.find(p.userId);
        if (!user)
            fail(404, QStringLiteral("not-found"), QStringLiteral("No such user"));
        return HttpResponse::json(200, codec::toJson(*user))
            .withHeader(QByteArrayLiteral("ETag"), etag(user->version));
    });
}

} // namespace jobdesk::server
