// "Keep me signed in" against a real Secret Service (gnome-keyring in a private
// D-Bus session, see tests/support/with-keyring.sh): the refresh token goes to the
// keychain and nowhere else, a new app signs in from it, sign-out removes it.
#include "apiclient.h"
#include "keychaincredentialstore.h"
#include "session.h"
#include "testserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace jobdesk;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeRoundTrip();
    void keepSignedInUsesOnlyTheKeychain();

private:
    test::World m;
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under dbus-run-session");
    QVERIFY(m.setUp());
}

void TestKeychain::storeRoundTrip()
{
    net::KeychainCredentialStore store(QStringLiteral("Jobdesk test"));
    bool wrote = false;
    QString error;
    store.write(QStringLiteral("k1"), QStringLiteral("s3cret ញ"), this, [&](bool ok, const QString &e) {
        wrote = ok;
        error = e;
    });
    QTRY_VERIFY2_WITH_TIMEOUT(wrote, qPrintable(error), 10000);
    std::optional<QString> read;
    bool answered = false;
    store.read(QStringLiteral("k1"), this, [&](std::optional<QString> s, const QString &) {
        read = s;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(read.value_or(QString()), QStringLiteral("s3cret ញ"));
    bool removed = false;
    store.remove(QStringLiteral("k1"), this, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    answered = false;
    store.read(QStringLiteral("k1"), this, [&](std::optional<QString> s, const QString &) {
        read = s;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!read.has_value());
}

void TestKeychain::keepSignedInUsesOnlyTheKeychain()
{
    net::KeychainCredentialStore store;
    QString refresh;
    {
        QNetworkAccessManager nam;
        net::ApiClient api(&nam);
        api.setBaseUrl(m.server.url(QString()));
        net::Session session(&api, &store);
        QSignalSpy in(&session, &net::Session::signedIn);
        session.signIn(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1"), true);
        QVERIFY(in.wait(10000));
        // The app would remember only which account to resume.
        QSettings settings;
        settings.setValue(QStringLiteral("account/email"), session.email());
        settings.sync();
        bool answered = false;
        store.read(net::Session::credentialKey(api.baseUrl(), session.email()), this,
                   [&](std::optional<QString> s, const QString &) {
                       refresh = s.value_or(QString());
                       answered = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(answered && !refresh.isEmpty(), 10000);
    }
    // The token is in no plain file under the (throwaway) home: settings, caches...
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(refresh.toLatin1()), qPrintable(f.fileName()));
    }
    // A new app signs in from the keychain, then signs out and the entry is gone.
    QNetworkAccessManager nam;
    net::ApiClient api(&nam);
    api.setBaseUrl(m.server.url(QString()));
    net::Session session(&api, &store);
    QSignalSpy in(&session, &net::Session::signedIn);
    session.resume(QStringLiteral("sokha@example.test"));
    QVERIFY(in.wait(10000));
    QSignalSpy out(&session, &net::Session::signedOut);
    session.signOut();
    QVERIFY(out.wait(10000));
    bool answered = false;
    std::optional<QString> after = QStringLiteral("x");
    store.read(net::Session::credentialKey(api.baseUrl(), QStringLiteral("sokha@example.test")), this,
               [&](std::optional<QString> s, const QString &) {
                   after = s;
                   answered = true;
               });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!after.has_value());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
