// The console's Workers, Timesheets and Audit pages against the real server:
// approving a registration, editing a profile (and a stale write that keeps the
// edit), approving a week (locked and shown so), and filtering the audit log.
#include "adminclient.h"
#include "auditpage.h"
#include "realtimeclient.h"
#include "timesheetspage.h"
#include "workereditor.h"
#include "workerspage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUuid>

using namespace jobdesk;

class TestAdminPages final : public QObject
{
    Q_OBJECT

private:
    test::World m_world;
    test::AdminClient m_client;
    QTemporaryDir m_dir;
    qint64 m_pendingId = 0;
    qint64 m_jobId = 0;

    QJsonObject user(qint64 id)
    {
        return m_world.http->get(QStringLiteral("/api/v1/users/%1").arg(id), m_world.admin).json();
    }

    static QPushButton *button(QWidget *in, const QString &name)
    {
        return in->findChild<QPushButton *>(name);
    }

    // Waits for the page's next `loaded` after `trigger`.
    template <typename Page, typename Trigger> static bool reloaded(Page *page, Trigger trigger)
    {
        QSignalSpy spy(page, &Page::loaded);
        trigger();
        return spy.count() > 0 || spy.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        QVERIFY(m_client.signIn(m_world.server));
        const auto registered =
            m_world.http->post(QStringLiteral("/api/v1/auth/register"),
                               {{QStringLiteral("email"), QStringLiteral("rithy@example.test")},
                                {QStringLiteral("name"), QStringLiteral("Rithy")},
                                {QStringLiteral("password"), QStringLiteral("a worker password")}});
        QCOMPARE(registered.status, 201);
        m_pendingId = registered.json()
                          .value(QStringLiteral("user"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
        QVERIFY(m_pendingId);
        m_jobId = m_world.assignedJob(QStringLiteral("Enter survey data"), m_world.worker1Id)
                      .value(QStringLiteral("id"))
                      .toInteger();
        QVERIFY(m_jobId);
    }

    void pendingRegistrationComesFirstAndIsApproved()
    {
        ui::WorkersPage page(&m_client.api, nullptr);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        QTreeWidget *table = page.table();
        QCOMPARE(table->topLevelItemCount(), 3);
        QTreeWidgetItem *first = table->topLevelItem(0);
        QCOMPARE(first->data(0, ui::WorkersPage::UserIdRole).toLongLong(), m_pendingId);
        QCOMPARE(first->text(ui::WorkersPage::StatusColumn),
                 QStringLiteral("Waiting for approval"));
        QVERIFY(page.messageText().isEmpty()); // users, stats and skills all answered

        QPushButton *approve = button(table, QStringLiteral("approve_%1").arg(m_pendingId));
        QVERIFY(approve);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(page.itemFor(m_pendingId)->text(ui::WorkersPage::StatusColumn),
                     QStringLiteral("Active"));
        QVERIFY(page.messageText().contains(QStringLiteral("approved")));
        QVERIFY(!button(table, QStringLiteral("approve_%1").arg(m_pendingId)));
        QCOMPARE(user(m_pendingId).value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
    }

    void capacityEditIsSaved()
    {
        ui::WorkersPage page(&m_client.api, nullptr);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        page.selectWorker(m_world.worker1Id);
        ui::WorkerEditor *editor = page.editor();
        QCOMPARE(editor->userId(), m_world.worker1Id);
        auto *capacity = editor->findChild<QSpinBox *>(QStringLiteral("editorCapacity"));
        auto *save = button(editor, QStringLiteral("editorSave"));
        QVERIFY(!save->isEnabled()); // nothing to save yet
        capacity->setValue(4);
        QVERIFY(editor->isDirty());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(editor->message(), QStringLiteral("Saved."));
        QVERIFY(!editor->isDirty());
        const QJsonObject saved = user(m_world.worker1Id);
        QCOMPARE(saved.value(QStringLiteral("profile"))
                     .toObject()
                     .value(QStringLiteral("capacity"))
                     .toInt(),
                 4);
        QCOMPARE(page.itemFor(m_world.worker1Id)->text(ui::WorkersPage::CapacityColumn),
                 QStringLiteral("4"));
        // The stats column shows load against the new capacity.
        QTRY_VERIFY(page.itemFor(m_world.worker1Id)
                        ->text(ui::WorkersPage::LoadColumn)
                        .endsWith(QStringLiteral("/ 4")));
    }

    void staleWriteKeepsTheEditAndTakesTheirs()
    {
        ui::WorkersPage page(&m_client.api, nullptr);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        page.selectWorker(m_world.worker2Id);
        ui::WorkerEditor *editor = page.editor();
        const int version = int(editor->user().value(QStringLiteral("version")).toInteger());

        // Another admin changes the rate meanwhile.
        const auto other = m_world.http->patch(
            QStringLiteral("/api/v1/users/%1").arg(m_world.worker2Id),
            {{QStringLiteral("profile"), QJsonObject{{QStringLiteral("hourlyRateCents"), 1500}}}},
            m_world.admin, QByteArray::number(version).prepend('"').append('"'));
        QCOMPARE(other.status, 200);

        auto *capacity = editor->findChild<QSpinBox *>(QStringLiteral("editorCapacity"));
        auto *rate = editor->findChild<QDoubleSpinBox *>(QStringLiteral("editorRate"));
        capacity->setValue(5);
        QTest::mouseClick(button(editor, QStringLiteral("editorSave")), Qt::LeftButton);
        QTRY_VERIFY(editor->message().contains(QStringLiteral("Someone else changed")));
        QCOMPARE(capacity->value(), 5); // what was typed survives the 412
        QCOMPARE(rate->value(), 15.0);  // their change is loaded
        QVERIFY(editor->isDirty());
        QCOMPARE(editor->user().value(QStringLiteral("version")).toInteger(), version + 1);
        QCOMPARE(user(m_world.worker2Id)
                     .value(QStringLiteral("profile"))
                     .toObject()
                     .value(QStringLiteral("capacity"))
                     .toInt(),
                 1); // nothing of ours was written

        QTest::mouseClick(button(editor, QStringLiteral("editorSave")), Qt::LeftButton);
        QTRY_COMPARE(editor->message(), QStringLiteral("Saved."));
        const QJsonObject profile =
            user(m_world.worker2Id).value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("capacity")).toInt(), 5);
        QCOMPARE(profile.value(QStringLiteral("hourlyRateCents")).toInt(), 1500);
    }

    void fieldErrorsShowNextToTheField()
    {
        ui::WorkersPage page(&m_client.api, nullptr);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        page.selectWorker(m_world.worker2Id);
        ui::WorkerEditor *editor = page.editor();
        auto *zone = editor->findChild<QComboBox *>(QStringLiteral("editorTimeZone"));
        zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QTest::mouseClick(button(editor, QStringLiteral("editorSave")), Qt::LeftButton);
        QTRY_VERIFY(!editor->fieldError(QStringLiteral("timeZone")).isEmpty());
        QVERIFY(editor->fieldError(QStringLiteral("timeZone")).contains(QStringLiteral("IANA")));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("error_timeZone"))->isVisible());
        QVERIFY(editor->fieldError(QStringLiteral("capacity")).isEmpty());
        QVERIFY(editor->message().contains(QStringLiteral("marked in red")));
        QCOMPARE(zone->currentText(), QStringLiteral("Mars/Olympus_Mons")); // still there to fix
        zone->setCurrentText(QStringLiteral("Asia/Phnom_Penh"));
        QTest::mouseClick(button(editor, QStringLiteral("editorSave")), Qt::LeftButton);
        QTRY_COMPARE(editor->message(), QStringLiteral("Saved."));
        QVERIFY(editor->fieldError(QStringLiteral("timeZone")).isEmpty());
        QCOMPARE(user(m_world.worker2Id)
                     .value(QStringLiteral("profile"))
                     .toObject()
                     .value(QStringLiteral("timeZone"))
                     .toString(),
                 QStringLiteral("Asia/Phnom_Penh"));
    }

    void approvedWeekShowsLocked()
    {
        // 2 h 30 min on last week's Tuesday (worker 1 keeps time in UTC).
        const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek() - 7);
        const QDateTime start(monday.addDays(1), QTime(9, 0), Qt::UTC);
        const auto synced = m_world.http->post(
            QStringLiteral("/api/v1/time-entries/sync"),
            {{QStringLiteral("entries"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("jobId"), m_jobId},
                  {QStringLiteral("startedAt"), start.toString(Qt::ISODate)},
                  {QStringLiteral("endedAt"), start.addSecs(150 * 60).toString(Qt::ISODate)},
                  {QStringLiteral("note"), QStringLiteral("First batch")},
                  {QStringLiteral("source"), QStringLiteral("manual")}}}}},
            m_world.worker1);
        QCOMPARE(synced.status, 200);

        ui::TimesheetsPage page(&m_client.api, nullptr);
        page.show();
        QVERIFY(reloaded(&page, [&] { page.showWeek(monday.addDays(3)); }));
        QCOMPARE(page.weekStart(), monday);
        QTreeWidgetItem *row = page.itemFor(m_world.worker1Id);
        QVERIFY2(row, qPrintable(page.messageText()));
        QCOMPARE(row->text(ui::TimesheetsPage::HoursColumn), QStringLiteral("2 h 30 min"));
        QCOMPARE(row->text(ui::TimesheetsPage::StatusColumn), QStringLiteral("Open"));

        // Expanding shows the entry behind the total, with its job's title.
        QSignalSpy entries(&page, &ui::TimesheetsPage::entriesLoaded);
        row->setExpanded(true);
        QVERIFY(entries.wait(10000));
        row = page.itemFor(m_world.worker1Id);
        QCOMPARE(row->childCount(), 1);
        QCOMPARE(row->child(0)->text(ui::TimesheetsPage::EntriesColumn),
                 QStringLiteral("Enter survey data"));
        QCOMPARE(row->child(0)->text(ui::TimesheetsPage::HoursColumn),
                 QStringLiteral("2 h 30 min"));

        page.tree()->setCurrentItem(row);
        auto *approve = button(&page, QStringLiteral("timesheetApprove"));
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(page.itemFor(m_world.worker1Id)->text(ui::TimesheetsPage::StatusColumn),
                     QStringLiteral("Approved · locked"));
        row = page.itemFor(m_world.worker1Id);
        QCOMPARE(row->child(0)->text(ui::TimesheetsPage::StatusColumn), QStringLiteral("Locked"));
        QVERIFY(!approve->isEnabled());
        QVERIFY(button(&page, QStringLiteral("timesheetReopen"))->isEnabled());
        QVERIFY(page.totalText().contains(QStringLiteral("1 of 1 approved")));
        QCOMPARE(page.row(m_world.worker1Id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));

        // The worker can no longer change time in that week.
        const auto late = m_world.http->post(
            QStringLiteral("/api/v1/time-entries/sync"),
            {{QStringLiteral("entries"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("jobId"), m_jobId},
                  {QStringLiteral("startedAt"), start.addDays(1).toString(Qt::ISODate)},
                  {QStringLiteral("endedAt"), start.addDays(1).addSecs(600).toString(Qt::ISODate)},
                  {QStringLiteral("source"), QStringLiteral("manual")}}}}},
            m_world.worker1);
        QCOMPARE(late.json()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("rejected"));

        // The approved week is in the payroll export, saved byte for byte.
        const QString path = m_dir.filePath(QStringLiteral("payroll.csv"));
        QSignalSpy exported(&page, &ui::TimesheetsPage::exportFinished);
        page.exportCsv(monday, monday.addDays(6), path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("Sokha"));
        QVERIFY(csv.contains("2.50"));
        const auto direct = m_world.http->get(
            QStringLiteral("/api/v1/timesheets/export?from=%1&to=%2")
                .arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)),
            m_world.admin);
        QCOMPARE(csv, direct.body);

        // Reopen unlocks it again.
        QTest::mouseClick(button(&page, QStringLiteral("timesheetReopen")), Qt::LeftButton);
        QTRY_COMPARE(page.itemFor(m_world.worker1Id)->text(ui::TimesheetsPage::StatusColumn),
                     QStringLiteral("Open"));
    }

    void auditFiltersNarrowTheRows()
    {
        ui::AuditPage page(&m_client.api, nullptr);
        page.show();
        QTRY_VERIFY(page.table()->topLevelItemCount() > 0);
        QSignalSpy loaded(&page, &ui::AuditPage::loaded);
        QTRY_VERIFY(!page.hasMore());
        const int all = page.table()->topLevelItemCount();

        QVERIFY(reloaded(&page, [&] {
            page.setAction(QStringLiteral("user.update"));
            page.reload();
        }));
        const int updates = page.table()->topLevelItemCount();
        QVERIFY2(updates >= 3 && updates < all, qPrintable(QString::number(updates)));
        for (int i = 0; i < updates; ++i)
            QCOMPARE(page.table()->topLevelItem(i)->text(ui::AuditPage::ActionColumn),
                     QStringLiteral("user.update"));
        // The newest update (worker 2's time zone) reads as a diff.
        page.table()->setCurrentItem(page.table()->topLevelItem(0));
        const QString detail = page.detail()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("profile.timeZone")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("\"Asia/Phnom_Penh\"")));
        QVERIFY(detail.contains(QStringLiteral("Ada Admin")));
        QVERIFY(!detail.contains(QStringLiteral("profile.capacity"))); // unchanged: hidden

        // One job's history: the job number filter.
        QVERIFY(reloaded(&page, [&] {
            page.setAction(QString());
            page.setJobId(m_jobId);
            page.reload();
        }));
        QStringList actions;
        for (int i = 0; i < page.table()->topLevelItemCount(); ++i)
            actions << page.table()->topLevelItem(i)->text(ui::AuditPage::ActionColumn);
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("job.assign"), QStringLiteral("job.create")}));

        // Paging: "Load more" follows the cursor until everything is there.
        page.setJobId(0);
        page.setPageSize(5);
        QVERIFY(reloaded(&page, [&] { page.reload(); }));
        QCOMPARE(page.table()->topLevelItemCount(), 5);
        QVERIFY(page.hasMore());
        auto *more = button(&page, QStringLiteral("auditMore"));
        while (page.hasMore()) {
            QVERIFY(more->isEnabled());
            QVERIFY(reloaded(&page, [&] { QTest::mouseClick(more, Qt::LeftButton); }));
        }
        QCOMPARE(page.table()->topLevelItemCount(), all);
        QVERIFY(!more->isEnabled());

        // A time range in the future matches nothing.
        QVERIFY(reloaded(&page, [&] {
            page.setTimeRange(QDateTime::currentDateTimeUtc().addDays(1), QDateTime());
            page.reload();
        }));
        QCOMPARE(page.table()->topLevelItemCount(), 0);
        QVERIFY(page.messageText().contains(QStringLiteral("Nothing matches")));
    }

    // Last: it disables worker 1 for a moment, which ends that worker's session.
    void liveChangesMergeIntoTheEdit()
    {
        net::RealtimeClient realtime(&m_client.session);
        realtime.start(m_world.server.url(QString()), -1);
        QTRY_COMPARE(realtime.state(), net::RealtimeClient::State::Live);
        ui::WorkersPage page(&m_client.api, &realtime);
        page.show();
        QTRY_VERIFY(page.isLoaded());
        page.selectWorker(m_world.worker1Id);
        ui::WorkerEditor *editor = page.editor();
        auto *capacity = editor->findChild<QSpinBox *>(QStringLiteral("editorCapacity"));
        auto *rate = editor->findChild<QDoubleSpinBox *>(QStringLiteral("editorRate"));
        rate->setValue(12.5); // typed, not saved yet
        const int version = int(editor->user().value(QStringLiteral("version")).toInteger());

        // Another admin changes the capacity: it arrives live, the typed rate stays.
        const auto other = m_world.http->patch(
            QStringLiteral("/api/v1/users/%1").arg(m_world.worker1Id),
            {{QStringLiteral("profile"), QJsonObject{{QStringLiteral("capacity"), 6}}}},
            m_world.admin, QByteArray::number(version).prepend('"').append('"'));
        QCOMPARE(other.status, 200);
        QTRY_COMPARE(capacity->value(), 6);
        QCOMPARE(rate->value(), 12.5);
        QVERIFY(editor->isDirty());
        QCOMPARE(page.itemFor(m_world.worker1Id)->text(ui::WorkersPage::CapacityColumn),
                 QStringLiteral("6"));

        // Disabling and enabling the account keep the edit as well.
        QTest::mouseClick(button(editor, QStringLiteral("editorDisable")), Qt::LeftButton);
        QTRY_COMPARE(user(m_world.worker1Id).value(QStringLiteral("status")).toString(),
                     QStringLiteral("disabled"));
        QTRY_VERIFY(editor->findChild<QLabel *>(QStringLiteral("editorStatus"))
                        ->text()
                        .startsWith(QStringLiteral("Disabled")));
        QTRY_COMPARE(page.itemFor(m_world.worker1Id)->text(ui::WorkersPage::StatusColumn),
                     QStringLiteral("Disabled"));
        QCOMPARE(rate->value(), 12.5);
        QTest::mouseClick(button(editor, QStringLiteral("editorEnable")), Qt::LeftButton);
        QTRY_COMPARE(user(m_world.worker1Id).value(QStringLiteral("status")).toString(),
                     QStringLiteral("active"));
        QTRY_VERIFY(button(editor, QStringLiteral("editorSave"))->isEnabled());
        QTest::mouseClick(button(editor, QStringLiteral("editorSave")), Qt::LeftButton);
        QTRY_COMPARE(editor->message(), QStringLiteral("Saved."));
        const QJsonObject profile =
            user(m_world.worker1Id).value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("hourlyRateCents")).toInt(), 1250);
        QCOMPARE(profile.value(QStringLiteral("capacity")).toInt(), 6);
        realtime.stop();
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
