// The timesheet's answers to entries the server did not take, against the real
// server: a conflict shown side by side and settled either way, and a rejected
// entry with its reason, edited and resent.
#include "apiclient.h"
#include "apptranslations.h"
#include "entryresolver.h"
#include "localstore.h"
#include "manualentrydialog.h"
#include "syncengine.h"
#include "testserver.h"
#include "timesheetdialog.h"
#include "uploadfixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::net;
using namespace jobdesk::test;

class TestTimesheet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conflictIsShownSideBySide();
    void keepMineWinsOnTheServer();
    void takeTheServersReplacesMine();
    void rejectedEntryIsEditedAndResent();

private:
    // An entry synced, then changed on another device and here: a conflict.
    QUuid conflicted(const QString &mine, const QString &theirs);
    bool syncOnce();
    QJsonObject serverCopy(const QUuid &id);
    QLabel *label(const QString &name) const { return m_dialog->findChild<QLabel *>(name); }
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    World m;
    std::unique_ptr<TokenApi> m_client;
    ApiClient *m_api = nullptr; // m_client's
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<ui::TimesheetDialog> m_dialog;
    qint64 m_job = 0;
    qint64 m_otherJob = 0;
    QList<QJsonObject> m_jobs;
};

void TestTimesheet::initTestCase()
{
    ui::AppTranslations::install(qApp);
    QVERIFY(m.setUp());
    m_job = m.assignedJob(QStringLiteral("Brochure layout"), m.worker1Id)
                .value(QStringLiteral("id"))
                .toInteger();
    m_otherJob = m.assignedJob(QStringLiteral("Menu translation"), m.worker1Id)
                     .value(QStringLiteral("id"))
                     .toInteger();
    QVERIFY(m_job && m_otherJob);
    m_jobs = {{{QStringLiteral("id"), m_job},
               {QStringLiteral("title"), QStringLiteral("Brochure layout")}},
              {{QStringLiteral("id"), m_otherJob},
               {QStringLiteral("title"), QStringLiteral("Menu translation")}}};
    m_client = std::make_unique<TokenApi>(m.worker1);
    m_api = m_client->api();
    m_api->setBaseUrl(m.server.url(QString()));
}

void TestTimesheet::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.sqlite"))).ok());
    m_sync = std::make_unique<SyncEngine>(m_store.get(), m_api);
}

void TestTimesheet::cleanup()
{
    m_dialog.reset();
    m_sync.reset();
    m_store.reset();
}

bool TestTimesheet::syncOnce()
{
    QSignalSpy done(m_sync.get(), &SyncEngine::syncFinished);
    m_sync->syncNow();
    return done.wait(10000) && done.last().at(0).toBool();
}

QJsonObject TestTimesheet::serverCopy(const QUuid &id)
{
    const Reply r = m.http->get(QStringLiteral("/api/v1/time-entries?limit=500"), m.worker1);
    for (const QJsonValue &v : r.items()) {
        if (QUuid(v.toObject().value(QStringLiteral("id")).toString()) == id)
            return v.toObject();
    }
    return {};
}

QUuid TestTimesheet::conflicted(const QString &mine, const QString &theirs)
{
    TimeEntry e;
    e.id = QUuid::createUuid();
    e.jobId = m_job;
    e.endedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    e.startedAt = e.endedAt.addSecs(-5400);
    e.note = QStringLiteral("first");
    if (!m_store->addEntry(e).ok() || !syncOnce())
        return {};
    // Another device of the same worker wrote revision 3 meanwhile.
    QJsonObject other = toSyncJson(e);
    other.insert(QStringLiteral("revision"), 3);
    other.insert(QStringLiteral("note"), theirs);
    if (m.http
            ->post(QStringLiteral("/api/v1/time-entries/sync"),
                   {{QStringLiteral("entries"), QJsonArray{other}}}, m.worker1)
            .status != 200)
        return {};
    e.note = mine;
    e.endedAt = e.endedAt.addSecs(900);
    if (!m_store->editEntry(e).ok() || !syncOnce())
        return {};
    const auto local = m_store->entry(e.id).value;
    return local && local->state == SyncState::Conflict ? e.id : QUuid();
}

void TestTimesheet::conflictIsShownSideBySide()
{
    const QUuid id =
        conflicted(QStringLiteral("layout, second pass"), QStringLiteral("from the office PC"));
    QVERIFY(!id.isNull());
    m_dialog = std::make_unique<ui::TimesheetDialog>(m_store.get(), m_sync.get(), m_jobs);
    m_dialog->show();
    m_dialog->showWeek(m_store->entry(id).value->entry.startedAt.toLocalTime().date());
    QLabel *attention = label(QStringLiteral("timesheetAttention"));
    QVERIFY(attention->isVisible());
    QCOMPARE(attention->text(),
             QStringLiteral("1 entry needs your attention: select it to see what to do."));
    auto *resolver = m_dialog->resolver();
    QVERIFY(!resolver->isVisible());
    QVERIFY(m_dialog->selectEntry(id));
    QVERIFY(resolver->isVisible());
    QVERIFY(button("conflictKeepMine")->isVisible());
    QVERIFY(button("conflictTakeServer")->isVisible());
    QVERIFY(!button("rejectedEdit")->isVisible());
    // Row 4 is the note: mine on the left, the server's on the right, in bold.
    QLabel *mine = label(QStringLiteral("mine_4"));
    QLabel *theirs = label(QStringLiteral("server_4"));
    QCOMPARE(mine->text(), QStringLiteral("layout, second pass"));
    QCOMPARE(theirs->text(), QStringLiteral("from the office PC"));
    QVERIFY(mine->font().bold() && theirs->font().bold());
    // The job is the same on both: not marked.
    QCOMPARE(label(QStringLiteral("mine_1"))->text(), QStringLiteral("Brochure layout"));
    QVERIFY(!label(QStringLiteral("mine_1"))->font().bold());
    // The durations differ (mine ends 15 minutes later).
    QCOMPARE(label(QStringLiteral("mine_3"))->text(), QStringLiteral("1 h 45 min"));
    QCOMPARE(label(QStringLiteral("server_3"))->text(), QStringLiteral("1 h 30 min"));
}

void TestTimesheet::keepMineWinsOnTheServer()
{
    const QUuid id = conflicted(QStringLiteral("mine wins"), QStringLiteral("theirs"));
    QVERIFY(!id.isNull());
    m_dialog = std::make_unique<ui::TimesheetDialog>(m_store.get(), m_sync.get(), m_jobs);
    m_dialog->show();
    m_dialog->showWeek(m_store->entry(id).value->entry.startedAt.toLocalTime().date());
    QVERIFY(m_dialog->selectEntry(id));
    QSignalSpy done(m_sync.get(), &SyncEngine::syncFinished);
    QTest::mouseClick(button("conflictKeepMine"), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QTRY_COMPARE(toString(m_store->entry(id).value->state), toString(SyncState::Synced));
    const QJsonObject stored = serverCopy(id);
    QCOMPARE(stored.value(QStringLiteral("note")).toString(), QStringLiteral("mine wins"));
    QCOMPARE(stored.value(QStringLiteral("revision")).toInt(), 4);
    QVERIFY(!m_dialog->resolver()->isVisible()); // nothing left to decide
    QVERIFY(!label(QStringLiteral("timesheetAttention"))->isVisible());
}

void TestTimesheet::takeTheServersReplacesMine()
{
    const QUuid id = conflicted(QStringLiteral("mine loses"), QStringLiteral("theirs wins"));
    QVERIFY(!id.isNull());
    m_dialog = std::make_unique<ui::TimesheetDialog>(m_store.get(), m_sync.get(), m_jobs);
    m_dialog->show();
    m_dialog->showWeek(m_store->entry(id).value->entry.startedAt.toLocalTime().date());
    QVERIFY(m_dialog->selectEntry(id));
    QTest::mouseClick(button("conflictTakeServer"), Qt::LeftButton);
    const auto local = m_store->entry(id).value;
    QCOMPARE(toString(local->state), toString(SyncState::Synced));
    QCOMPARE(local->entry.note, QStringLiteral("theirs wins"));
    QCOMPARE(local->entry.revision, 3);
    QCOMPARE(local->entry.seconds(), 5400);
    QCOMPARE(m_sync->counts().conflict, 0);
    QVERIFY(!m_dialog->resolver()->isVisible());
}

void TestTimesheet::rejectedEntryIsEditedAndResent()
{
    // Time on a job that is not the worker's: the server refuses it with a reason.
    const qint64 notMine = m.assignedJob(QStringLiteral("Dara's job"), m.worker2Id)
                               .value(QStringLiteral("id"))
                               .toInteger();
    TimeEntry e;
    e.id = QUuid::createUuid();
    e.jobId = notMine;
    e.endedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    e.startedAt = e.endedAt.addSecs(-1800);
    e.source = TimeEntrySource::Manual;
    QVERIFY(m_store->addEntry(e).ok());
    QVERIFY(syncOnce());
    const auto refused = m_store->entry(e.id).value;
    QCOMPARE(toString(refused->state), toString(SyncState::Rejected));

    m_dialog = std::make_unique<ui::TimesheetDialog>(m_store.get(), m_sync.get(), m_jobs);
    m_dialog->show();
    m_dialog->showWeek(e.startedAt.toLocalTime().date());
    QVERIFY(m_dialog->selectEntry(e.id));
    QVERIFY(button("rejectedEdit")->isVisible());
    QVERIFY(!button("conflictKeepMine")->isVisible());
    QLabel *explain = label(QStringLiteral("resolverExplain"));
    QVERIFY2(explain->text().contains(refused->reason), qPrintable(explain->text()));

    QTest::mouseClick(button("rejectedEdit"), Qt::LeftButton);
    ui::ManualEntryDialog *edit = nullptr;
    QTRY_VERIFY((edit = m_dialog->findChild<ui::ManualEntryDialog *>()) && edit->isVisible());
    auto *job = edit->findChild<QComboBox *>();
    job->setCurrentIndex(job->findData(m_otherJob));
    QSignalSpy done(m_sync.get(), &SyncEngine::syncFinished);
    edit->accept();
    QVERIFY(done.wait(10000));
    QTRY_COMPARE(toString(m_store->entry(e.id).value->state), toString(SyncState::Synced));
    QCOMPARE(serverCopy(e.id).value(QStringLiteral("jobId")).toInteger(), m_otherJob);
    QCOMPARE(m_sync->counts().rejected, 0);
}

QTEST_MAIN(TestTimesheet)
#include "tst_timesheet.moc"
