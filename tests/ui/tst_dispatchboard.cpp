// The dispatch board against the real server: the admin signs in through the
// app's own flow, picks a job, reads the ranking and its reasons, offers the job,
// and sees the job move as the server's events arrive.
#include "adminwindow.h"
#include "adminworld.h"
#include "appflowfixture.h"
#include "candidatelist.h"
#include "candidatepanel.h"
#include "dispatchboard.h"
#include "dispatchboardmodel.h"
#include "dispatchfilter.h"
#include "dispatchrundialog.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "offerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace jobdesk;
using Model = ui::DispatchBoardModel;
using Group = ui::DispatchBoardModel::Group;

class TestDispatchBoard final : public QObject, private test::AppFlowFixture
{
    Q_OBJECT

private:
    qint64 m_mia = 0, m_ben = 0;
    qint64 m_logoJob = 0, m_lateJob = 0, m_rareJob = 0;

    ui::AdminWindow *window() const { return m_flow->adminWindow(); }
    ui::DispatchBoard *board() const { return window()->dispatchBoard(); }
    ui::CandidatePanel *panel() const { return board()->panel(); }
    Model *model() const { return board()->model(); }
    int groupOf(qint64 jobId) const
    {
        const QModelIndex i = model()->indexOfJob(jobId);
        return i.isValid() ? i.data(Model::GroupRole).toInt() : -1;
    }
    template <typename T> T *dialog(const QString &name) const
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<T *>(w); d && d->objectName() == name && d->isVisible())
                return d;
        }
        return window()->findChild<T *>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        QVERIFY(
            test::putSkill(m_world, QStringLiteral("logo-design"), QStringLiteral("Logo design")));
        m_mia =
            test::skilledWorker(m_world, QStringLiteral("mia@example.test"),
                                QStringLiteral("Mia Logo"), {{QStringLiteral("logo-design"), 4}});
        m_ben =
            test::skilledWorker(m_world, QStringLiteral("ben@example.test"),
                                QStringLiteral("Ben Basic"), {{QStringLiteral("logo-design"), 2}});
        QVERIFY(m_mia && m_ben);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_logoJob =
            test::skilledJob(m_world, QStringLiteral("Logo for the bakery"),
                             QStringLiteral("logo-design"), 3,
                             {{QStringLiteral("urgency"), QStringLiteral("high")},
                              {QStringLiteral("clientRef"), QStringLiteral("BAK-1")},
                              {QStringLiteral("estimateMinutes"), 120},
                              {QStringLiteral("dueAt"), now.addDays(2).toString(Qt::ISODate)}})
                .value(QStringLiteral("id"))
                .toInteger();
        m_lateJob =
            m_world
                .createJob(QStringLiteral("Overdue survey entry"),
                           {{QStringLiteral("dueAt"), now.addSecs(-3600).toString(Qt::ISODate)}})
                .value(QStringLiteral("id"))
                .toInteger();
        m_rareJob = test::skilledJob(m_world, QStringLiteral("Sanskrit subtitles"),
                                     QStringLiteral("sanskrit"), 5)
                        .value(QStringLiteral("id"))
                        .toInteger();
        QVERIFY(m_logoJob && m_lateJob && m_rareJob);
        createFlow();
    }

    void signInOpensTheConsole()
    {
        ui::LoginWindow *login =
            signIn(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"));
        QVERIFY(login);
        QTRY_VERIFY(window());
        QVERIFY(window()->isVisible());
        QTRY_VERIFY(!login->isVisible());
        QTRY_COMPARE(window()->connectionText(), QStringLiteral("Live"));
        QVERIFY(window()->signedInText().contains(QStringLiteral("Ada Admin")));
        QVERIFY(window()->signedInText().contains(QStringLiteral("admin@example.test")));
        QTRY_VERIFY(board()->isLoaded());
        QCOMPARE(model()->count(Group::Pending), 3);
        QCOMPARE(window()->currentPage(), ui::AdminWindow::Page::Dispatch);
    }

    void shortcutsSwitchPages()
    {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(window()->currentPage(), ui::AdminWindow::Page::Review);
        QTest::keyClick(window(), Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(window()->currentPage(), ui::AdminWindow::Page::Audit);
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(window()->currentPage(), ui::AdminWindow::Page::Dispatch);
    }

    void timersTickAndOverdueIsRed()
    {
        const QModelIndex due = model()->indexOfJob(m_lateJob, Model::DueColumn);
        QVERIFY(due.isValid());
        QVERIFY(due.data(Model::SecondsToDueRole).toLongLong() < 0);
        QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
        QCOMPARE(due.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xB3, 0x26, 0x1E));
        const QModelIndex onTime = model()->indexOfJob(m_logoJob, Model::DueColumn);
        QVERIFY(onTime.data().toString().endsWith(QStringLiteral("left")));
        QVERIFY(!onTime.data(Qt::ForegroundRole).isValid());
        // Waiting grows while nothing is fetched: the board ticks by itself.
        const qint64 waited = model()
                                  ->indexOfJob(m_logoJob, Model::WaitingColumn)
                                  .data(Model::SecondsWaitingRole)
                                  .toLongLong();
        QTRY_VERIFY(model()
                        ->indexOfJob(m_logoJob, Model::WaitingColumn)
                        .data(Model::SecondsWaitingRole)
                        .toLongLong() > waited);
    }

    void filtersNarrowTheBoard()
    {
        auto *search = board()->findChild<QLineEdit *>(QStringLiteral("boardSearch"));
        const auto visibleJobs = [this] {
            QList<qint64> ids;
            QAbstractItemModel *m = board()->tree()->model();
            for (int g = 0; g < m->rowCount(); ++g) {
                const QModelIndex group = m->index(g, 0);
                for (int r = 0; r < m->rowCount(group); ++r)
                    ids << m->index(r, 0, group).data(Model::JobIdRole).toLongLong();
            }
            return ids;
        };
        QTest::keyClicks(search, QStringLiteral("bakery"));
        QCOMPARE(visibleJobs(), QList<qint64>{m_logoJob});
        search->clear();
        QCOMPARE(visibleJobs().size(), 3);
        board()->findChild<QCheckBox *>(QStringLiteral("boardOverdue"))->setChecked(true);
        QCOMPARE(visibleJobs(), QList<qint64>{m_lateJob});
        board()->findChild<QCheckBox *>(QStringLiteral("boardOverdue"))->setChecked(false);
        auto *urgency = board()->findChild<QComboBox *>(QStringLiteral("boardUrgency"));
        urgency->setCurrentIndex(urgency->findData(int(Urgency::High)));
        QCOMPARE(visibleJobs(), QList<qint64>{m_logoJob});
        urgency->setCurrentIndex(0);
        QCOMPARE(visibleJobs().size(), 3);
    }

    void rankingShowsCandidatesAndReasons()
    {
        board()->selectJob(m_logoJob);
        QCOMPARE(panel()->jobId(), m_logoJob);
        QTRY_VERIFY(panel()->isRankingLoaded());
        ui::RankedList *ranked = panel()->ranked();
        QCOMPARE(ranked->workerNames(), QStringList{QStringLiteral("Mia Logo")});
        QTreeWidgetItem *best = ranked->topLevelItem(0);
        QVERIFY(best->isExpanded()); // the reasons of the best are shown at once
        QCOMPARE(best->childCount(), 6);
        double sum = 0;
        for (int i = 0; i < best->childCount(); ++i)
            sum += best->child(i)->data(2, ui::ScoreBarDelegate::PointsRole).toDouble();
        const double score = best->data(2, ui::ScoreBarDelegate::PointsRole).toDouble();
        QVERIFY2(qAbs(sum - score) < 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(score)));
        QVERIFY(score > 0 && score <= 100);
        QCOMPARE(best->child(0)->text(1), QStringLiteral("Skill fit"));
        QVERIFY(best->child(0)->text(3).contains(QStringLiteral("logo-design")));
        const QStringList excluded = panel()->excluded()->lines();
        QVERIFY2(excluded.contains(QStringLiteral("Ben Basic: Logo design level 2, needs 3")),
                 qPrintable(excluded.join(QLatin1Char('|'))));
        QVERIFY(excluded.contains(QStringLiteral("Sokha: Lacks the skill Logo design")));
        QVERIFY(excluded.contains(QStringLiteral("Dara: Lacks the skill Logo design")));
    }

    void offerGoesMatchingThenAcceptedGoesAssignedLive()
    {
        panel()->ranked()->selectWorker(m_mia);
        auto *offer = panel()->findChild<QPushButton *>(QStringLiteral("offerJob"));
        QVERIFY(offer->isEnabled());
        QTest::mouseClick(offer, Qt::LeftButton);
        ui::OfferDialog *d = nullptr;
        QTRY_VERIFY((d = dialog<ui::OfferDialog>(QStringLiteral("offerDialog"))));
        d->setWindowSeconds(30 * 60);
        d->accept();
        QTRY_COMPARE(groupOf(m_logoJob), int(Group::Offered));
        const QModelIndex row = model()->indexOfJob(m_logoJob, Model::WorkerColumn);
        QVERIFY2(row.data().toString().startsWith(QStringLiteral("Mia Logo · ")),
                 qPrintable(row.data().toString()));
        const qint64 left = row.data(Model::OfferSecondsLeftRole).toLongLong();
        QVERIFY2(left > 1700 && left <= 1800, QByteArray::number(left).constData());
        QTRY_COMPARE(panel()->findChild<QLabel *>(QStringLiteral("panelStatus"))->text(),
                     QStringLiteral("Offered"));

        // The worker answers in their own app: the admin's board hears it live.
        const QString mia = m_world.http->login(QStringLiteral("mia@example.test"),
                                                QStringLiteral("skilled worker pass"));
        const auto offers = m_world.http->get(
            QStringLiteral("/api/v1/offers?jobId=%1&status=pending").arg(m_logoJob), m_world.admin);
        QCOMPARE(offers.items().size(), 1);
        const qint64 offerId =
            offers.items().first().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(
            m_world.http->post(QStringLiteral("/api/v1/offers/%1/accept").arg(offerId), {}, mia)
                .status,
            200);
        QTRY_COMPARE(groupOf(m_logoJob), int(Group::Assigned));
        QCOMPARE(model()->indexOfJob(m_logoJob, Model::WorkerColumn).data().toString(),
                 QStringLiteral("Mia Logo"));
        QTRY_COMPARE(panel()->findChild<QLabel *>(QStringLiteral("panelStatus"))->text(),
                     QStringLiteral("Assigned"));
        QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("panelOffer"))->text(),
                 QStringLiteral("Held by Mia Logo"));
        // Every step is in the job's history.
        QTRY_VERIFY([this] {
            QStringList actions;
            for (int i = 0; i < panel()->history()->topLevelItemCount(); ++i)
                actions << panel()->history()->topLevelItem(i)->data(0, Qt::UserRole).toString();
            return actions.contains(QStringLiteral("job.create")) &&
                   actions.contains(QStringLiteral("offer.create")) &&
                   actions.contains(QStringLiteral("offer.accept"));
        }());
    }

    void bulkAutoDispatchShowsEachOutcome()
    {
        // A second logo job: Mia is eligible; nobody has the rare skill.
        const qint64 second = test::skilledJob(m_world, QStringLiteral("Logo for the florist"),
                                               QStringLiteral("logo-design"), 3)
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        QTRY_VERIFY(model()->contains(second)); // arrives live
        QItemSelectionModel *selection = board()->tree()->selectionModel();
        selection->clearSelection();
        for (qint64 id : {second, m_rareJob})
            selection->select(board()->filter()->mapFromSource(model()->indexOfJob(id)),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(board()->selectedJobIds().size(), 2);
        auto *bulk = board()->findChild<QPushButton *>(QStringLiteral("autoDispatchSelected"));
        QVERIFY(bulk->isEnabled());
        QTest::mouseClick(bulk, Qt::LeftButton);
        ui::DispatchRunDialog *run = nullptr;
        QTRY_VERIFY((run = dialog<ui::DispatchRunDialog>(QStringLiteral("dispatchRunDialog"))));
        QTRY_COMPARE(run->results()->topLevelItemCount(), 2);
        QHash<QString, QString> outcomes;
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *item = run->results()->topLevelItem(i);
            outcomes.insert(item->text(0), item->text(1));
        }
        QCOMPARE(outcomes.value(QStringLiteral("Logo for the florist")),
                 QStringLiteral("Offered to Mia Logo"));
        QVERIFY(outcomes.value(QStringLiteral("Sanskrit subtitles"))
                    .startsWith(QStringLiteral("Nobody eligible")));
        run->close();
        QTRY_COMPARE(groupOf(second), int(Group::Offered));
        QTRY_COMPARE(groupOf(m_rareJob), int(Group::NeedsAttention));
    }

    void cancelAsksFirst()
    {
        board()->selectJob(m_lateJob);
        auto *cancel = panel()->findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog<QMessageBox>(QStringLiteral("cancelConfirm"))));
        // "Keep it" leaves the job alone.
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Keep it"))
                b->click();
        }
        QTRY_VERIFY(!box->isVisible());
        QCOMPARE(groupOf(m_lateJob), int(Group::Pending));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY((box = dialog<QMessageBox>(QStringLiteral("cancelConfirm"))));
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QStringLiteral("Cancel the job"))
                b->click();
        }
        QTRY_VERIFY(!model()->contains(m_lateJob));
        QCOMPARE(m_world.http->get(QStringLiteral("/api/v1/jobs/%1").arg(m_lateJob), m_world.admin)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void signOutReturnsToSignIn()
    {
        QTest::mouseClick(window()->findChild<QAbstractButton *>(QStringLiteral("adminSignOut")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_flow->adminWindow());
        QTRY_VERIFY(m_flow->loginWindow()->isVisible());
    }

    void cleanupTestCase() { m_flow.reset(); }
};

QTEST_MAIN(TestDispatchBoard)
#include "tst_dispatchboard.moc"
