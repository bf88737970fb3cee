#include "apisupport.h"
#include "codecs.h"
#include "fielderrors.h"
#include "jsonreader.h"
#include "passwordhasher.h"
#include "routes.h"
#include "services.h"

#include <QDateTime>
#include <QJsonArray>

namespace jobdesk::server {

namespace {

User loadUser(Services &s, qint64 id)
{
    auto user = s.users.find(id);
    if (!user)
        fail(404, QStringLiteral("not-found"), QStringLiteral("No such user"));
    return *user;
}

HttpResponse userResponse(int status, const User &user)
{
    return HttpResponse::json(status, codec::toJson(user))
        .withHeader(QByteArrayLiteral("ETag"), etag(user.version));
}

// Saves `after` over `before` with the caller's If-Match, audits it and
// tells the affected worker.
HttpResponse saveUser(Services &s, const HttpRequest &request, const Principal &admin,
                      const User &before, User after, const QString &action)
{
    after.updatedAt = QDateTime::currentDateTimeUtc();
    Transaction tx(s.db);
    if (!s.users.update(after, before.version)) {
        const User current = loadUser(s, before.id);
        checkIfMatch(request, current.version, codec::toJson(current));
        fail(409, QStringLiteral("conflict"), QStringLiteral("The user changed concurrently"));
    }
    if (after.status != AccountStatus::Active && before.status == AccountStatus::Active)
        s.tokens.revokeUser(after.id);
    const User saved = loadUser(s, after.id);
    s.audit.record(admin.userId, action, QStringLiteral("user"), QString::number(saved.id),
                   codec::toJson(before), codec::toJson(saved), clientAddress(request));
    s.events.append(QStringLiteral("user.updated"), codec::toJson(saved), std::nullopt,
                    saved.role == Role::Worker ? std::optional<qint64>(saved.id) : std::nullopt);
    tx.commit();
    return userResponse(200, saved);
}

HttpResponse listUsers(Services &s, HttpRequest &request)
{
    requireAdmin(s, request);
    UserQuery q;
    q.limit = limitParam(request, 50, 500);
    FieldErrors errors;
    if (request.query.hasQueryItem(QStringLiteral("role"))) {
        q.role = roleFromString(request.query.queryItemValue(QStringLiteral("role")));
        if (!q.role)
            errors.add(QStringLiteral("role"), QStringLiteral("must be worker or admin"));
    }
    if (request.query.hasQueryItem(QStringLiteral("status"))) {
        q.status = accountStatusFromString(request.query.queryItemValue(QStringLiteral("status")));
        if (!q.status)
            errors.add(QStringLiteral("status"),
                       QStringLiteral("must be pending, active or disabled"));
    }
    if (!errors.isEmpty())
        failValidation(errors, QStringLiteral("Invalid query parameter."));
    q.text = textQuery(request, QStringLiteral("q"));
    q.skill = textQuery(request, QStringLiteral("skill"), 64);
    const QJsonArray cursor = decodeCursor(request, 1);
    if (!cursor.isEmpty())
        q.afterId = qint64(cursor.at(0).toDouble());
    const UserPage page = s.users.list(q);
    QJsonArray items;
    for (const User &u : page.items)
        items.append(codec::toJson(u));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("nextCursor"),
                          page.nextAfterId ? QJsonValue(encodeCursor({*page.nextAfterId}))
                                           : QJsonValue(QJsonValue::Null)}});
}

HttpResponse createUser(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const QJsonObject body = jsonBody(request);
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto email = r.string(QStringLiteral("email"), true, 3, 254);
    const auto name = r.string(QStringLiteral("name"), true, 1, 200);
    const auto roleText = r.string(QStringLiteral("role"), true);
    const auto password = r.string(QStringLiteral("password"), true, 0, MaxPasswordLength);
    const auto statusText = r.string(QStringLiteral("status"), false);
    const auto profileJson = r.object(QStringLiteral("profile"), false);
    r.rejectUnknown({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role"),
                     QStringLiteral("password"), QStringLiteral("status"),
                     QStringLiteral("profile")});
    checkAccountFields(errors, email, password);
    const auto role = roleText ? roleFromString(*roleText) : std::nullopt;
    if (roleText && !role)
        errors.add(QStringLiteral("role"), QStringLiteral("must be worker or admin"));
    const auto status = statusText ? accountStatusFromString(*statusText)
                                   : std::optional<AccountStatus>(AccountStatus::Active);
    if (!status)
        errors.add(QStringLiteral("status"), QStringLiteral("must be pending, active or disabled"));
    std::optional<WorkerProfile> profile = WorkerProfile{};
    if (profileJson)
        profile = codec::profileFromJson(*profileJson, WorkerProfile{}, errors,
                                         QStringLiteral("profile."));
    if (!errors.isEmpty())
        failValidation(errors);

    User user;
    user.email = email->trimmed().toLower();
    user.name = name->trimmed();
    user.role = *role;
    user.status = *status;
    user.profile = *profile;
    user.createdAt = user.updatedAt = QDateTime::currentDateTimeUtc();
    const QString hash = PasswordHasher::hash(*password);
    Transaction tx(s.db);
    user.id = s.users.create(user, hash);
    if (!user.id)
        failEmailTaken();
    const User saved = loadUser(s, user.id);
    s.audit.record(admin.userId, QStringLiteral("user.create"), QStringLiteral("user"),
                   QString::number(saved.id), QJsonValue::Null, codec::toJson(saved),
                   clientAddress(request));
    tx.commit();
    return userResponse(201, saved);
}

HttpResponse patchUser(Services &s, HttpRequest &request)
{
    const Principal admin = requireAdmin(s, request);
    const User before = loadUser(s, idParam(request));
    const QJsonObject body = jsonBody(request);
    checkIfMatch(request, before.version, codec::toJson(before));
    FieldErrors errors;
    JsonReader r(body, errors);
    const auto name = r.string(QStringLiteral("name"), false, 1, 200);
    const auto roleText = r.string(QStringLiteral("role"), false);
    const auto profileJson = r.object(QStringLiteral("profile"), false);
    r.rejectUnknown({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("profile")});
    User after = before;
    if (name)
        after.name = name->trimmed();
    if (roleText) {
        const auto role = roleFromString(*roleText);
        if (!role)
            errors.add(QStringLiteral("role"), QStringLiteral("must be worker or admin"));
        else if (before.id == admin.userId && *role != Role::Admin)
            errors.add(QStringLiteral("role"), QStringLiteral("you cannot demote yourself"));
        else
            after.role = *role;
    }
    if (profileJson) {
        if (const auto p = codec::profileFromJson(*profileJson, before.profile, errors,
                                                  QStringLiteral("profile.")))
            after.profile = *p;
    }
    if (!errors.isEmpty())
        failValidation(errors);
    return saveUser(s, request, admin, before, after, QStringLiteral("user.update"));
}

HttpResponse setStatus(Services &s, HttpRequest &request, AccountStatus target,
                       const QString &action)
{
    const Principal admin = requireAdmin(s, request);
    const User before = loadUser(s, idParam(request));
    if (request.hasHeader("If-Match"))
        checkIfMatch(request, before.version, codec::toJson(before));
    if (before.id == admin.userId && target != AccountStatus::Active)
        fail(409, QStringLiteral("cannot-disable-self"),
             QStringLiteral("You cannot disable your own account"));
    if (target == AccountStatus::Active && action == QLatin1String("user.approve") &&
        before.status != AccountStatus::Pending)
        fail(409, QStringLiteral("not-pending"),
             QStringLiteral("Only pending accounts are approved"),
             QStringLiteral("This account is %1.").arg(toString(before.status)));
    if (before.status == target)
        return userResponse(200, before);
    User after = before;
    after.status = target;
    return saveUser(s, request, admin, before, after, action);
}

} // namespace

void registerUserRoutes(Router &router, Services &s)
{
    route(router, "GET", QStringLiteral("/api/v1/users"),
          [&s](HttpRequest &r) { return listUsers(s, r); });
    route(router, "POST", QStringLiteral("/api/v1/users"),
          [&s](HttpRequest &r) { return createUser(s, r); });
    route(router, "GET", QStringLiteral("/api/v1/users/{id}"), [&s](HttpRequest &r) {
        const Principal p = authenticate(s, r);
        const qint64 id = idParam(r);
        if (!p.isAdmin() && id != p.userId)
            fail(404, QStringLiteral("not-found"), QStringLiteral("No such user"));
        return userResponse(200, loadUser(s, id));
    });
    route(router, "PATCH", QStringLiteral("/api/v1/users/{id}"),
          [&s](HttpRequest &r) { return patchUser(s, r); });
    route(router, "POST", QStringLiteral("/api/v1/users/{id}/approve"), [&s](HttpRequest &r) {
        return setStatus(s, r, AccountStatus::Active, QStringLiteral("user.approve"));
    });
    route(router, "POST", QStringLiteral("/api/v1/users/{id}/disable"), [&s](HttpRequest &r) {
        return setStatus(s, r, AccountStatus::Disabled, QStringLiteral("user.disable"));
    });
    route(router, "POST", QStringLiteral("/api/v1/users/{id}/enable"), [&s](HttpRequest &r) {
        return setStatus(s, r, AccountStatus::Active, QStringLiteral("user.enable"));
    });
}

} // namespace jobdesk::server
