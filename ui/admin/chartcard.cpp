#include "chartcard.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

ChartCard::ChartCard(const QString &key, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_titleText(title)
    , m_summary(new QLabel(this))
    , m_view(new QChartView(this))
    , m_png(new QPushButton(tr("Save image…"), this))
    , m_csv(new QPushButton(tr("Save data…"), this))
{
    setObjectName(QStringLiteral("chart_") + key);
    setFrameShape(QFrame::StyledPanel);
    auto *titleLabel = new QLabel(title, this);
    QFont f = titleLabel->font();
    f.setBold(true);
    titleLabel->setFont(f);
    m_summary->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_png->setToolTip(tr("Save the chart as a PNG picture"));
    m_csv->setToolTip(tr("Save the numbers behind the chart as CSV"));
    for (QPushButton *b : {m_png, m_csv})
        b->setFlat(true);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(titleLabel);
    titles->addWidget(m_summary);
    head->addLayout(titles, 1);
    head->addWidget(m_png);
    head->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);

    connect(m_png, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseFile(false); });
    setLoading(true);
}

void ChartCard::setContent(const ChartContent &content)
{
    QChart *old = m_view->chart();
    m_view->setChart(content.chart); // the view owns the new chart; the old one is ours
    delete old;
    m_table = content.table;
    m_summary->setText(content.summary);
    setLoading(false);
}

void ChartCard::setLoading(bool loading)
{
    if (loading)
        m_summary->setText(tr("Loading…"));
    m_png->setEnabled(!loading);
    m_csv->setEnabled(!loading);
}

void ChartCard::setFailed(const QString &text)
{
    m_summary->setText(text);
    m_png->setEnabled(false);
    m_csv->setEnabled(false);
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

QString ChartCard::summary() const
{
    return m_summary->text();
}

bool ChartCard::savePng(const QString &path, QString *error) const
{
    // The view as shown, at the screen's pixel ratio.
    const QPixmap picture = m_view->grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        if (error)
            *error = tr("The picture could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

bool ChartCard::saveCsv(const QString &path, QString *error) const
{
    return m_table.save(path, error);
}

void ChartCard::chooseFile(bool png)
{
    const QString base =
        QDir::home().filePath(m_key + (png ? QStringLiteral(".png") : QStringLiteral(".csv")));
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Save chart image") : tr("Save chart data"), base,
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = png ? savePng(path, &error) : saveCsv(path, &error);
    Q_EMIT message(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error, !ok);
}

} // namespace jobdesk::ui
