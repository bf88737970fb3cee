// Chat in the worker window against the real server: unread counts per job in the
// queue (from GET /messages/unread on load, then from live events), a badge on
// the row, author names in the chat, and reading a chat clears its count here
// and on the server.
#include "appflowfixture.h"
#include "jobchat.h"
#include "jobdetailpane.h"
#include "jobqueuemodel.h"
#include "jobqueueview.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "testserver.h"
#include "workerwindow.h"

#include <QCheckBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace jobdesk;

class TestChatUnread final : public QObject, private test::AppFlowFixture
{
    Q_OBJECT

private:
    qint64 m_a = 0; // opened first (the top row)
    qint64 m_b = 0;

    ui::WorkerWindow *window() const { return m_flow->workerWindow(); }
    ui::JobQueueModel *model() const { return window()->queueModel(); }

    void say(qint64 job, const QString &text)
    {
        const auto r = m_world.http->post(QStringLiteral("/api/v1/jobs/%1/messages").arg(job),
                                          {{QStringLiteral("body"), text}}, m_world.admin);
        QCOMPARE(r.status, 201);
    }
    // The server's unread count of the worker's chat of `job`.
    int serverUnread(qint64 job)
    {
        const auto r =
            m_world.http->get(QStringLiteral("/api/v1/messages/unread"), m_world.worker1);
        for (const QJsonValue &v : r.items()) {
            if (v.toObject().value(QStringLiteral("jobId")).toInteger() == job)
                return v.toObject().value(QStringLiteral("unread")).toInt();
        }
        return 0;
    }
    // Pixels of the badge colour in a job's row as the queue paints it.
    int badgePixels(qint64 job)
    {
        QTreeView *tree = window()->queueView()->tree();
        // The view shows the queue through its filter: find the row there.
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), ui::JobQueueModel::JobIdRole, job, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return -1;
        const QRect row = tree->visualRect(found.first());
        QImage image(tree->viewport()->size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        tree->viewport()->render(&image);
        int n = 0;
        for (int y = row.top(); y <= row.bottom(); ++y) {
            for (int x = row.left(); x <= row.right(); ++x)
                n += image.pixel(x, y) == qRgb(0x1F, 0x6F, 0xEB);
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase();
    void unreadCountsComeWithTheQueue();
    void liveMessagesCountWhereTheWorkerIsNotLooking();
    void openingAChatReadsIt();
    void cleanupTestCase() { m_flow.reset(); }
};

void TestChatUnread::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_world.setUp());
    m_a = m_world.assignedJob(QStringLiteral("Clean up the logo"), m_world.worker1Id)
              .value(QStringLiteral("id"))
              .toInteger();
    m_b = m_world.assignedJob(QStringLiteral("Translate the menu"), m_world.worker1Id)
              .value(QStringLiteral("id"))
              .toInteger();
    QVERIFY(m_a && m_b && m_a < m_b);
    say(m_b, QStringLiteral("Hi Sokha, the menu has a new page."));
    say(m_b, QStringLiteral("Prices are in riel."));
    createFlow();
    QVERIFY(signIn(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1")));
    QTRY_VERIFY(window());
    QTRY_COMPARE(window()->connectionText(), QStringLiteral("Live"));
}

void TestChatUnread::unreadCountsComeWithTheQueue()
{
    QTRY_COMPARE(model()->unread(m_b), 2);
    QCOMPARE(window()->detailPane()->jobId(), m_a); // B is not open: still unread
    const QModelIndex b = model()->indexOfJob(m_b);
    QCOMPARE(b.data(ui::JobQueueModel::UnreadRole).toInt(), 2);
    QVERIFY(b.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2 unread messages")));
    QCOMPARE(model()->unread(m_a), 0);
    QVERIFY(badgePixels(m_b) > 100);   // a filled badge
    const int open = badgePixels(m_a); // at most its selection border
    QVERIFY2(open >= 0 && open < 40, QByteArray::number(open).constData());
    QCOMPARE(serverUnread(m_b), 2);
}

void TestChatUnread::liveMessagesCountWhereTheWorkerIsNotLooking()
{
    say(m_b, QStringLiteral("And a dessert section."));
    QTRY_COMPARE(model()->unread(m_b), 3);
    QVERIFY(model()
                ->indexOfJob(m_b)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("3 unread messages")));
    // The open chat: shown, named, and read at once.
    ui::JobChat *chat = window()->detailPane()->chat();
    QCOMPARE(chat->jobId(), m_a);
    say(m_a, QStringLiteral("Can you send the SVG too?"));
    QTRY_COMPARE(chat->messageCount(), 1);
    QVERIFY2(chat->messageText(0).startsWith(QStringLiteral("Ada Admin (Jobdesk team) · ")),
             qPrintable(chat->messageText(0)));
    QCOMPARE(model()->unread(m_a), 0);
    QTRY_COMPARE(serverUnread(m_a), 0);
}

void TestChatUnread::openingAChatReadsIt()
{
    window()->queueView()->selectJob(m_b);
    ui::JobChat *chat = window()->detailPane()->chat();
    QTRY_COMPARE(chat->jobId(), m_b);
    QTRY_COMPARE(chat->messageCount(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(chat->messageText(i).startsWith(QStringLiteral("Ada Admin (Jobdesk team) · ")));
    QTRY_COMPARE(model()->unread(m_b), 0);
    const int selected = badgePixels(m_b); // the selection border, no badge
    QVERIFY2(selected >= 0 && selected < 40, QByteArray::number(selected).constData());
    QTRY_COMPARE(serverUnread(m_b), 0);
    // The worker's own message is never unread, and says "You".
    chat->findChild<QLineEdit *>(QStringLiteral("chatInput"))->setText(QStringLiteral("Got it."));
    QTest::mouseClick(chat->findChild<QPushButton *>(QStringLiteral("chatSend")), Qt::LeftButton);
    QTRY_COMPARE(chat->messageCount(), 4);
    QVERIFY(chat->messageText(3).startsWith(QStringLiteral("You · ")));
    QCOMPARE(model()->unread(m_b), 0);
}

QTEST_MAIN(TestChatUnread)
#include "tst_chatunread.moc"
