#include "analyticspage.h"

#include "adminformat.h"
#include "apiclient.h"
#include "chartcard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

const QStringList JobCharts = {QStringLiteral("jobsPerDay"), QStringLiteral("jobsByState"),
                               QStringLiteral("turnaround"), QStringLiteral("offers"),
                               QStringLiteral("revisionRate")};
const QStringList TimeCharts = {QStringLiteral("utilisation"), QStringLiteral("hoursPerWeek"),
                                QStringLiteral("earnings")};

} // namespace

AnalyticsPage::AnalyticsPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_kpis(new QWidget(this))
{
    Q_UNUSED(realtime) // figures are a snapshot; Refresh brings them up to date
    m_preset->setObjectName(QStringLiteral("analyticsPreset"));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Custom range"), int(Preset::Custom));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("analyticsFrom"));
    m_to->setObjectName(QStringLiteral("analyticsTo"));
    m_progress->setObjectName(QStringLiteral("analyticsProgress"));
    m_progress->setRange(0, 2);
    m_progress->setFormat(tr("Loading %v of %m"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("analyticsMessage"));
    m_message->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addWidget(m_message, 1);

    auto *kpiLayout = new QHBoxLayout(m_kpis);
    kpiLayout->setContentsMargins(0, 0, 0, 0);
    addKpi(QStringLiteral("created"), tr("Jobs created"));
    addKpi(QStringLiteral("completed"), tr("Jobs completed"));
    addKpi(QStringLiteral("acceptance"), tr("Offers accepted"));
    addKpi(QStringLiteral("revisions"), tr("Revision rate"));
    addKpi(QStringLiteral("hours"), tr("Hours tracked"));
    addKpi(QStringLiteral("earnings"), tr("Earnings"));

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    const QList<std::pair<QString, QString>> charts = {
        {QStringLiteral("jobsPerDay"), tr("Jobs created and completed per day")},
        {QStringLiteral("jobsByState"), tr("Jobs by state")},
        {QStringLiteral("turnaround"), tr("Time to assignment and to completion")},
        {QStringLiteral("offers"), tr("Offer outcomes")},
        {QStringLiteral("utilisation"), tr("Worker utilisation")},
        {QStringLiteral("hoursPerWeek"), tr("Hours tracked per week")},
        {QStringLiteral("revisionRate"), tr("Revision rate")},
        {QStringLiteral("earnings"), tr("Earnings per worker")},
    };
    for (const auto &[key, title] : charts) {
        ChartCard *card = addCard(key, title);
        const int i = int(m_cards.size()) - 1;
        grid->addWidget(card, i / 2, i % 2);
    }
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_kpis);
    contentLayout->addLayout(grid);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    // Typing a date changes it step by step; fetch once the admin pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &AnalyticsPage::reload);
    const auto datesEdited = [this, debounce] {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        debounce->start();
    };
    connect(m_from, &QDateEdit::userDateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::userDateChanged, this, datesEdited);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const auto preset = Preset(m_preset->currentData().toInt());
        if (preset != Preset::Custom)
            setPreset(preset);
    });
    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsPage::reload);
    // The figures are fetched when the page is first shown, not with the window.
    const QDate today = QDate::currentDate();
    const QSignalBlocker b1(m_preset), b2(m_from), b3(m_to);
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Last30Days)));
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_generation == 0)
        reload();
}

ChartCard *AnalyticsPage::addCard(const QString &key, const QString &title)
{
    auto *card = new ChartCard(key, title, this);
    connect(card, &ChartCard::message, this, &AnalyticsPage::setMessage);
    m_cards.append(card);
    return card;
}

QLabel *AnalyticsPage::addKpi(const QString &key, const QString &caption)
{
    auto *box = new QFrame(m_kpis);
    box->setFrameShape(QFrame::StyledPanel);
    auto *value = new QLabel(tr("—"), box);
    value->setObjectName(QStringLiteral("kpi_") + key);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    auto *label = new QLabel(caption, box);
    label->setStyleSheet(QStringLiteral("color: #4a5058;"));
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(10, 6, 10, 6);
    v->setSpacing(0);
    v->addWidget(value);
    v->addWidget(label);
    m_kpis->layout()->addWidget(box);
    return value;
}

void AnalyticsPage::setPreset(Preset preset, const QDate &today)
{
    QDate from = today;
    switch (preset) {
    case Preset::Last7Days:
        from = today.addDays(-6);
        break;
    case Preset::Last30Days:
        from = today.addDays(-29);
        break;
    case Preset::Last90Days:
        from = today.addDays(-89);
        break;
    case Preset::ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Preset::Custom:
        from = m_from->date();
        break;
    }
    {
        const QSignalBlocker b1(m_preset), b2(m_from), b3(m_to);
        m_preset->setCurrentIndex(m_preset->findData(int(preset)));
        m_from->setDate(from);
        if (preset != Preset::Custom)
            m_to->setDate(today);
    }
    reload();
}

void AnalyticsPage::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_preset), b2(m_from), b3(m_to);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

QDate AnalyticsPage::from() const
{
    return m_from->date();
}

QDate AnalyticsPage::to() const
{
    return m_to->date();
}

ChartCard *AnalyticsPage::card(const QString &key) const
{
    for (ChartCard *c : m_cards) {
        if (c->key() == key)
            return c;
    }
    return nullptr;
}

QString AnalyticsPage::kpiText(const QString &key) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("kpi_") + key);
    return label ? label->text() : QString();
}

QString AnalyticsPage::messageText() const
{
    return m_message->text();
}

void AnalyticsPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                     : QStringLiteral("color: #4a5058;"));
}

void AnalyticsPage::reload()
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (to < from) {
        setMessage(tr("The end of the period is before its start."), true);
        return;
    }
    const int generation = ++m_generation;
    m_pending = 2;
    m_problems.clear();
    m_progress->setValue(0);
    m_progress->show();
    setMessage(QString(), false);
    for (ChartCard *c : std::as_const(m_cards))
        c->setLoading(true);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    // Both run at once; each fills its charts as soon as it answers.
    m_api->get(QStringLiteral("/analytics/jobs"), q, this,
               [this, generation](const net::ApiResult &r) {
                   if (generation != m_generation)
                       return;
                   if (r.ok())
                       showJobs(r.json);
                   else
                       failed(JobCharts, tr("Job figures: %1").arg(r.message()));
                   finishOne();
               });
    m_api->get(QStringLiteral("/analytics/time"), q, this,
               [this, generation](const net::ApiResult &r) {
                   if (generation != m_generation)
                       return;
                   if (r.ok())
                       showTime(r.json);
                   else
                       failed(TimeCharts, tr("Time figures: %1").arg(r.message()));
                   finishOne();
               });
}

void AnalyticsPage::finishOne()
{
    m_progress->setValue(m_progress->value() + 1);
    if (--m_pending > 0)
        return;
    m_progress->hide();
    setMessage(m_problems.join(QLatin1Char('\n')), !m_problems.isEmpty());
    Q_EMIT loaded();
}

void AnalyticsPage::failed(const QStringList &charts, const QString &problem)
{
    m_problems << problem;
    for (const QString &key : charts)
        card(key)->setFailed(tr("Not available"));
}

void AnalyticsPage::setKpi(const QString &key, const QString &text)
{
    if (auto *label = findChild<QLabel *>(QStringLiteral("kpi_") + key))
        label->setText(text);
}

void AnalyticsPage::showJobs(const QJsonObject &jobs)
{
    card(QStringLiteral("jobsPerDay"))->setContent(AnalyticsCharts::jobsPerDay(jobs));
    card(QStringLiteral("jobsByState"))->setContent(AnalyticsCharts::jobsByState(jobs));
    card(QStringLiteral("turnaround"))->setContent(AnalyticsCharts::turnaround(jobs));
    card(QStringLiteral("offers"))->setContent(AnalyticsCharts::offers(jobs));
    card(QStringLiteral("revisionRate"))->setContent(AnalyticsCharts::revisionRate(jobs));
    int created = 0, completed = 0;
    for (const QJsonValue &v : jobs.value(QStringLiteral("createdPerDay")).toArray())
        created += v.toObject().value(QStringLiteral("count")).toInt();
    for (const QJsonValue &v : jobs.value(QStringLiteral("completedPerDay")).toArray())
        completed += v.toObject().value(QStringLiteral("count")).toInt();
    setKpi(QStringLiteral("created"), QLocale().toString(created));
    setKpi(QStringLiteral("completed"), QLocale().toString(completed));
    setKpi(QStringLiteral("acceptance"),
           AdminFormat::rate(jobs.value(QStringLiteral("offers"))
                                 .toObject()
                                 .value(QStringLiteral("acceptanceRate"))));
    setKpi(QStringLiteral("revisions"),
           AdminFormat::rate(jobs.value(QStringLiteral("revisionRate"))));
}

void AnalyticsPage::showTime(const QJsonObject &time)
{
    card(QStringLiteral("utilisation"))->setContent(AnalyticsCharts::utilisation(time));
    card(QStringLiteral("hoursPerWeek"))->setContent(AnalyticsCharts::hoursPerWeek(time));
    card(QStringLiteral("earnings"))->setContent(AnalyticsCharts::earnings(time));
    setKpi(QStringLiteral("hours"),
           AdminFormat::hours(time.value(QStringLiteral("totalHours")).toDouble()));
    setKpi(QStringLiteral("earnings"),
           AdminFormat::money(time.value(QStringLiteral("totalEarningsCents")).toInteger()));
}

} // namespace jobdesk::ui
