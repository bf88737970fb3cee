// Sign-in, silent single-flight refresh, "keep me signed in" and sign-out,
// through the app's ApiClient and Session against the real server.
#include "apiclient.h"
#include "memorycredentialstore.h"
#include "session.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordIsExplained();
    void expiredTokenIsRefreshedOnceForManyRequests();
    void keepSignedInSurvivesARestartOfTheApp();
    void withoutKeepNothingIsStored();
    void signOutEndsEverything();
    void registrationAwaitsApproval();

private:
    struct App
    {
        QNetworkAccessManager nam;
        net::ApiClient api{&nam};
        std::unique_ptr<net::Session> session;
        App(const test::TestServer &server, net::CredentialStore *store)
        {
            api.setBaseUrl(server.url(QString()));
            session = std::make_unique<net::Session>(&api, store);
        }
        bool signIn(const QString &email, const QString &password, bool keep)
        {
            QSignalSpy ok(session.get(), &net::Session::signedIn);
            session->signIn(email, password, keep);
            return ok.wait(10000);
        }
    };
    test::World m;
    net::MemoryCredentialStore m_store;
};

void TestSession::initTestCase()
{
    qputenv("JOBDESK_ACCESS_TOKEN_TTL", "1"); // the server started below inherits it
    QVERIFY(m.setUp());
}

void TestSession::wrongPasswordIsExplained()
{
    App app(m.server, &m_store);
    QSignalSpy failed(app.session.get(), &net::Session::signInFailed);
    app.session->signIn(QStringLiteral("sokha@example.test"), QStringLiteral("wrong password"), false);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("invalid-credentials"));
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!app.session->isSignedIn());
}

void TestSession::expiredTokenIsRefreshedOnceForManyRequests()
{
    App app(m.server, &m_store);
    QVERIFY(app.signIn(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1"), false));
    const QByteArray first = app.session->accessToken();
    // Wait until the server itself calls the 1-second token expired.
    test::Http raw(m.server);
    QTRY_VERIFY_WITH_TIMEOUT(raw.get(QStringLiteral("/api/v1/me"), QString::fromLatin1(first)).problemType()
                                 == QStringLiteral("urn:jobdesk:problem:token-expired"),
                             10000);
    int answered = 0;
    int ok = 0;
    for (int i = 0; i < 5; ++i) {
        app.api.get(QStringLiteral("/me"), {}, this, [&](const net::ApiResult &r) {
            ++answered;
            ok += r.status == 200 ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 10000);
    QCOMPARE(ok, 5);
    QCOMPARE(app.session->refreshCount(), 1);
    QVERIFY(app.session->accessToken() != first);
}

void TestSession::keepSignedInSurvivesARestartOfTheApp()
{
    QString stored;
    {
        App app(m.server, &m_store);
        QVERIFY(app.signIn(QStringLiteral("dara@example.test"), QStringLiteral("worker password 2"), true));
        const QString key = net::Session::credentialKey(m.server.url(QString()), QStringLiteral("dara@example.test"));
        QTRY_VERIFY(m_store.secrets().contains(key));
        stored = m_store.secrets().value(key);
    }
    // A new app process: no password, the keychain's token signs in (and rotates).
    App again(m.server, &m_store);
    QSignalSpy ok(again.session.get(), &net::Session::signedIn);
    again.session->resume(QStringLiteral("Dara@Example.test"));
    QVERIFY(ok.wait(10000));
    QCOMPARE(again.session->user().value(QStringLiteral("email")).toString(), QStringLiteral("dara@example.test"));
    const QString key = net::Session::credentialKey(m.server.url(QString()), QStringLiteral("dara@example.test"));
    QTRY_VERIFY(m_store.secrets().value(key) != stored);
    // The spent token is useless now: the server refuses it as reused.
    test::Http raw(m.server);
    QCOMPARE(raw.post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refreshToken"), stored}}).status, 401);
}

void TestSession::withoutKeepNothingIsStored()
{
    net::MemoryCredentialStore store;
    App app(m.server, &store);
    QVERIFY(app.signIn(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1"), false));
    QTest::qWait(0); // let the queued keychain answer arrive
    QVERIFY(store.secrets().isEmpty());
    App again(m.server, &store);
    QSignalSpy failed(again.session.get(), &net::Session::signInFailed);
    again.session->resume(QStringLiteral("sokha@example.test"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("no-saved-session"));
}

void TestSession::signOutEndsEverything()
{
    net::MemoryCredentialStore store;
    App app(m.server, &store);
    QVERIFY(app.signIn(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"), true));
    QVERIFY(app.session->isAdmin());
    QTRY_COMPARE(store.secrets().size(), 1);
    const QString refresh = store.secrets().begin().value();
    QSignalSpy out(app.session.get(), &net::Session::signedOut);
    app.session->signOut();
    QVERIFY(out.wait(5000));
    QVERIFY(store.secrets().isEmpty());
    QVERIFY(!app.session->isSignedIn());
    test::Http raw(m.server);
    QTRY_COMPARE(raw.post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refreshToken"), refresh}}).status,
                 401);
}

void TestSession::registrationAwaitsApproval()
{
    App app(m.server, &m_store);
    QSignalSpy bad(app.session.get(), &net::Session::registrationFailed);
    app.session->registerWorker(QStringLiteral("new@example.test"), QStringLiteral("New"), QStringLiteral("short"));
    QVERIFY(bad.wait(5000));
    QVERIFY(bad.at(0).at(1).toJsonObject().contains(QStringLiteral("password")));
    QSignalSpy done(app.session.get(), &net::Session::registered);
    app.session->registerWorker(QStringLiteral("new@example.test"), QStringLiteral("Neary"),
                                QStringLiteral("a good long password"));
    QVERIFY(done.wait(5000));
    QSignalSpy failed(app.session.get(), &net::Session::signInFailed);
    app.session->signIn(QStringLiteral("new@example.test"), QStringLiteral("a good long password"), false);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("account-pending"));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("approval")));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
