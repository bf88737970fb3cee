#include "analyticscharts.h"

#include "adminformat.h"
#include "displaytext.h"
#include "jobstatus.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

#include <algorithm>

namespace jobdesk::ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("jobdesk::ui::AnalyticsCharts", text, disambiguation, n);
}

const QColor Blue(0x1f, 0x4e, 0x9a);
const QColor Green(0x1b, 0x6b, 0x3a);
const QColor Amber(0xc2, 0x7c, 0x0e);
const QColor Red(0xa3, 0x26, 0x1e);
const QColor Grey(0x9c, 0xa3, 0xaf);

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QValueAxis *valueAxis(double max, const QString &format)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.1 : 1.0);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    return axis;
}

// Bars over named categories: one set per series name, values row by row.
ChartContent bars(bool horizontal, const QStringList &categories, const QStringList &setNames,
                  const QList<QList<double>> &values, const QList<QColor> &colours,
                  const QString &format, bool labels)
{
    ChartContent c;
    c.chart = newChart();
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double max = 0;
    for (qsizetype s = 0; s < setNames.size(); ++s) {
        auto *set = new QBarSet(setNames.at(s));
        for (const QList<double> &row : values) {
            set->append(row.value(s));
            max = qMax(max, row.value(s));
        }
        if (s < colours.size())
            set->setColor(colours.at(s));
        series->append(set);
    }
    c.chart->addSeries(series);
    // After addSeries: the theme would otherwise reset the label colour.
    for (QBarSet *set : series->barSets())
        set->setLabelColor(QColor(0x37, 0x41, 0x51));
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsVisible(labels);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *value = valueAxis(max, format);
    c.chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c.chart->addAxis(value, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(value);
    c.chart->legend()->setVisible(setNames.size() > 1);
    return c;
}

double hoursOf(const QJsonValue &minutes)
{
    return minutes.isDouble() ? minutes.toDouble() / 60.0 : 0.0;
}

} // namespace

ChartContent AnalyticsCharts::jobsPerDay(const QJsonObject &jobs)
{
    const QDate from =
        QDate::fromString(jobs.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(jobs.value(QStringLiteral("to")).toString(), Qt::ISODate);
    QHash<QDate, std::pair<int, int>> perDay;
    const auto collect = [&perDay](const QJsonValue &list, bool created) {
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject o = v.toObject();
            const QDate day =
                QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
            auto &slot = perDay[day];
            (created ? slot.first : slot.second) += o.value(QStringLiteral("count")).toInt();
        }
    };
    collect(jobs.value(QStringLiteral("createdPerDay")), true);
    collect(jobs.value(QStringLiteral("completedPerDay")), false);

    ChartContent c;
    c.chart = newChart();
    c.table.header = {tr("Day"), tr("Created"), tr("Completed")};
    auto *created = new QLineSeries;
    created->setName(tr("Created"));
    created->setColor(Blue);
    auto *completed = new QLineSeries;
    completed->setName(tr("Completed"));
    completed->setColor(Green);
    int max = 0, createdTotal = 0, completedTotal = 0;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        const auto [made, done] = perDay.value(d);
        // Noon keeps each point on its own day in every time zone's axis labels.
        const qreal x = qreal(QDateTime(d, QTime(12, 0)).toMSecsSinceEpoch());
        created->append(x, made);
        completed->append(x, done);
        max = qMax(max, qMax(made, done));
        createdTotal += made;
        completedTotal += done;
        c.table.rows.append(
            {d.toString(Qt::ISODate), QString::number(made), QString::number(done)});
    }
    c.chart->addSeries(created);
    c.chart->addSeries(completed);
    auto *x = new QDateTimeAxis;
    x->setFormat(from.daysTo(to) > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setTickCount(qBound(2, int(from.daysTo(to)) + 1, 8));
    if (from.isValid() && to.isValid())
        x->setRange(QDateTime(from, QTime(12, 0)), QDateTime(to, QTime(12, 0)));
    QValueAxis *y = valueAxis(max, QStringLiteral("%d"));
    c.chart->addAxis(x, Qt::AlignBottom);
    c.chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {created, completed}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c.summary = tr("%1 created, %2 completed").arg(createdTotal).arg(completedTotal);
    return c;
}

ChartContent AnalyticsCharts::jobsByState(const QJsonObject &jobs)
{
    const QJsonObject byState = jobs.value(QStringLiteral("byState")).toObject();
    QStringList categories;
    QList<QList<double>> values;
    CsvTable table;
    table.header = {tr("State"), tr("Jobs")};
    int total = 0;
    for (JobStatus s :
         {JobStatus::Pending, JobStatus::Matching, JobStatus::Assigned, JobStatus::InProgress,
          JobStatus::Review, JobStatus::Revision, JobStatus::Completed, JobStatus::Cancelled}) {
        const int n = byState.value(toString(s)).toInt();
        categories << DisplayText::status(s);
        values << QList<double>{double(n)};
        table.rows.append({toString(s), QString::number(n)});
        total += n;
    }
    // Horizontal, first state on top: the state names stay readable at any width.
    std::reverse(categories.begin(), categories.end());
    std::reverse(values.begin(), values.end());
    ChartContent c =
        bars(true, categories, {tr("Jobs")}, values, {Blue}, QStringLiteral("%d"), true);
    c.table = table;
    c.summary = tr("%1 jobs").arg(total);
    return c;
}

ChartContent AnalyticsCharts::turnaround(const QJsonObject &jobs)
{
    const QJsonObject assign = jobs.value(QStringLiteral("toAssignment")).toObject();
    const QJsonObject complete = jobs.value(QStringLiteral("toCompletion")).toObject();
    const QList<QList<double>> values = {{hoursOf(assign.value(QStringLiteral("medianMinutes"))),
                                          hoursOf(assign.value(QStringLiteral("p90Minutes")))},
                                         {hoursOf(complete.value(QStringLiteral("medianMinutes"))),
                                          hoursOf(complete.value(QStringLiteral("p90Minutes")))}};
    ChartContent c = bars(false, {tr("To assignment"), tr("To completion")},
                          {tr("Median"), tr("90th percentile")}, values, {Blue, Amber},
                          QStringLiteral("%.0f h"), true);
    qobject_cast<QAbstractBarSeries *>(c.chart->series().constFirst())
        ->setLabelsFormat(QStringLiteral("@value h"));
    qobject_cast<QAbstractBarSeries *>(c.chart->series().constFirst())->setLabelsPrecision(3);
    c.table.header = {tr("Measure"), tr("Jobs"), tr("Median hours"), tr("P90 hours")};
    c.table.rows = {{QStringLiteral("to_assignment"),
                     QString::number(assign.value(QStringLiteral("count")).toInt()),
                     number(values[0][0], 2), number(values[0][1], 2)},
                    {QStringLiteral("to_completion"),
                     QString::number(complete.value(QStringLiteral("count")).toInt()),
                     number(values[1][0], 2), number(values[1][1], 2)}};
    c.summary = tr("Over %1 assigned and %2 completed jobs")
                    .arg(assign.value(QStringLiteral("count")).toInt())
                    .arg(complete.value(QStringLiteral("count")).toInt());
    return c;
}

ChartContent AnalyticsCharts::offers(const QJsonObject &jobs)
{
    const QJsonObject o = jobs.value(QStringLiteral("offers")).toObject();
    const int made = o.value(QStringLiteral("made")).toInt();
    const int accepted = o.value(QStringLiteral("accepted")).toInt();
    const int declined = o.value(QStringLiteral("declined")).toInt();
    const int expired = o.value(QStringLiteral("expired")).toInt();
    const int open = qMax(0, made - accepted - declined - expired);
    ChartContent c;
    c.chart = newChart();
    auto *pie = new QPieSeries;
    const QList<std::tuple<QString, int, QColor>> slices = {{tr("Accepted"), accepted, Green},
                                                            {tr("Declined"), declined, Red},
                                                            {tr("Expired"), expired, Amber},
                                                            {tr("Still open"), open, Grey}};
    for (const auto &[name, count, colour] : slices) {
        if (count == 0)
            continue;
        QPieSlice *slice = pie->append(tr("%1: %2").arg(name).arg(count), count);
        slice->setColor(colour);
        slice->setLabelVisible(true);
    }
    pie->setHoleSize(0.45);
    c.chart->addSeries(pie);
    c.chart->legend()->setVisible(false);
    const QJsonValue rate = o.value(QStringLiteral("acceptanceRate"));
    c.table.header = {tr("Outcome"), tr("Offers")};
    c.table.rows = {{QStringLiteral("made"), QString::number(made)},
                    {QStringLiteral("accepted"), QString::number(accepted)},
                    {QStringLiteral("declined"), QString::number(declined)},
                    {QStringLiteral("expired"), QString::number(expired)},
                    {QStringLiteral("acceptance_rate"),
                     rate.isDouble() ? number(rate.toDouble(), 4) : QString()}};
    c.summary = made == 0 ? tr("No offers in this period")
                          : tr("%1 of %2 offers accepted").arg(AdminFormat::rate(rate)).arg(made);
    return c;
}

ChartContent AnalyticsCharts::revisionRate(const QJsonObject &jobs)
{
    const QJsonValue rate = jobs.value(QStringLiteral("revisionRate"));
    ChartContent c;
    c.chart = newChart();
    auto *pie = new QPieSeries;
    if (rate.isDouble()) {
        const double r = qBound(0.0, rate.toDouble(), 1.0);
        QPieSlice *first = pie->append(
            tr("Approved first time: %1").arg(AdminFormat::rate(QJsonValue(1.0 - r))), 1.0 - r);
        first->setColor(Green);
        QPieSlice *revised =
            pie->append(tr("Needed a revision: %1").arg(AdminFormat::rate(rate)), r);
        revised->setColor(Red);
        for (QPieSlice *slice : {first, revised})
            slice->setLabelVisible(r > 0 && r < 1);
    }
    pie->setHoleSize(0.45);
    c.chart->addSeries(pie);
    // Labelled slices say it all; an all-or-nothing pie needs the legend instead.
    c.chart->legend()->setVisible(pie->slices().isEmpty() ||
                                  !pie->slices().first()->isLabelVisible());
    c.table.header = {tr("Measure"), tr("Value")};
    c.table.rows = {{QStringLiteral("revision_rate"),
                     rate.isDouble() ? number(rate.toDouble(), 4) : QString()}};
    c.summary = rate.isDouble()
                    ? tr("%1 of reviewed jobs needed a revision").arg(AdminFormat::rate(rate))
                    : tr("Nothing reviewed in this period");
    return c;
}

ChartContent AnalyticsCharts::utilisation(const QJsonObject &time)
{
    QStringList names;
    QList<QList<double>> values;
    CsvTable table;
    table.header = {tr("Worker"), tr("Hours"), tr("Available hours"), tr("Utilisation")};
    const QJsonArray workers = time.value(QStringLiteral("workers")).toArray();
    // Horizontal bars list bottom-up: reverse so the first worker is on top.
    for (qsizetype i = workers.size() - 1; i >= 0; --i) {
        const QJsonObject w = workers.at(i).toObject();
        const QJsonValue u = w.value(QStringLiteral("utilisation"));
        names << w.value(QStringLiteral("name")).toString();
        values << QList<double>{u.isDouble() ? qRound(u.toDouble() * 1000.0) / 10.0 : 0.0};
    }
    for (const QJsonValue &v : workers) {
        const QJsonObject w = v.toObject();
        const QJsonValue u = w.value(QStringLiteral("utilisation"));
        table.rows.append({w.value(QStringLiteral("name")).toString(),
                           number(w.value(QStringLiteral("hours")).toDouble(), 2),
                           number(w.value(QStringLiteral("availableHours")).toDouble(), 2),
                           u.isDouble() ? number(u.toDouble(), 4) : QString()});
    }
    ChartContent c =
        bars(true, names, {tr("Utilisation (%)")}, values, {Blue}, QStringLiteral("%d%%"), true);
    qobject_cast<QAbstractBarSeries *>(c.chart->series().constFirst())
        ->setLabelsFormat(QStringLiteral("@value%"));
    c.table = table;
    c.summary = tr("Hours tracked against the hours each worker is available");
    return c;
}

ChartContent AnalyticsCharts::hoursPerWeek(const QJsonObject &time)
{
    QStringList weeks;
    QList<QList<double>> values;
    CsvTable table;
    table.header = {tr("Week start"), tr("Hours")};
    for (const QJsonValue &v : time.value(QStringLiteral("hoursPerWeek")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDate start =
            QDate::fromString(o.value(QStringLiteral("weekStart")).toString(), Qt::ISODate);
        const double hours = o.value(QStringLiteral("hours")).toDouble();
        weeks << QLocale().toString(start, QStringLiteral("d MMM"));
        values << QList<double>{qRound(hours * 10.0) / 10.0};
        table.rows.append({start.toString(Qt::ISODate), number(hours, 2)});
    }
    ChartContent c = bars(false, weeks, {tr("Hours")}, values, {Green}, QStringLiteral("%d"),
                          weeks.size() <= 16);
    c.table = table;
    c.summary = tr("%1 in total")
                    .arg(AdminFormat::hours(time.value(QStringLiteral("totalHours")).toDouble()));
    return c;
}

ChartContent AnalyticsCharts::earnings(const QJsonObject &time)
{
    QStringList names;
    QList<QList<double>> values;
    CsvTable table;
    table.header = {tr("Worker"), tr("Hours"), tr("Approved hours"), tr("Rate"), tr("Earnings")};
    const QJsonArray workers = time.value(QStringLiteral("workers")).toArray();
    for (qsizetype i = workers.size() - 1; i >= 0; --i) {
        const QJsonObject w = workers.at(i).toObject();
        names << w.value(QStringLiteral("name")).toString();
        values << QList<double>{w.value(QStringLiteral("earningsCents")).toDouble() / 100.0};
    }
    for (const QJsonValue &v : workers) {
        const QJsonObject w = v.toObject();
        table.rows.append({w.value(QStringLiteral("name")).toString(),
                           number(w.value(QStringLiteral("hours")).toDouble(), 2),
                           number(w.value(QStringLiteral("approvedHours")).toDouble(), 2),
                           number(w.value(QStringLiteral("rateCents")).toDouble() / 100.0, 2),
                           number(w.value(QStringLiteral("earningsCents")).toDouble() / 100.0, 2)});
    }
    ChartContent c =
        bars(true, names, {tr("Earnings")}, values, {Amber}, QStringLiteral("%d"), true);
    qobject_cast<QAbstractBarSeries *>(c.chart->series().constFirst())->setLabelsPrecision(8);
    c.table = table;
    c.summary =
        tr("%1 in total")
            .arg(AdminFormat::money(time.value(QStringLiteral("totalEarningsCents")).toInteger()));
    return c;
}

} // namespace jobdesk::ui
