// The app against a server that terminates TLS itself with a certificate from an
// organisation's own authority: refused, with a sentence saying why, until that
// authority's CA file is trusted (Advanced in the sign-in window); then REST and
// the realtime WebSocket work, and verification is never switched off.
#include "advanceddialog.h"
#include "apiclient.h"
#include "cafilefield.h"
#include "certificatetrust.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "realtimeclient.h"
#include "session.h"
#include "testcerts.h"
#include "testserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace jobdesk;

namespace {

const QString Email = QStringLiteral("sokha@example.test");
const QString Password = QStringLiteral("worker password 1");

} // namespace

class TestTlsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void caFileMustHoldACertificate();
    void untrustedServerIsRefusedReadably();
    void signInWindowSaysWhatToDo();
    void trustedAuthoritySignsInAndGoesLive();
    void advancedDialogStoresAndAppliesTheFile();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    test::TestCertificates m_certs;
    std::unique_ptr<test::TestServer> m_server;
    net::MemoryCredentialStore m_credentials;
};

namespace {

// With JOBDESK_SHOTS_DIR set, the windows as a person sees them, for the docs.
void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("JOBDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

void TestTlsClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certs = test::TestCertificates::make(m_dir.path());
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error));
    m_server = std::make_unique<test::TestServer>(
        QStringList{QStringLiteral("--tls-cert"), m_certs.certFile, QStringLiteral("--tls-key"),
                    m_certs.keyFile});
    m_server->setHttps(m_certs.caFile);
    QVERIFY(m_server->start());
    QVERIFY(
        m_server->createUser(Email, QStringLiteral("worker"), Password, QStringLiteral("Sokha")));
    // The test's own client trusts the authority: the server itself is fine.
    test::Http http(*m_server);
    QCOMPARE(http.get(QStringLiteral("/api/v1/healthz")).status, 200);
}

void TestTlsClient::init()
{
    // Every case starts from what a fresh app trusts: the system's authorities only.
    QVERIFY(net::CertificateTrust::apply(QString()));
}

void TestTlsClient::cleanupTestCase()
{
    net::CertificateTrust::apply(QString());
}

void TestTlsClient::caFileMustHoldACertificate()
{
    QList<QSslCertificate> certificates;
    QString error;
    QVERIFY(!net::CertificateTrust::readCaFile(m_dir.filePath(QStringLiteral("missing.pem")),
                                               &certificates, &error));
    QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
    QVERIFY(!net::CertificateTrust::readCaFile(m_certs.keyFile, &certificates, &error));
    QVERIFY2(error.contains(QLatin1String("no certificate")), qPrintable(error));
    QVERIFY(net::CertificateTrust::readCaFile(m_certs.caFile, &certificates, &error));
    QCOMPARE(certificates.size(), 1);

    // A bad file leaves the system's authorities trusted, never an empty list.
    QVERIFY(!net::CertificateTrust::apply(m_certs.keyFile, &error));
    QVERIFY(net::CertificateTrust::appliedCaFile().isEmpty());
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates().size(),
             QSslConfiguration::systemCaCertificates().size());
    // A good one is added to them, not put in their place.
    QVERIFY(net::CertificateTrust::apply(m_certs.caFile, &error));
    QCOMPARE(net::CertificateTrust::appliedCaFile(), m_certs.caFile);
    const QList<QSslCertificate> trusted =
        QSslConfiguration::defaultConfiguration().caCertificates();
    QCOMPARE(trusted.size(), QSslConfiguration::systemCaCertificates().size() + 1);
    QVERIFY(trusted.contains(certificates.first()));
    // Trusting more never means checking less.
    QCOMPARE(QSslConfiguration::defaultConfiguration().peerVerifyMode(),
             QSslSocket::AutoVerifyPeer);
}

void TestTlsClient::untrustedServerIsRefusedReadably()
{
    QNetworkAccessManager nam;
    net::ApiClient api(&nam);
    api.setBaseUrl(m_server->url(QString()));
    net::Session session(&api, &m_credentials);
    QSignalSpy failed(&session, &net::Session::signInFailed);
    session.signIn(Email, Password, false);
    QVERIFY(failed.wait(15000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QLatin1String("The server's certificate is not trusted (")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("choose its CA file in Advanced")),
             qPrintable(message));
    QVERIFY(!session.isSignedIn());

    // The same for any request of the app, e.g. a list.
    bool answered = false;
    net::ApiResult result;
    api.get(QStringLiteral("/healthz"), {}, this, [&](const net::ApiResult &r) {
        answered = true;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(result.offline());
    QVERIFY(!result.certificateError.isEmpty());
    QCOMPARE(result.message(), net::CertificateTrust::untrustedMessage(result.certificateError));
}

void TestTlsClient::signInWindowSaysWhatToDo()
{
    QNetworkAccessManager nam;
    net::ApiClient api(&nam);
    net::Session session(&api, &m_credentials);
    QSettings settings(m_dir.filePath(QStringLiteral("login.ini")), QSettings::IniFormat);
    ui::LoginWindow login(&api, &session, &settings);
    login.show();
    login.setServer(m_server->url(QString()).toString());
    login.findChild<QLineEdit *>(QStringLiteral("loginEmail"))->setText(Email);
    login.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(Password);
    QVERIFY(login.findChild<QWidget *>(QStringLiteral("loginAdvanced")));
    QTest::mouseClick(login.findChild<QPushButton *>(QStringLiteral("loginSignIn")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!login.errorText().isEmpty(), 15000);
    QVERIFY2(login.errorText().contains(QLatin1String("certificate is not trusted")),
             qPrintable(login.errorText()));
    QVERIFY(login.findChild<QPushButton *>(QStringLiteral("loginSignIn"))->isEnabled());
    saveShot(login, QStringLiteral("login-certificate.png"));
}

void TestTlsClient::trustedAuthoritySignsInAndGoesLive()
{
    QNetworkAccessManager nam;
    net::ApiClient api(&nam);
    api.setBaseUrl(m_server->url(QString()));
    net::Session session(&api, &m_credentials);
    net::RealtimeClient realtime(&session); // made before the authority is trusted

    QSignalSpy failed(&session, &net::Session::signInFailed);
    session.signIn(Email, Password, false);
    QVERIFY(failed.wait(15000)); // a connection attempt under the old trust first

    QString error;
    QVERIFY2(net::CertificateTrust::apply(m_certs.caFile, &error), qPrintable(error));
    api.resetConnections();
    QSignalSpy signedIn(&session, &net::Session::signedIn);
    session.signIn(Email, Password, false);
    QVERIFY(signedIn.wait(15000));
    QVERIFY(session.isSignedIn());

    // WSS on the same port, authenticated with the access token.
    realtime.start(m_server->url(QString()), -1);
    QTRY_COMPARE_WITH_TIMEOUT(realtime.state(), net::RealtimeClient::State::Live, 15000);
    realtime.stop();
}

void TestTlsClient::advancedDialogStoresAndAppliesTheFile()
{
    QSettings settings(m_dir.filePath(QStringLiteral("advanced.ini")), QSettings::IniFormat);
    {
        ui::AdvancedDialog dialog(&settings);
        dialog.caFile()->setPath(m_certs.keyFile); // not a certificate: nothing changes
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("advancedError"))->isHidden());
        QVERIFY(ui::CaFileField::stored(settings).isEmpty());
        QVERIFY(net::CertificateTrust::appliedCaFile().isEmpty());
        dialog.caFile()->setPath(m_certs.caFile); // another choice: the old error goes
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("advancedError"))->isHidden());
        dialog.show();
        saveShot(dialog, QStringLiteral("advanced-ca-file.png"));
        QVERIFY(dialog.save());
    }
    QCOMPARE(ui::CaFileField::stored(settings), m_certs.caFile);
    QCOMPARE(net::CertificateTrust::appliedCaFile(), m_certs.caFile);
    {
        ui::AdvancedDialog again(&settings); // shows the stored choice
        QCOMPARE(again.caFile()->path(), m_certs.caFile);
        again.caFile()->setPath(QString()); // back to the system's authorities only
        QVERIFY(again.save());
    }
    QVERIFY(!settings.contains(net::CertificateTrust::settingsKey()));
    QVERIFY(net::CertificateTrust::appliedCaFile().isEmpty());
}

QTEST_MAIN(TestTlsClient)
#include "tst_tlsclient.moc"
