// Update awareness against the real server: an app older than the server's
// min-client-version says what to install (at sign-in, at a silent resume, and
// when the server is upgraded under it), and what a newer server adds to its
// answers does not break this app's reading of them.
#include "apiclient.h"
#include "appflow.h"
#include "jobchat.h"
#include "jobqueuemodel.h"
#include "localtypes.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "testserver.h"
#include "workerwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace jobdesk;
using Group = ui::JobQueueModel::Group;

namespace {

const QString DownloadUrl = QStringLiteral("https://downloads.example.com/jobdesk");

// What a newer server might add to any record.
QJsonObject withNewMembers(QJsonObject o)
{
    o.insert(QStringLiteral("riskScore"), 0.25);
    o.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("vip")});
    o.insert(QStringLiteral("billing"),
             QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")}});
    return o;
}

bool writeConfig(const QString &path, const QString &minClientVersion)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write("[server]\nmin_client_version = " + minClientVersion.toLatin1() +
            "\nclient_download_url = " + DownloadUrl.toLatin1() + "\n");
    return true;
}

} // namespace

class TestClientUpdate final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    net::MemoryCredentialStore m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::TestServer> m_server;
    QString m_config;

    QString expectedMessage(const QString &minimum) const
    {
        return QStringLiteral("This server needs Jobdesk %1 or newer; you have %2. Install the "
                              "update from %3.")
            .arg(minimum, QStringLiteral(JOBDESK_VERSION), DownloadUrl);
    }

    std::unique_ptr<ui::AppFlow> newFlow()
    {
        return std::make_unique<ui::AppFlow>(&m_nam, &m_credentials, m_settings.get(),
                                             m_dir.filePath(QStringLiteral("data")));
    }

    void signIn(ui::LoginWindow *login, bool keep)
    {
        login->findChild<QLineEdit *>(QStringLiteral("loginEmail"))
            ->setText(QStringLiteral("sokha@example.test"));
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))
            ->setText(QStringLiteral("worker password 1"));
        login->findChild<QCheckBox *>(QStringLiteral("loginKeep"))->setChecked(keep);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginSignIn")),
                          Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_config = m_dir.filePath(QStringLiteral("server.conf"));
        QVERIFY(writeConfig(m_config, QStringLiteral("99.0")));
        m_server =
            std::make_unique<test::TestServer>(QStringList{QStringLiteral("--config"), m_config});
        QVERIFY(m_server->start());
        QVERIFY(m_server->createUser(QStringLiteral("sokha@example.test"), QStringLiteral("worker"),
                                     QStringLiteral("worker password 1"), QStringLiteral("Sokha")));
    }

    void messageNamesVersionsAndWhereToGetTheUpdate()
    {
        net::ApiResult r;
        r.status = 426;
        r.json = {{QStringLiteral("type"), QStringLiteral("urn:jobdesk:problem:client-too-old")},
                  {QStringLiteral("title"), QStringLiteral("too old")},
                  {QStringLiteral("minClientVersion"), QStringLiteral("2.0.0")}};
        QCOMPARE(r.message(),
                 QStringLiteral("This server needs Jobdesk 2.0.0 or newer; you have %1. Ask "
                                "your operations team for the update.")
                     .arg(QStringLiteral(JOBDESK_VERSION)));
        r.json.insert(QStringLiteral("downloadUrl"), DownloadUrl);
        QCOMPARE(r.message(), expectedMessage(QStringLiteral("2.0.0")));
        QCOMPARE(net::ApiClient::clientVersion(), QByteArray(JOBDESK_VERSION));
    }

    void signInSaysWhatToInstall()
    {
        auto flow = newFlow();
        flow->start(m_server->url(QString()).toString());
        ui::LoginWindow *login = flow->loginWindow();
        QVERIFY(login);
        signIn(login, true);
        // The app sent its version, the server refused it, the window explains.
        QTRY_COMPARE(login->errorText(), expectedMessage(QStringLiteral("99.0")));
        QVERIFY(login->isVisible());
        QVERIFY(!flow->workerWindow());
        QVERIFY(m_credentials.secrets().isEmpty());
    }

    void upgradedServerSendsTheRunningAppToSignIn()
    {
        QVERIFY(writeConfig(m_config, QStringLiteral(JOBDESK_VERSION)));
        m_server->stop();
        QVERIFY(m_server->start());
        m_settings->setValue(QStringLiteral("account/keep"), false); // nothing kept yet
        auto flow = newFlow();
        flow->setStartMinimized(true); // as the autostart entry starts the app
        flow->start(m_server->url(QString()).toString());
        QVERIFY(flow->loginWindow()->isVisible()); // nothing kept yet: asked, not hidden
        signIn(flow->loginWindow(), true);
        QTRY_VERIFY(flow->workerWindow());
        QVERIFY(!flow->workerWindow()->isMinimized());   // the sign-in window asked first
        QTRY_VERIFY(!m_credentials.secrets().isEmpty()); // "keep me signed in"

        // The operator raises the minimum and restarts the server: the app's next
        // request (here the worker reloads the queue) is refused.
        QVERIFY(writeConfig(m_config, QStringLiteral("99.1")));
        m_server->stop();
        QVERIFY(m_server->start());
        QAction *reload = nullptr;
        for (QAction *a : flow->workerWindow()->findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Reload jobs"))
                reload = a;
        }
        QVERIFY(reload);
        reload->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!flow->workerWindow(), 30000);
        QTRY_VERIFY(flow->loginWindow() && flow->loginWindow()->isVisible());
        QCOMPARE(flow->loginWindow()->errorText(), expectedMessage(QStringLiteral("99.1")));
        // The kept session stays for when the app is updated.
        QVERIFY(!m_credentials.secrets().isEmpty());
    }

    void resumeOfAKeptSessionSaysWhatToInstall()
    {
        // The next start resumes the kept session silently; the server refuses the
        // app, and the refresh token stays in the keychain for the updated app.
        auto flow = newFlow();
        flow->start();
        QTRY_VERIFY(flow->loginWindow() && flow->loginWindow()->isVisible());
        QTRY_COMPARE(flow->loginWindow()->errorText(), expectedMessage(QStringLiteral("99.1")));
        QVERIFY(!m_credentials.secrets().isEmpty());

        // Once the server serves this version again, the same kept session resumes.
        QVERIFY(writeConfig(m_config, QStringLiteral("0.0.1")));
        m_server->stop();
        QVERIFY(m_server->start());
        auto again = newFlow();
        again->setStartMinimized(true);
        again->start();
        QTRY_VERIFY(again->workerWindow());
        QVERIFY(again->workerWindow()->isMinimized());
    }

    void newerServerMembersAreIgnored()
    {
        test::World world;
        QVERIFY(world.setUp());
        const QJsonObject assigned =
            world.assignedJob(QStringLiteral("Proofread the menu"), world.worker1Id);
        const QJsonObject offered = world.createJob(QStringLiteral("Translate the sign"));
        const qint64 offeredId = offered.value(QStringLiteral("id")).toInteger();
        const test::Reply offer = world.http->post(
            QStringLiteral("/api/v1/jobs/%1/offers").arg(offeredId),
            {{QStringLiteral("workerId"), world.worker1Id}, {QStringLiteral("windowSeconds"), 600}},
            world.admin);
        QCOMPARE(offer.status, 201);
        // The job as it stands with the offer out (matching).
        const QJsonObject matching =
            world.http->get(QStringLiteral("/api/v1/jobs/%1").arg(offeredId), world.worker1).json();
        QCOMPARE(matching.value(QStringLiteral("id")).toInteger(), offeredId);
        const qint64 assignedId = assigned.value(QStringLiteral("id")).toInteger();

        // Jobs and offers, as GET /jobs and GET /offers and their events bring them.
        ui::JobQueueModel model;
        model.setWorkerId(world.worker1Id);
        QJsonObject pendingOffer = offer.json();
        if (pendingOffer.contains(QStringLiteral("offer")))
            pendingOffer = pendingOffer.value(QStringLiteral("offer")).toObject();
        model.reset(QJsonArray{withNewMembers(assigned)}, QJsonArray{withNewMembers(pendingOffer)});
        QCOMPARE(model.count(Group::Active), 1);
        QCOMPARE(model.indexOfJob(assignedId).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Proofread the menu"));
        QVERIFY(
            model.applyEvent(QStringLiteral("offer.created"),
                             QJsonObject{{QStringLiteral("job"), withNewMembers(matching)},
                                         {QStringLiteral("offer"), withNewMembers(pendingOffer)},
                                         {QStringLiteral("hint"), QStringLiteral("new")}}));
        QCOMPARE(model.count(Group::Offers), 1);
        QVERIFY(model.indexOfJob(offeredId).data(ui::JobQueueModel::SecondsLeftRole).toLongLong() >
                0);

        // A chat message.
        const test::Reply sent = world.http->post(
            QStringLiteral("/api/v1/jobs/%1/messages").arg(assignedId),
            {{QStringLiteral("body"), QStringLiteral("Ready by noon?")}}, world.admin);
        QCOMPARE(sent.status, 201);
        QJsonObject message = sent.json();
        if (message.contains(QStringLiteral("message")))
            message = message.value(QStringLiteral("message")).toObject();
        net::ApiClient api(&m_nam);
        api.setBaseUrl(world.server.url(QString()));
        ui::JobChat chat(&api, world.worker1Id);
        chat.setJob(assignedId, true);
        chat.addMessage(withNewMembers(message));
        QTRY_COMPARE(chat.messageCount(), 1);
        QVERIFY(chat.messageText(0).contains(QStringLiteral("Ready by noon?")));

        // A time entry the server saved.
        const QJsonObject entry{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("jobId"), assignedId},
            {QStringLiteral("startedAt"), QStringLiteral("2026-01-05T08:00:00.000Z")},
            {QStringLiteral("endedAt"), QStringLiteral("2026-01-05T09:30:00.000Z")},
            {QStringLiteral("note"), QStringLiteral("first pass")},
            {QStringLiteral("source"), QStringLiteral("manual")},
            {QStringLiteral("revision"), 1}};
        const test::Reply synced =
            world.http->post(QStringLiteral("/api/v1/time-entries/sync"),
                             {{QStringLiteral("entries"), QJsonArray{entry}}}, world.worker1);
        QCOMPARE(synced.status, 200);
        const QJsonObject saved = synced.json()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("entry"))
                                      .toObject();
        QVERIFY(!saved.isEmpty());
        const auto decoded = net::entryFromServerJson(withNewMembers(saved));
        QVERIFY(decoded);
        QCOMPARE(decoded->note, QStringLiteral("first pass"));
        QCOMPARE(decoded->workerId, world.worker1Id);
        QCOMPARE(decoded->startedAt.secsTo(decoded->endedAt), 90 * 60);
    }
};

QTEST_MAIN(TestClientUpdate)
#include "tst_clientupdate.moc"
