#pragma once

#include "csvtable.h"

#include <QJsonObject>
#include <QString>

class QChart;

namespace jobdesk::ui {

// One chart of the analytics page: the Qt Charts scene and the same numbers as
// a table (for "Save data"). Built from the answers of GET /analytics/jobs and
// GET /analytics/time (docs/admin-api.md); the chart's owner takes `chart`.
struct ChartContent
{
    QChart *chart = nullptr;
    CsvTable table;
    QString summary; // one line under the title, e.g. "62% of 40 offers accepted"
};

// Pure builders: JSON in, chart and table out, no network and no widgets.
// Numbers in the tables are machine-readable (ISO dates, '.' decimals) so the
// CSV opens the same in every locale; the charts speak the user's locale.
class AnalyticsCharts final
{
public:
    // Created and completed per day, every day of from..to (missing days are 0).
    static ChartContent jobsPerDay(const QJsonObject &jobs);
    static ChartContent jobsByState(const QJsonObject &jobs);
    // Median and 90th percentile hours to assignment and to completion.
    static ChartContent turnaround(const QJsonObject &jobs);
    static ChartContent offers(const QJsonObject &jobs);
    static ChartContent revisionRate(const QJsonObject &jobs);
    static ChartContent utilisation(const QJsonObject &time);
    static ChartContent hoursPerWeek(const QJsonObject &time);
    static ChartContent earnings(const QJsonObject &time);
};

} // namespace jobdesk::ui
