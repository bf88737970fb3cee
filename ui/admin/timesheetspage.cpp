#include "timesheetspage.h"

#include "adminformat.h"
#include "apiclient.h"
#include "displaytext.h"
#include "realtimeclient.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace jobdesk::ui {

namespace {

bool isApproved(const QJsonObject &row)
{
    return row.value(QStringLiteral("status")).toString() == QLatin1String("approved");
}

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

TimesheetsPage::TimesheetsPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_tree(new QTreeWidget(this))
    , m_week(new QLabel(this))
    , m_pick(new QDateEdit(this))
    , m_total(new QLabel(this))
    , m_message(new QLabel(this))
    , m_approve(new QPushButton(tr("Approve week"), this))
    , m_reopen(new QPushButton(tr("Reopen"), this))
    , m_refresh(new QTimer(this))
{
    m_tree->setObjectName(QStringLiteral("timesheetTree"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Worker / entry"), tr("Hours"), tr("Entries / job"), tr("Rate / h"),
                             tr("Earnings"), tr("Status")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(EntriesColumn, QHeaderView::Stretch);
    m_week->setObjectName(QStringLiteral("timesheetWeek"));
    QFont f = m_week->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_week->setFont(f);
    m_pick->setCalendarPopup(true);
    m_pick->setToolTip(tr("Go to the week of a date"));
    m_total->setObjectName(QStringLiteral("timesheetTotal"));
    m_message->setObjectName(QStringLiteral("timesheetMessage"));
    m_message->setWordWrap(true);
    m_approve->setObjectName(QStringLiteral("timesheetApprove"));
    m_approve->setToolTip(tr("Lock the week: its entries can no longer change and the hours "
                             "and rate are frozen for payroll."));
    m_reopen->setObjectName(QStringLiteral("timesheetReopen"));
    auto *prev = new QPushButton(tr("‹ Previous week"), this);
    auto *thisWeek = new QPushButton(tr("This week"), this);
    auto *next = new QPushButton(tr("Next week ›"), this);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("timesheetExport"));

    auto *nav = new QHBoxLayout;
    nav->addWidget(prev);
    nav->addWidget(thisWeek);
    nav->addWidget(next);
    nav->addWidget(m_pick);
    nav->addSpacing(16);
    nav->addWidget(m_week);
    nav->addStretch();
    nav->addWidget(exportButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_total);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_reopen);
    actions->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(m_tree, 1);
    layout->addLayout(actions);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1500);
    connect(m_refresh, &QTimer::timeout, this, &TimesheetsPage::reload);
    connect(prev, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeek(QDate::currentDate()); });
    connect(m_pick, &QDateEdit::userDateChanged, this, &TimesheetsPage::showWeek);
    connect(exportButton, &QPushButton::clicked, this, &TimesheetsPage::chooseExport);
    connect(m_approve, &QPushButton::clicked, this, &TimesheetsPage::approveSelected);
    connect(m_reopen, &QPushButton::clicked, this, &TimesheetsPage::reopenSelected);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &TimesheetsPage::loadEntries);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TimesheetsPage::updateButtons);
    if (realtime) {
        connect(realtime, &net::RealtimeClient::event, this,
                [this](qint64, const QString &type, const QJsonObject &payload) {
                    if (type.startsWith(QLatin1String("timesheet.")))
                        rowChanged(payload.value(QStringLiteral("timesheet")).toObject());
                    else if (type == QLatin1String("time_entries.synced"))
                        m_refresh->start(); // one reload per burst of syncs
                });
    }
    showWeek(QDate::currentDate());
}

QString TimesheetsPage::messageText() const
{
    return m_message->text();
}

QString TimesheetsPage::totalText() const
{
    return m_total->text();
}

void TimesheetsPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                     : QStringLiteral("color: #4a5058;"));
}

void TimesheetsPage::showWeek(const QDate &anyDay)
{
    m_monday = AdminFormat::monday(anyDay);
    const QSignalBlocker block(m_pick);
    m_pick->setDate(m_monday);
    m_week->setText(AdminFormat::week(m_monday));
    reload();
}

void TimesheetsPage::reload()
{
    const int generation = ++m_generation;
    setMessage(tr("Loading…"), false);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("week"), dayText(m_monday));
    m_api->get(QStringLiteral("/timesheets"), q, this, [this, generation](const net::ApiResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            setMessage(tr("Timesheets could not be loaded: %1").arg(r.message()), true);
            return;
        }
        // Rows that were open stay open across a reload.
        QSet<qint64> expanded;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->isExpanded())
                expanded.insert(m_tree->topLevelItem(i)->data(0, WorkerIdRole).toLongLong());
        }
        const qint64 current = selectedWorker();
        m_rows.clear();
        m_tree->clear();
        QList<QJsonObject> rows;
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            rows.append(v.toObject());
        std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("name"))
                       .toString()
                       .localeAwareCompare(b.value(QStringLiteral("name")).toString()) < 0;
        });
        for (const QJsonObject &row : rows) {
            const qint64 id = row.value(QStringLiteral("workerId")).toInteger();
            m_rows.insert(id, row);
            auto *item = new QTreeWidgetItem(m_tree);
            item->setData(0, WorkerIdRole, id);
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            fillRow(item, row);
            if (id == current)
                m_tree->setCurrentItem(item);
            if (expanded.contains(id))
                item->setExpanded(true);
        }
        setMessage(rows.isEmpty() ? tr("Nobody tracked time this week.") : QString(), false);
        updateTotal();
        updateButtons();
        Q_EMIT loaded();
    });
}

void TimesheetsPage::fillRow(QTreeWidgetItem *item, const QJsonObject &row)
{
    const bool approved = isApproved(row);
    item->setText(WorkerColumn, row.value(QStringLiteral("name")).toString());
    item->setToolTip(WorkerColumn, tr("%1 — week in %2")
                                       .arg(row.value(QStringLiteral("email")).toString(),
                                            row.value(QStringLiteral("timeZone")).toString()));
    item->setText(HoursColumn,
                  AdminFormat::minutes(row.value(QStringLiteral("minutes")).toInteger()));
    item->setText(EntriesColumn,
                  tr("%n entries", nullptr, row.value(QStringLiteral("entries")).toInt()));
    item->setText(RateColumn,
                  AdminFormat::money(row.value(QStringLiteral("rateCents")).toInteger()));
    item->setText(EarningsColumn,
                  AdminFormat::money(row.value(QStringLiteral("earningsCents")).toInteger()));
    for (int c : {HoursColumn, RateColumn, EarningsColumn})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = item->font(StatusColumn);
    bold.setBold(approved);
    item->setFont(StatusColumn, bold);
    if (approved) {
        const QDateTime at =
            DisplayText::parseTime(row.value(QStringLiteral("approvedAt")).toString());
        item->setText(StatusColumn, tr("Approved · locked"));
        item->setToolTip(StatusColumn, tr("Approved %1; the entries can no longer change. "
                                          "Reopen to unlock.")
                                           .arg(DisplayText::dateTime(at)));
        item->setIcon(StatusColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setForeground(StatusColumn, QColor(0x1b, 0x6b, 0x3a));
        item->setBackground(StatusColumn, QColor(0xdd, 0xf3, 0xe6));
    } else {
        item->setText(StatusColumn, tr("Open"));
        item->setToolTip(StatusColumn, tr("Not approved yet; the worker can still change it."));
        item->setIcon(StatusColumn, QIcon());
        item->setForeground(StatusColumn, QColor(0x8a, 0x55, 0x00));
        item->setBackground(StatusColumn, QBrush());
    }
    // Children keep their own columns; only their lock follows the week's state.
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *child = item->child(i);
        if (!child->data(0, EntryIdRole).isNull())
            child->setText(StatusColumn, approved ? tr("Locked") : QString());
    }
}

QTreeWidgetItem *TimesheetsPage::itemFor(qint64 workerId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, WorkerIdRole).toLongLong() == workerId)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

qint64 TimesheetsPage::selectedWorker() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, WorkerIdRole).toLongLong() : 0;
}

void TimesheetsPage::loadEntries(QTreeWidgetItem *item)
{
    if (!item || item->parent() || item->data(0, LoadedRole).toBool())
        return;
    item->setData(0, LoadedRole, true); // once per reload
    const qint64 workerId = item->data(0, WorkerIdRole).toLongLong();
    const QJsonObject row = m_rows.value(workerId);
    auto *loading = new QTreeWidgetItem(item, {tr("Loading entries…")});
    loading->setForeground(0, QColor(0x6b, 0x72, 0x80));
    auto entries = std::make_shared<QJsonArray>();
    auto titles = std::make_shared<QHash<qint64, QString>>();
    auto remaining = std::make_shared<int>(2);
    auto failure = std::make_shared<QString>();
    const int generation = m_generation;
    const auto done = [this, workerId, entries, titles, remaining, failure, generation] {
        if (--*remaining > 0 || generation != m_generation)
            return;
        QTreeWidgetItem *parent = itemFor(workerId);
        if (!parent)
            return;
        qDeleteAll(parent->takeChildren());
        if (!failure->isEmpty()) {
            new QTreeWidgetItem(parent, {tr("Entries could not be loaded: %1").arg(*failure)});
            parent->setData(0, LoadedRole, false); // try again on the next expand
            return;
        }
        const bool approved = isApproved(m_rows.value(workerId));
        for (const QJsonValue &v : *entries) {
            const QJsonObject e = v.toObject();
            const QDateTime start =
                DisplayText::parseTime(e.value(QStringLiteral("startedAt")).toString());
            const QDateTime end =
                DisplayText::parseTime(e.value(QStringLiteral("endedAt")).toString());
            const qint64 job = e.value(QStringLiteral("jobId")).toInteger();
            auto *child = new QTreeWidgetItem(parent);
            child->setData(0, EntryIdRole, e.value(QStringLiteral("id")).toString());
            child->setText(WorkerColumn,
                           tr("%1 – %2").arg(
                               DisplayText::dateTime(start),
                               QLocale().toString(end.toLocalTime().time(), QLocale::ShortFormat)));
            child->setText(HoursColumn,
                           DisplayText::duration(e.value(QStringLiteral("seconds")).toInteger()));
            child->setTextAlignment(HoursColumn, Qt::AlignRight | Qt::AlignVCenter);
            child->setText(EntriesColumn, titles->value(job, tr("Job %1").arg(job)));
            const QString note = e.value(QStringLiteral("note")).toString();
            child->setToolTip(EntriesColumn, note);
            const bool locked = approved || e.value(QStringLiteral("locked")).toBool();
            child->setText(StatusColumn, locked ? tr("Locked") : note);
        }
        if (entries->isEmpty())
            new QTreeWidgetItem(parent, {tr("No entries")});
        Q_EMIT entriesLoaded(workerId);
    };
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("workerId"), QString::number(workerId));
    q.addQueryItem(QStringLiteral("from"), row.value(QStringLiteral("from")).toString());
    q.addQueryItem(QStringLiteral("to"), row.value(QStringLiteral("to")).toString());
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    m_api->get(QStringLiteral("/time-entries"), q, this,
               [entries, failure, done](const net::ApiResult &r) {
                   if (r.ok())
                       *entries = r.json.value(QStringLiteral("items")).toArray();
                   else
                       *failure = r.message();
                   done();
               });
    QUrlQuery jobs;
    jobs.addQueryItem(QStringLiteral("workerId"), QString::number(workerId));
    jobs.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_api->get(QStringLiteral("/jobs"), jobs, this, [titles, done](const net::ApiResult &r) {
        // Titles are a nicety: without them the entries still show by job number.
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            titles->insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                           v.toObject().value(QStringLiteral("title")).toString());
        done();
    });
}

void TimesheetsPage::rowChanged(const QJsonObject &row)
{
    const qint64 id = row.value(QStringLiteral("workerId")).toInteger();
    if (!id || row.value(QStringLiteral("weekStart")).toString() != dayText(m_monday))
        return;
    m_rows.insert(id, row);
    QTreeWidgetItem *item = itemFor(id);
    if (!item) {
        reload();
        return;
    }
    fillRow(item, row);
    updateTotal();
    updateButtons();
}

void TimesheetsPage::approveSelected()
{
    decide(QStringLiteral("approve"));
}

void TimesheetsPage::reopenSelected()
{
    decide(QStringLiteral("reopen"));
}

void TimesheetsPage::decide(const QString &action)
{
    const qint64 id = selectedWorker();
    if (!id)
        return;
    const QJsonObject row = m_rows.value(id);
    const QString week = row.value(QStringLiteral("weekStart")).toString();
    const QString name = row.value(QStringLiteral("name")).toString();
    m_approve->setEnabled(false);
    m_reopen->setEnabled(false);
    m_api->post(QStringLiteral("/timesheets/%1/%2/%3").arg(id).arg(week, action), {}, this,
                [this, action, name](const net::ApiResult &r) {
                    if (!r.ok()) {
                        setMessage(tr("%1's week was not changed: %2").arg(name, r.message()),
                                   true);
                        updateButtons();
                        if (r.problemType() == QLatin1String("already-approved") ||
                            r.problemType() == QLatin1String("not-approved"))
                            reload(); // someone else decided first: show what is true now
                        return;
                    }
                    rowChanged(r.json);
                    setMessage(action == QLatin1String("approve")
                                   ? tr("%1's week is approved and locked.").arg(name)
                                   : tr("%1's week is open again.").arg(name),
                               false);
                });
}

void TimesheetsPage::updateButtons()
{
    const qint64 id = selectedWorker();
    const QJsonObject row = m_rows.value(id);
    const bool approved = isApproved(row);
    m_approve->setEnabled(id && !approved);
    m_reopen->setEnabled(id && approved);
}

void TimesheetsPage::updateTotal()
{
    qint64 minutes = 0, cents = 0;
    int approved = 0;
    for (const QJsonObject &row : std::as_const(m_rows)) {
        minutes += row.value(QStringLiteral("minutes")).toInteger();
        cents += row.value(QStringLiteral("earningsCents")).toInteger();
        approved += isApproved(row) ? 1 : 0;
    }
    m_total->setText(tr("Week: %1, earnings %2 · %3 of %4 approved")
                         .arg(AdminFormat::minutes(minutes), AdminFormat::money(cents))
                         .arg(approved)
                         .arg(m_rows.size()));
}

void TimesheetsPage::chooseExport()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export approved timesheets"));
    auto *from = new QDateEdit(&dialog);
    auto *to = new QDateEdit(&dialog);
    for (QDateEdit *e : {from, to})
        e->setCalendarPopup(true);
    // The shown week's month: the usual payroll period.
    from->setDate(QDate(m_monday.year(), m_monday.month(), 1));
    to->setDate(from->date().addMonths(1).addDays(-1));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Approved weeks that start in this range, one line per "
                               "worker-week and a total per worker."),
                            &dialog));
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("timesheets-%1-%2.csv").arg(dayText(from->date()), dayText(to->date())));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save timesheets"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(from->date(), to->date(), path);
}

void TimesheetsPage::exportCsv(const QDate &from, const QDate &to, const QString &path)
{
    setMessage(tr("Exporting…"), false);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), dayText(from));
    q.addQueryItem(QStringLiteral("to"), dayText(to));
    m_api->get(QStringLiteral("/timesheets/export"), q, this,
               [this, path](const net::ApiResult &r) {
                   if (!r.ok()) {
                       setMessage(tr("Export failed: %1").arg(r.message()), true);
                       Q_EMIT exportFinished(path, false);
                       return;
                   }
                   QSaveFile file(path);
                   if (!file.open(QIODevice::WriteOnly) || file.write(r.body) != r.body.size() ||
                       !file.commit()) {
                       setMessage(tr("Export not saved: %1").arg(file.errorString()), true);
                       Q_EMIT exportFinished(path, false);
                       return;
                   }
                   setMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
                   Q_EMIT exportFinished(path, true);
               });
}

} // namespace jobdesk::ui
