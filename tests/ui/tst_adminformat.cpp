// The console's pure helpers: CSV writing, money and duration wording in the
// user's locale, the audit diff, and the analytics chart builders.
#include "adminformat.h"
#include "analyticscharts.h"
#include "csvtable.h"
#include "jsondiff.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QPieSeries>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jobdesk;
using namespace jobdesk::ui;

class TestAdminFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void csvQuotesWhatNeedsIt()
    {
        CsvTable t;
        t.header = {QStringLiteral("Name"), QStringLiteral("Note")};
        t.rows = {{QStringLiteral("Sokha"), QStringLiteral("plain")},
                  {QStringLiteral("Chan, Sokha"), QStringLiteral("said \"hi\"")},
                  {QStringLiteral("Dara"), QStringLiteral("two\nlines")}};
        const QByteArray csv = t.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.mid(3), QByteArray("Name,Note\r\n"
                                        "Sokha,plain\r\n"
                                        "\"Chan, Sokha\",\"said \"\"hi\"\"\"\r\n"
                                        "Dara,\"two\nlines\"\r\n"));
    }

    void csvKeepsUnicodeAndNeutralisesFormulas()
    {
        CsvTable t;
        t.rows = {{QStringLiteral("សុខា"), QStringLiteral("=HYPERLINK(\"x\")"),
                   QStringLiteral("-12.5"), QStringLiteral("@SUM(A1)"), QStringLiteral("+1 day")}};
        const QString text = QString::fromUtf8(t.toCsv().mid(3));
        QCOMPARE(text,
                 QStringLiteral("សុខា,\"'=HYPERLINK(\"\"x\"\")\",-12.5,'@SUM(A1),'+1 day\r\n"));
    }

    void csvSavesAtomically()
    {
        QTemporaryDir dir;
        CsvTable t{{QStringLiteral("a")}, {{QStringLiteral("1")}}};
        QString error;
        QVERIFY(t.save(dir.filePath(QStringLiteral("x.csv")), &error));
        QFile f(dir.filePath(QStringLiteral("x.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "a\r\n1\r\n"));
        QVERIFY(!t.save(dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void moneyInTheLocale()
    {
        QCOMPARE(AdminFormat::money(123450), QStringLiteral("1,234.50"));
        QCOMPARE(AdminFormat::money(5), QStringLiteral("0.05"));
        QCOMPARE(AdminFormat::money(-250), QStringLiteral("-2.50"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(AdminFormat::money(123450), QStringLiteral("1.234,50"));
        // Beyond double's exact integers the cents are still right.
        QCOMPARE(AdminFormat::money(9007199254740993LL), QStringLiteral("90.071.992.547.409,93"));
        QCOMPARE(AdminFormat::cents(12.345), 1235);
        QCOMPARE(AdminFormat::cents(0.1 + 0.2), 30);
    }

    void durationsRatesAndWeeks()
    {
        QCOMPARE(AdminFormat::minutes(0), QStringLiteral("0 min"));
        QCOMPARE(AdminFormat::minutes(45), QStringLiteral("45 min"));
        QCOMPARE(AdminFormat::minutes(12 * 60 + 5), QStringLiteral("12 h 05 min"));
        QCOMPARE(AdminFormat::hours(12.25), QStringLiteral("12.3 h"));
        QCOMPARE(AdminFormat::rate(QJsonValue(0.856)), QStringLiteral("86%"));
        QCOMPARE(AdminFormat::rate(QJsonValue(QJsonValue::Null)), QStringLiteral("—"));
        QCOMPARE(AdminFormat::rating(QJsonValue(4.56)), QStringLiteral("4.6"));
        QCOMPARE(AdminFormat::monday(QDate(2025, 11, 23)), QDate(2025, 11, 17)); // a Sunday
        QCOMPARE(AdminFormat::monday(QDate(2025, 11, 17)), QDate(2025, 11, 17));
        QCOMPARE(AdminFormat::week(QDate(2025, 12, 29)), QStringLiteral("29 Dec – 4 Jan 2026"));
        QCOMPARE(AdminFormat::minuteOfDay(1440), QStringLiteral("24:00"));
        QCOMPARE(AdminFormat::weekday(1), QStringLiteral("Monday"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(AdminFormat::hours(12.25), QStringLiteral("12,3 h"));
    }

    void diffFlattensAndClassifies()
    {
        const QJsonObject before{
            {QStringLiteral("status"), QStringLiteral("pending")},
            {QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("capacity"), 2},
                         {QStringLiteral("skills"),
                          QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("a")},
                                                 {QStringLiteral("level"), 3}}}}}},
            {QStringLiteral("gone"), true}};
        const QJsonObject after{
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("capacity"), 2},
                         {QStringLiteral("skills"),
                          QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("a")},
                                                 {QStringLiteral("level"), 4}}}}}},
            {QStringLiteral("new"), 1.5}};
        const auto lines = JsonDiff::diff(before, after);
        QHash<QString, JsonDiffLine> byPath;
        for (const JsonDiffLine &l : lines)
            byPath.insert(l.path, l);
        QCOMPARE(byPath.size(), 6);
        QCOMPARE(byPath[QStringLiteral("status")].kind, JsonDiffLine::Kind::Changed);
        QCOMPARE(byPath[QStringLiteral("status")].before, QStringLiteral("\"pending\""));
        QCOMPARE(byPath[QStringLiteral("status")].after, QStringLiteral("\"active\""));
        QCOMPARE(byPath[QStringLiteral("profile.capacity")].kind, JsonDiffLine::Kind::Same);
        QCOMPARE(byPath[QStringLiteral("profile.skills[0].level")].kind,
                 JsonDiffLine::Kind::Changed);
        QCOMPARE(byPath[QStringLiteral("profile.skills[0].level")].after, QStringLiteral("4"));
        QCOMPARE(byPath[QStringLiteral("gone")].kind, JsonDiffLine::Kind::Removed);
        QCOMPARE(byPath[QStringLiteral("new")].kind, JsonDiffLine::Kind::Added);
        QCOMPARE(byPath[QStringLiteral("new")].after, QStringLiteral("1.5"));

        // A create has no "before": everything is added; HTML escapes the values.
        const auto created = JsonDiff::diff(
            QJsonValue::Null, QJsonObject{{QStringLiteral("t"), QStringLiteral("<b>")}});
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().kind, JsonDiffLine::Kind::Added);
        const QString html = JsonDiff::toHtml(created, false);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(!JsonDiff::toHtml(lines, false).contains(QStringLiteral("profile.capacity")));
        QVERIFY(JsonDiff::toHtml(lines, true).contains(QStringLiteral("profile.capacity")));
    }

    void jobsPerDayFillsEveryDay()
    {
        const QJsonObject jobs{
            {QStringLiteral("from"), QStringLiteral("2025-11-01")},
            {QStringLiteral("to"), QStringLiteral("2025-11-04")},
            {QStringLiteral("createdPerDay"),
             QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("2025-11-01")},
                                    {QStringLiteral("count"), 3}},
                        QJsonObject{{QStringLiteral("day"), QStringLiteral("2025-11-03")},
                                    {QStringLiteral("count"), 1}}}},
            {QStringLiteral("completedPerDay"),
             QJsonArray{QJsonObject{{QStringLiteral("day"), QStringLiteral("2025-11-04")},
                                    {QStringLiteral("count"), 2}}}}};
        const ChartContent c = AnalyticsCharts::jobsPerDay(jobs);
        std::unique_ptr<QChart> chart(c.chart);
        QCOMPARE(chart->series().size(), 2);
        auto *created = qobject_cast<QLineSeries *>(chart->series().at(0));
        auto *completed = qobject_cast<QLineSeries *>(chart->series().at(1));
        QCOMPARE(created->count(), 4);
        QCOMPARE(created->at(0).y(), 3.0);
        QCOMPARE(created->at(1).y(), 0.0);
        QCOMPARE(created->at(2).y(), 1.0);
        QCOMPARE(completed->at(3).y(), 2.0);
        QCOMPARE(c.table.rows.size(), 4);
        QCOMPARE(c.table.rows.at(3), (QStringList{QStringLiteral("2025-11-04"), QStringLiteral("0"),
                                                  QStringLiteral("2")}));
        QCOMPARE(c.summary, QStringLiteral("4 created, 2 completed"));
    }

    void workerBarsListTheFirstWorkerOnTop()
    {
        const QJsonObject time{
            {QStringLiteral("workers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann")},
                                    {QStringLiteral("hours"), 10.0},
                                    {QStringLiteral("availableHours"), 40.0},
                                    {QStringLiteral("utilisation"), 0.25},
                                    {QStringLiteral("earningsCents"), 12345}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Bo")},
                                    {QStringLiteral("hours"), 0.0},
                                    {QStringLiteral("availableHours"), 0.0},
                                    {QStringLiteral("utilisation"), QJsonValue::Null},
                                    {QStringLiteral("earningsCents"), 0}}}},
            {QStringLiteral("totalEarningsCents"), 12345}};
        const ChartContent u = AnalyticsCharts::utilisation(time);
        std::unique_ptr<QChart> uc(u.chart);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(uc->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->at(1), 25.0); // Ann, drawn last = on top
        QCOMPARE(bars->barSets().first()->at(0), 0.0);
        QCOMPARE(u.table.rows.at(0),
                 (QStringList{QStringLiteral("Ann"), QStringLiteral("10.00"),
                              QStringLiteral("40.00"), QStringLiteral("0.2500")}));
        QCOMPARE(u.table.rows.at(1).last(), QString()); // nothing to rate: empty, not 0
        const ChartContent e = AnalyticsCharts::earnings(time);
        std::unique_ptr<QChart> ec(e.chart);
        QCOMPARE(
            qobject_cast<QHorizontalBarSeries *>(ec->series().first())->barSets().first()->at(1),
            123.45);
        QCOMPARE(e.table.rows.at(0).last(), QStringLiteral("123.45"));
        QCOMPARE(e.summary, QStringLiteral("123.45 in total"));
    }

    void offersPieSkipsEmptyOutcomes()
    {
        const QJsonObject jobs{
            {QStringLiteral("offers"), QJsonObject{{QStringLiteral("made"), 4},
                                                   {QStringLiteral("accepted"), 3},
                                                   {QStringLiteral("declined"), 1},
                                                   {QStringLiteral("expired"), 0},
                                                   {QStringLiteral("acceptanceRate"), 0.75}}}};
        const ChartContent c = AnalyticsCharts::offers(jobs);
        std::unique_ptr<QChart> chart(c.chart);
        auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
        QCOMPARE(pie->count(), 2);
        QCOMPARE(pie->slices().at(0)->value(), 3.0);
        QCOMPARE(c.summary, QStringLiteral("75% of 4 offers accepted"));
    }
};

QTEST_MAIN(TestAdminFormat)
#include "tst_adminformat.moc"
