// The analytics page against a real server holding known jobs, offers and time:
// the charts carry the server's figures, and each chart exports as a picture
// and as CSV.
#include "adminclient.h"
#include "adminformat.h"
#include "analyticspage.h"
#include "chartcard.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QLineSeries>
#include <QPieSeries>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace jobdesk;

class TestAnalyticsView final : public QObject
{
    Q_OBJECT

private:
    test::World m_world;
    test::AdminClient m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::AnalyticsPage> m_page;
    QDate m_today;

    bool move(qint64 jobId, const QString &to, const QString &token, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("to"), to);
        return m_world.http
                   ->post(QStringLiteral("/api/v1/jobs/%1/transitions").arg(jobId), body, token)
                   .status == 200;
    }

    bool toReview(qint64 jobId)
    {
        return move(jobId, QStringLiteral("in_progress"), m_world.worker1) &&
               move(jobId, QStringLiteral("review"), m_world.worker1);
    }

    qint64 offer(qint64 jobId, qint64 workerId)
    {
        const auto r = m_world.http->post(
            QStringLiteral("/api/v1/jobs/%1/offers").arg(jobId),
            {{QStringLiteral("workerId"), workerId}, {QStringLiteral("windowSeconds"), 600}},
            m_world.admin);
        return r.status == 201 ? r.json().value(QStringLiteral("id")).toInteger() : 0;
    }

    QJsonObject track(qint64 jobId, const QDateTime &start, int minutes)
    {
        return QJsonObject{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("jobId"), jobId},
            {QStringLiteral("startedAt"), start.toString(Qt::ISODate)},
            {QStringLiteral("endedAt"), start.addSecs(minutes * 60).toString(Qt::ISODate)},
            {QStringLiteral("source"), QStringLiteral("manual")}};
    }

    QJsonObject serverFigures(const QString &what)
    {
        return m_world.http
            ->get(QStringLiteral("/api/v1/analytics/%1?from=%2&to=%3")
                      .arg(what, m_today.addDays(-6).toString(Qt::ISODate),
                           m_today.toString(Qt::ISODate)),
                  m_world.admin)
            .json();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_world.setUp());
        QVERIFY(m_client.signIn(m_world.server));
        // Five jobs today: two completed (one after a revision), one offered and
        // declined, one offered and accepted, one left pending.
        const qint64 a = m_world.assignedJob(QStringLiteral("A"), m_world.worker1Id)
                             .value(QStringLiteral("id"))
                             .toInteger();
        const qint64 b = m_world.assignedJob(QStringLiteral("B"), m_world.worker1Id)
                             .value(QStringLiteral("id"))
                             .toInteger();
        QVERIFY(a && b);
        QVERIFY(toReview(a));
        QVERIFY(
            move(a, QStringLiteral("completed"), m_world.admin, {{QStringLiteral("rating"), 5}}));
        QVERIFY(toReview(b));
        QVERIFY(move(b, QStringLiteral("revision"), m_world.admin,
                     {{QStringLiteral("note"), QStringLiteral("Fix the totals")}}));
        QVERIFY(toReview(b));
        QVERIFY(move(b, QStringLiteral("completed"), m_world.admin));
        const qint64 d =
            m_world.createJob(QStringLiteral("D")).value(QStringLiteral("id")).toInteger();
        const qint64 e =
            m_world.createJob(QStringLiteral("E")).value(QStringLiteral("id")).toInteger();
        QVERIFY(!m_world.createJob(QStringLiteral("C")).isEmpty());
        const qint64 declined = offer(d, m_world.worker2Id);
        const qint64 accepted = offer(e, m_world.worker2Id);
        QVERIFY(declined && accepted);
        QCOMPARE(m_world.http
                     ->post(QStringLiteral("/api/v1/offers/%1/decline").arg(declined),
                            {{QStringLiteral("reason"), QStringLiteral("Busy")}}, m_world.worker2)
                     .status,
                 200);
        QCOMPARE(m_world.http
                     ->post(QStringLiteral("/api/v1/offers/%1/accept").arg(accepted), {},
                            m_world.worker2)
                     .status,
                 200);
        // Three hours of Sokha's time in the last two hours and yesterday.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto synced = m_world.http->post(
            QStringLiteral("/api/v1/time-entries/sync"),
            {{QStringLiteral("entries"), QJsonArray{track(a, now.addSecs(-3 * 3600), 120),
                                                    track(b, now.addSecs(-26 * 3600), 60)}}},
            m_world.worker1);
        QCOMPARE(synced.status, 200);
        m_today = now.date();
        m_page = std::make_unique<ui::AnalyticsPage>(&m_client.api, nullptr);
        m_page->resize(1200, 900);
        m_page->show();
    }

    void loadingShowsProgressThenCharts()
    {
        QSignalSpy loaded(m_page.get(), &ui::AnalyticsPage::loaded);
        m_page->setRange(m_today.addDays(-6), m_today);
        auto *progress = m_page->findChild<QProgressBar *>(QStringLiteral("analyticsProgress"));
        QVERIFY(m_page->isLoading());
        QVERIFY(progress->isVisible());
        QCOMPARE(m_page->card(QStringLiteral("jobsPerDay"))->summary(), QStringLiteral("Loading…"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!m_page->isLoading());
        QVERIFY(!progress->isVisible());
        QVERIFY2(m_page->messageText().isEmpty(), qPrintable(m_page->messageText()));
        QCOMPARE(m_page->kpiText(QStringLiteral("created")), QStringLiteral("5"));
        QCOMPARE(m_page->kpiText(QStringLiteral("completed")), QStringLiteral("2"));
        QCOMPARE(m_page->kpiText(QStringLiteral("hours")), QStringLiteral("3.0 h"));
    }

    void jobChartsCarryTheServersFigures()
    {
        const QJsonObject jobs = serverFigures(QStringLiteral("jobs"));
        QChart *perDay = m_page->card(QStringLiteral("jobsPerDay"))->chart();
        QCOMPARE(perDay->series().size(), 2);
        auto *created = qobject_cast<QLineSeries *>(perDay->series().at(0));
        auto *completed = qobject_cast<QLineSeries *>(perDay->series().at(1));
        QVERIFY(created && completed);
        QCOMPARE(created->count(), 7); // every day of the range, zeros included
        QCOMPARE(created->at(6).y(), 5.0);
        QCOMPARE(completed->at(6).y(), 2.0);
        QCOMPARE(created->at(0).y(), 0.0);

        // Horizontal bars, drawn bottom-up: the lifecycle reads from the top.
        auto *byState = qobject_cast<QHorizontalBarSeries *>(
            m_page->card(QStringLiteral("jobsByState"))->chart()->series().first());
        QVERIFY(byState);
        const QBarSet *states = byState->barSets().first();
        const QJsonObject expected = jobs.value(QStringLiteral("byState")).toObject();
        const QStringList order = {QStringLiteral("cancelled"),   QStringLiteral("completed"),
                                   QStringLiteral("revision"),    QStringLiteral("review"),
                                   QStringLiteral("in_progress"), QStringLiteral("assigned"),
                                   QStringLiteral("matching"),    QStringLiteral("pending")};
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(states->at(i), expected.value(order.at(i)).toDouble());
        QCOMPARE(states->at(order.indexOf(QStringLiteral("completed"))), 2.0);
        QCOMPARE(states->at(order.indexOf(QStringLiteral("assigned"))), 1.0);

        auto *offers = qobject_cast<QPieSeries *>(
            m_page->card(QStringLiteral("offers"))->chart()->series().first());
        double accepted = 0, declined = 0;
        for (const QPieSlice *s : offers->slices()) {
            if (s->label().startsWith(QStringLiteral("Accepted")))
                accepted = s->value();
            if (s->label().startsWith(QStringLiteral("Declined")))
                declined = s->value();
        }
        QCOMPARE(accepted, 1.0);
        QCOMPARE(declined, 1.0);
        QCOMPARE(m_page->kpiText(QStringLiteral("acceptance")), QStringLiteral("50%"));

        auto *turnaround = qobject_cast<QBarSeries *>(
            m_page->card(QStringLiteral("turnaround"))->chart()->series().first());
        const QJsonObject toCompletion = jobs.value(QStringLiteral("toCompletion")).toObject();
        QCOMPARE(turnaround->barSets().at(0)->at(1),
                 toCompletion.value(QStringLiteral("medianMinutes")).toDouble() / 60.0);
        QCOMPARE(turnaround->barSets().at(1)->at(1),
                 toCompletion.value(QStringLiteral("p90Minutes")).toDouble() / 60.0);
        QCOMPARE(m_page->kpiText(QStringLiteral("revisions")),
                 ui::AdminFormat::rate(jobs.value(QStringLiteral("revisionRate"))));
    }

    void timeChartsCarryTheServersFigures()
    {
        const QJsonObject time = serverFigures(QStringLiteral("time"));
        auto *weeks = qobject_cast<QBarSeries *>(
            m_page->card(QStringLiteral("hoursPerWeek"))->chart()->series().first());
        QVERIFY(weeks);
        double total = 0;
        for (int i = 0; i < weeks->barSets().first()->count(); ++i)
            total += weeks->barSets().first()->at(i);
        QCOMPARE(total, 3.0);
        QCOMPARE(weeks->barSets().first()->count(),
                 time.value(QStringLiteral("hoursPerWeek")).toArray().size());

        auto *utilisation = qobject_cast<QHorizontalBarSeries *>(
            m_page->card(QStringLiteral("utilisation"))->chart()->series().first());
        QVERIFY(utilisation);
        const QJsonArray workers = time.value(QStringLiteral("workers")).toArray();
        QCOMPARE(utilisation->barSets().first()->count(), workers.size());
        const auto &table = m_page->card(QStringLiteral("earnings"))->table();
        bool sawSokha = false;
        for (const QStringList &row : table.rows) {
            if (row.first() == QStringLiteral("Sokha")) {
                sawSokha = true;
                QCOMPARE(row.at(1), QStringLiteral("3.00"));
            }
        }
        QVERIFY(sawSokha);
    }

    void chartExportsAsPngAndCsv()
    {
        ui::ChartCard *card = m_page->card(QStringLiteral("jobsPerDay"));
        const QString png = m_dir.filePath(QStringLiteral("jobs.png"));
        QString error;
        QVERIFY2(card->savePng(png, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QVERIFY(image.width() > 200 && image.height() > 150);
        // Not a blank picture: the lines and labels are drawn.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));

        const QString csv = m_dir.filePath(QStringLiteral("jobs.csv"));
        QVERIFY2(card->saveCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Day,Created,Completed\r\n"));
        QVERIFY(bytes.endsWith(QByteArray(m_today.toString(Qt::ISODate).toLatin1() + ",5,2\r\n")));
        QCOMPARE(bytes.count("\r\n"), 8); // header + seven days
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestAnalyticsView)
#include "tst_analyticsview.moc"
