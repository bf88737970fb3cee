#pragma once

#include "analyticscharts.h"

#include <QFrame>

class QChartView;
class QLabel;
class QPushButton;

namespace jobdesk::ui {

// One chart on the analytics page: title, summary line, the chart, and its two
// exports: the picture as PNG and the numbers as CSV.
class ChartCard final : public QFrame
{
    Q_OBJECT

public:
    ChartCard(const QString &key, const QString &title, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChartCard)

    QString key() const { return m_key; }
    QString title() const { return m_titleText; }
    // Takes the chart; the previous one is deleted.
    void setContent(const ChartContent &content);
    void setLoading(bool loading);
    // The figures could not be loaded: says so instead of the summary.
    void setFailed(const QString &text);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    const CsvTable &table() const { return m_table; }
    QString summary() const;

    // What the buttons do after asking for a file name.
    bool savePng(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void message(const QString &text, bool problem);

private:
    void chooseFile(bool png);

    QString m_key;
    QString m_titleText;
    QLabel *m_summary;
    QChartView *m_view;
    QPushButton *m_png;
    QPushButton *m_csv;
    CsvTable m_table;
};

} // namespace jobdesk::ui
