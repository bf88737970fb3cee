// Sign-in, token refresh with rotation and reuse detection, sign-out, registration
// and throttling, against the real server binary.
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <openssl/hmac.h>

using namespace jobdesk::test;

namespace {

const QString AdminEmail = QStringLiteral("admin@example.test");
const QString AdminPassword = QStringLiteral("correct horse battery");

QByteArray b64(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Builds a token signed with the server's own key, to test claims checks.
QByteArray signWith(const QByteArray &key, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    unsigned char mac[32];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), mac,
         &len);
    return input + '.' + b64(QByteArray(reinterpret_cast<const char *>(mac), int(len)));
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginSucceedsAndMeAnswers();
    void wrongPasswordAndUnknownAccountLookTheSame();
    void refreshRotatesTheToken();
    void reusedRefreshTokenRevokesTheFamily();
    void logoutEndsTheSession();
    void registrationWaitsForApproval();
    void registrationValidates();
    void throttlesPerAccount();
    void throttlesPerAddress();
    void signingKeyIsPrivate();
    void rejectsForgedTokens_data();
    void rejectsForgedTokens();
    void disabledAccountLosesAccess();

private:
    TestServer m_server{{QStringLiteral("--threads"), QStringLiteral("2")}};
    std::unique_ptr<Http> m_http;
    QByteArray m_key;
    qint64 m_adminId = 0;
};

void TestAuth::initTestCase()
{
    qputenv("JOBDESK_LOGIN_ACCOUNT_LIMIT", "3");
    qputenv("JOBDESK_LOGIN_ADDRESS_LIMIT", "8");
    QVERIFY(m_server.start());
    m_adminId = m_server.createUser(AdminEmail, QStringLiteral("admin"), AdminPassword,
                                    QStringLiteral("Ada Admin"));
    QVERIFY(m_adminId > 0);
    m_http = std::make_unique<Http>(m_server);
    QFile keyFile(m_server.dataDir() + QStringLiteral("/signing.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QByteArray::fromHex(keyFile.readAll().trimmed());
    QCOMPARE(m_key.size(), 32);
}

void TestAuth::loginSucceedsAndMeAnswers()
{
    QJsonObject full;
    const QString token = m_http->login(AdminEmail, AdminPassword, &full);
    QVERIFY(!token.isEmpty());
    QCOMPARE(full.value(QStringLiteral("expiresIn")).toInt(), 900);
    QVERIFY(full.value(QStringLiteral("refreshToken")).toString().size() >= 43);
    QCOMPARE(full.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));
    QVERIFY(
        !full.value(QStringLiteral("user")).toObject().contains(QStringLiteral("passwordHash")));
    // Email is case-insensitive.
    QVERIFY(!m_http->login(AdminEmail.toUpper(), AdminPassword).isEmpty());
    const Reply me = m_http->get(QStringLiteral("/api/v1/me"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("email")).toString(), AdminEmail);
    QCOMPARE(me.json().value(QStringLiteral("id")).toInteger(), m_adminId);
}

void TestAuth::wrongPasswordAndUnknownAccountLookTheSame()
{
    const qint64 id =
        m_server.createUser(QStringLiteral("w1@example.test"), QStringLiteral("worker"),
                            QStringLiteral("worker password 1"));
    QVERIFY(id > 0);
    const Reply wrong =
        m_http->post(QStringLiteral("/api/v1/auth/login"),
                     {{QStringLiteral("email"), QStringLiteral("w1@example.test")},
                      {QStringLiteral("password"), QStringLiteral("nope nope nope")}});
    const Reply unknown =
        m_http->post(QStringLiteral("/api/v1/auth/login"),
                     {{QStringLiteral("email"), QStringLiteral("ghost@example.test")},
                      {QStringLiteral("password"), QStringLiteral("nope nope nope")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.problemType(), QStringLiteral("urn:jobdesk:problem:invalid-credentials"));
    QCOMPARE(wrong.body, unknown.body);
    QCOMPARE(wrong.header("Content-Type"), QByteArray("application/problem+json"));
}

void TestAuth::refreshRotatesTheToken()
{
    QJsonObject first;
    QVERIFY(!m_http->login(AdminEmail, AdminPassword, &first).isEmpty());
    const QString r1 = first.value(QStringLiteral("refreshToken")).toString();
    const Reply second = m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                                      {{QStringLiteral("refreshToken"), r1}});
    QCOMPARE(second.status, 200);
    const QString r2 = second.json().value(QStringLiteral("refreshToken")).toString();
    const QString a2 = second.json().value(QStringLiteral("accessToken")).toString();
    QVERIFY(r2 != r1);
    QCOMPARE(m_http->get(QStringLiteral("/api/v1/me"), a2).status, 200);
    const Reply third = m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                                     {{QStringLiteral("refreshToken"), r2}});
    QCOMPARE(third.status, 200);
}

void TestAuth::reusedRefreshTokenRevokesTheFamily()
{
    QJsonObject first;
    QVERIFY(!m_http->login(AdminEmail, AdminPassword, &first).isEmpty());
    const QString r1 = first.value(QStringLiteral("refreshToken")).toString();
    const Reply rotated = m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                                       {{QStringLiteral("refreshToken"), r1}});
    QCOMPARE(rotated.status, 200);
    const QString r2 = rotated.json().value(QStringLiteral("refreshToken")).toString();
    // A stolen copy of r1 comes back.
    const Reply reuse = m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                                     {{QStringLiteral("refreshToken"), r1}});
    QCOMPARE(reuse.status, 401);
    QCOMPARE(reuse.problemType(), QStringLiteral("urn:jobdesk:problem:token-reused"));
    // ...so the legitimate newer token is dead too.
    const Reply after = m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                                     {{QStringLiteral("refreshToken"), r2}});
    QCOMPARE(after.status, 401);
    QCOMPARE(after.problemType(), QStringLiteral("urn:jobdesk:problem:token-revoked"));
    // The reuse is in the audit log.
    const QString admin = m_http->login(AdminEmail, AdminPassword);
    const Reply audit =
        m_http->get(QStringLiteral("/api/v1/audit?action=auth.refresh_reuse"), admin);
    QCOMPARE(audit.status, 200);
    QVERIFY(!audit.items().isEmpty());
}

void TestAuth::logoutEndsTheSession()
{
    QJsonObject first;
    QVERIFY(!m_http->login(AdminEmail, AdminPassword, &first).isEmpty());
    const QString r1 = first.value(QStringLiteral("refreshToken")).toString();
    QCOMPARE(
        m_http->post(QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refreshToken"), r1}})
            .status,
        204);
    const Reply again = m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                                     {{QStringLiteral("refreshToken"), r1}});
    QCOMPARE(again.status, 401);
    const Reply garbage =
        m_http->post(QStringLiteral("/api/v1/auth/refresh"),
                     {{QStringLiteral("refreshToken"), QStringLiteral("garbage")}});
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.problemType(), QStringLiteral("urn:jobdesk:problem:invalid-token"));
}

void TestAuth::registrationWaitsForApproval()
{
    const Reply reg =
        m_http->post(QStringLiteral("/api/v1/auth/register"),
                     {{QStringLiteral("email"), QStringLiteral("New.Worker@example.test")},
                      {QStringLiteral("name"), QStringLiteral("Neak Thmey")},
                      {QStringLiteral("password"), QStringLiteral("a fine password")}});
    QCOMPARE(reg.status, 201);
    const QJsonObject user = reg.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("worker"));
    QCOMPARE(user.value(QStringLiteral("email")).toString(),
             QStringLiteral("new.worker@example.test"));

    const Reply pending =
        m_http->post(QStringLiteral("/api/v1/auth/login"),
                     {{QStringLiteral("email"), QStringLiteral("new.worker@example.test")},
                      {QStringLiteral("password"), QStringLiteral("a fine password")}});
    QCOMPARE(pending.status, 403);
    QCOMPARE(pending.problemType(), QStringLiteral("urn:jobdesk:problem:account-pending"));

    const Reply dup =
        m_http->post(QStringLiteral("/api/v1/auth/register"),
                     {{QStringLiteral("email"), QStringLiteral("new.worker@example.test")},
                      {QStringLiteral("name"), QStringLiteral("Again")},
                      {QStringLiteral("password"), QStringLiteral("a fine password")}});
    QCOMPARE(dup.status, 409);

    const QString admin = m_http->login(AdminEmail, AdminPassword);
    const QString path = QStringLiteral("/api/v1/users/%1/approve")
                             .arg(user.value(QStringLiteral("id")).toInteger());
    QCOMPARE(m_http->post(path, {}, admin).status, 200);
    QVERIFY(
        !m_http->login(QStringLiteral("new.worker@example.test"), QStringLiteral("a fine password"))
             .isEmpty());
    // Approving twice is refused clearly.
    QCOMPARE(m_http->post(path, {}, admin).status, 409);
}

void TestAuth::registrationValidates()
{
    const Reply bad = m_http->post(QStringLiteral("/api/v1/auth/register"),
                                   {{QStringLiteral("email"), QStringLiteral("not-an-email")},
                                    {QStringLiteral("name"), 42},
                                    {QStringLiteral("password"), QStringLiteral("short")},
                                    {QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(bad.status, 422);
    const QJsonObject errors = bad.json().value(QStringLiteral("errors")).toObject();
    QVERIFY(errors.contains(QStringLiteral("email")));
    QVERIFY(errors.contains(QStringLiteral("name")));
    QVERIFY(errors.contains(QStringLiteral("password")));
    QVERIFY(errors.contains(QStringLiteral("role"))); // nobody registers as admin
}

void TestAuth::throttlesPerAccount()
{
    const QString email = QStringLiteral("target@example.test");
    QVERIFY(m_server.createUser(email, QStringLiteral("worker"),
                                QStringLiteral("target password")) > 0);
    const QJsonObject wrong{{QStringLiteral("email"), email},
                            {QStringLiteral("password"), QStringLiteral("guess guess guess")}};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http->post(QStringLiteral("/api/v1/auth/login"), wrong).status, 401);
    const Reply limited = m_http->post(QStringLiteral("/api/v1/auth/login"), wrong);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.problemType(), QStringLiteral("urn:jobdesk:problem:too-many-attempts"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 900, limited.header("Retry-After").constData());
    // Even the right password waits until the window passes.
    const Reply right =
        m_http->post(QStringLiteral("/api/v1/auth/login"),
                     {{QStringLiteral("email"), email},
                      {QStringLiteral("password"), QStringLiteral("target password")}});
    QCOMPARE(right.status, 429);
}

void TestAuth::throttlesPerAddress()
{
    // Earlier tests already failed from this address; spread the rest over new accounts
    // until the address limit (8) answers 429 for an account with no failures of its own.
    int status = 0;
    for (int i = 0; i < 12 && status != 429; ++i) {
        const Reply r =
            m_http->post(QStringLiteral("/api/v1/auth/login"),
                         {{QStringLiteral("email"), QStringLiteral("spray%1@example.test").arg(i)},
                          {QStringLiteral("password"), QStringLiteral("spray spray spray")}});
        status = r.status;
        QVERIFY(status == 401 || status == 429);
    }
    QCOMPARE(status, 429);
    // A correct sign-in from the same address is throttled too.
    const Reply admin = m_http->post(
        QStringLiteral("/api/v1/auth/login"),
        {{QStringLiteral("email"), AdminEmail}, {QStringLiteral("password"), AdminPassword}});
    QCOMPARE(admin.status, 429);
    QVERIFY(admin.header("Retry-After").toInt() > 0);
}

void TestAuth::signingKeyIsPrivate()
{
    const QFile::Permissions p =
        QFile::permissions(m_server.dataDir() + QStringLiteral("/signing.key"));
    QVERIFY(p & QFile::ReadOwner);
    QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
}

void TestAuth::rejectsForgedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("problem");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject hs{{QStringLiteral("alg"), QStringLiteral("HS256")},
                         {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const auto claims = [&](qint64 exp) {
        return QJsonObject{{QStringLiteral("sub"), QStringLiteral("1")},
                           {QStringLiteral("role"), QStringLiteral("admin")},
                           {QStringLiteral("typ"), QStringLiteral("access")},
                           {QStringLiteral("iss"), QStringLiteral("jobdesk")},
                           {QStringLiteral("aud"), QStringLiteral("jobdesk-api")},
                           {QStringLiteral("iat"), now - 10},
                           {QStringLiteral("exp"), exp}};
    };
    const QByteArray key = m_key;
    QTest::newRow("expired") << signWith(key, hs, claims(now - 1))
                             << QStringLiteral("urn:jobdesk:problem:token-expired");
    QTest::newRow("wrong key") << signWith(QByteArray(32, 'k'), hs, claims(now + 600))
                               << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QJsonObject noneHeader{{QStringLiteral("alg"), QStringLiteral("none")},
                           {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray unsigned_ =
        b64(QJsonDocument(noneHeader).toJson(QJsonDocument::Compact)) + '.' +
        b64(QJsonDocument(claims(now + 600)).toJson(QJsonDocument::Compact)) + '.';
    QTest::newRow("alg none") << unsigned_ << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QTest::newRow("alg none signed") << signWith(key, noneHeader, claims(now + 600))
                                     << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QJsonObject wrongAud = claims(now + 600);
    wrongAud.insert(QStringLiteral("aud"), QStringLiteral("someone-else"));
    QTest::newRow("wrong audience")
        << signWith(key, hs, wrongAud) << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QJsonObject wrongIss = claims(now + 600);
    wrongIss.insert(QStringLiteral("iss"), QStringLiteral("evil"));
    QTest::newRow("wrong issuer") << signWith(key, hs, wrongIss)
                                  << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QJsonObject refreshTyp = claims(now + 600);
    refreshTyp.insert(QStringLiteral("typ"), QStringLiteral("refresh"));
    QTest::newRow("wrong typ") << signWith(key, hs, refreshTyp)
                               << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QJsonObject ghost = claims(now + 600);
    ghost.insert(QStringLiteral("sub"), QStringLiteral("999999"));
    QTest::newRow("unknown user") << signWith(key, hs, ghost)
                                  << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QTest::newRow("garbage") << QByteArray("a.b.c")
                             << QStringLiteral("urn:jobdesk:problem:invalid-token");
    QTest::newRow("huge") << QByteArray(10000, 'A')
                          << QStringLiteral("urn:jobdesk:problem:invalid-token");
}

void TestAuth::rejectsForgedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, problem);
    const Reply r = m_http->send("GET", QStringLiteral("/api/v1/jobs"), {},
                                 {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.problemType(), problem);
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    // The same key with good claims is accepted, so the rejection above is about the claims.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray good = signWith(m_key,
                                     {{QStringLiteral("alg"), QStringLiteral("HS256")},
                                      {QStringLiteral("typ"), QStringLiteral("JWT")}},
                                     {{QStringLiteral("sub"), QString::number(m_adminId)},
                                      {QStringLiteral("typ"), QStringLiteral("access")},
                                      {QStringLiteral("iss"), QStringLiteral("jobdesk")},
                                      {QStringLiteral("aud"), QStringLiteral("jobdesk-api")},
                                      {QStringLiteral("exp"), now + 60}});
    QCOMPARE(
        m_http
            ->send("GET", QStringLiteral("/api/v1/jobs"), {}, {{"Authorization", "Bearer " + good}})
            .status,
        200);
}

void TestAuth::disabledAccountLosesAccess()
{
    const QString email = QStringLiteral("leaver@example.test");
    const qint64 id =
        m_server.createUser(email, QStringLiteral("worker"), QStringLiteral("leaver password"));
    QVERIFY(id > 0);
    // This address is throttled by now (throttlesPerAddress), so the tokens are signed
    // with the server's key instead of coming from a sign-in.
    Http http(m_server);
    const QString admin = QString::fromLatin1(
        signWith(m_key,
                 {{QStringLiteral("alg"), QStringLiteral("HS256")},
                  {QStringLiteral("typ"), QStringLiteral("JWT")}},
                 {{QStringLiteral("sub"), QString::number(m_adminId)},
                  {QStringLiteral("typ"), QStringLiteral("access")},
                  {QStringLiteral("iss"), QStringLiteral("jobdesk")},
                  {QStringLiteral("aud"), QStringLiteral("jobdesk-api")},
                  {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 60}}));
    const QString worker = QString::fromLatin1(
        signWith(m_key,
                 {{QStringLiteral("alg"), QStringLiteral("HS256")},
                  {QStringLiteral("typ"), QStringLiteral("JWT")}},
                 {{QStringLiteral("sub"), QString::number(id)},
                  {QStringLiteral("typ"), QStringLiteral("access")},
                  {QStringLiteral("iss"), QStringLiteral("jobdesk")},
                  {QStringLiteral("aud"), QStringLiteral("jobdesk-api")},
                  {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 60}}));
    QCOMPARE(http.get(QStringLiteral("/api/v1/me"), worker).status, 200);
    QCOMPARE(http.post(QStringLiteral("/api/v1/users/%1/disable").arg(id), {}, admin).status, 200);
    const Reply after = http.get(QStringLiteral("/api/v1/me"), worker);
    QCOMPARE(after.status, 403);
    QCOMPARE(after.problemType(), QStringLiteral("urn:jobdesk:problem:account-inactive"));
    // An admin cannot disable themself.
    QCOMPARE(http.post(QStringLiteral("/api/v1/users/%1/disable").arg(m_adminId), {}, admin).status,
             409);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
