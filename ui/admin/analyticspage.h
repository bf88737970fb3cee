#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace jobdesk::net {
class ApiClient;
class RealtimeClient;
} // namespace jobdesk::net

namespace jobdesk::ui {

class ChartCard;

// Analytics for a date range (presets: last 7/30/90 days, this year): jobs
// created and completed per day, jobs by state, time to assignment and to
// completion, offer acceptance, revision rate, worker utilisation, hours per
// week and earnings per worker. The server computes (GET /analytics/jobs and
// /analytics/time); loading shows progress and the window stays responsive.
class AnalyticsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Last7Days,
        Last30Days,
        Last90Days,
        ThisYear,
        Custom
    };

    AnalyticsPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AnalyticsPage)

    // `today` is the last day of the presets (the user's local date by default).
    void setPreset(Preset preset, const QDate &today = QDate::currentDate());
    void setRange(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    bool isLoading() const { return m_pending > 0; }
    ChartCard *card(const QString &key) const;
    QList<ChartCard *> cards() const { return m_cards; }
    QString kpiText(const QString &key) const;
    QString messageText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showJobs(const QJsonObject &jobs);
    void showTime(const QJsonObject &time);
    void finishOne();
    void failed(const QStringList &charts, const QString &problem);
    void setKpi(const QString &key, const QString &text);
    void setMessage(const QString &text, bool problem);
    ChartCard *addCard(const QString &key, const QString &title);
    QLabel *addKpi(const QString &key, const QString &caption);

    net::ApiClient *m_api;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QLabel *m_message;
    QWidget *m_kpis;
    QList<ChartCard *> m_cards;
    QStringList m_problems;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace jobdesk::ui
