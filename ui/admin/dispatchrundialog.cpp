#include "dispatchrundialog.h"

#include "dispatchwords.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

DispatchRunDialog::DispatchRunDialog(const QHash<qint64, QString> &titles, QWidget *parent)
    : QDialog(parent)
    , m_titles(titles)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeWidget(this))
{
    setWindowTitle(tr("Auto-dispatch"));
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Dispatching %n job(s)…", nullptr, int(titles.size())));
    m_progress->setRange(0, 0); // one request: busy until it answers
    m_results->setObjectName(QStringLiteral("runResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Job"), tr("Outcome")});
    m_results->setRootIsDecorated(false);
    m_results->header()->resizeSection(0, 260);
    m_results->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 360);
}

void DispatchRunDialog::setResults(const QJsonArray &items,
                                   const QHash<qint64, QString> &workerNames)
{
    m_progress->hide();
    m_results->show();
    m_results->clear();
    int offered = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const qint64 jobId = o.value(QStringLiteral("jobId")).toInteger();
        const QString outcome = o.value(QStringLiteral("outcome")).toString();
        const qint64 worker = o.value(QStringLiteral("workerId")).toInteger();
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, m_titles.value(jobId, tr("Job #%1").arg(jobId)));
        item->setText(1, DispatchWords::outcome(
                             outcome,
                             worker ? workerNames.value(worker, tr("#%1").arg(worker)) : QString(),
                             o.value(QStringLiteral("detail")).toString()));
        item->setData(1, Qt::UserRole, outcome);
        item->setToolTip(1, item->text(1));
        if (outcome == QLatin1String("offered"))
            ++offered;
        else
            item->setForeground(1, outcome == QLatin1String("no-candidates")
                                       ? QColor(0xB3, 0x26, 0x1E)
                                       : QColor(0x6B, 0x72, 0x80));
    }
    m_summary->setText(tr("%1 of %2 jobs offered.").arg(offered).arg(items.size()));
}

void DispatchRunDialog::setError(const QString &message)
{
    m_progress->hide();
    m_summary->setText(tr("Auto-dispatch failed: %1").arg(message));
    m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

} // namespace jobdesk::ui
