#include "timesheetdialog.h"

#include "displaytext.h"
#include "localstore.h"
#include "manualentrydialog.h"
#include "syncengine.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

constexpr int EntryIdRole = Qt::UserRole + 1;

QString stateText(const net::LocalEntry &e)
{
    switch (e.state) {
    case net::SyncState::Pending:
        return TimesheetDialog::tr("Waiting to sync");
    case net::SyncState::Synced:
        return TimesheetDialog::tr("Synced");
    case net::SyncState::Rejected:
        return TimesheetDialog::tr("Rejected: %1").arg(e.reason);
    case net::SyncState::Conflict:
        return TimesheetDialog::tr("Changed on the server");
    }
    return {};
}

} // namespace

TimesheetDialog::TimesheetDialog(net::LocalStore *store, net::SyncEngine *sync,
                                 QList<QJsonObject> jobs, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_sync(sync)
    , m_jobs(std::move(jobs))
    , m_week(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("My timesheet"));
    m_tree->setObjectName(QStringLiteral("timesheet"));
    m_tree->setHeaderLabels({tr("Time"), tr("Job"), tr("Duration"), tr("Sync")});
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    auto *prev = new QPushButton(tr("‹ Previous week"), this);
    auto *next = new QPushButton(tr("Next week ›"), this);
    auto *editButton = new QPushButton(tr("Edit entry…"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QFont f = m_week->font();
    f.setBold(true);
    m_week->setFont(f);
    auto *nav = new QHBoxLayout;
    nav->addWidget(prev);
    nav->addStretch();
    nav->addWidget(m_week);
    nav->addStretch();
    nav->addWidget(next);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(editButton);
    bottom->addStretch();
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);
    resize(720, 480);

    connect(prev, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(editButton, &QPushButton::clicked, this, [this] { edit(m_tree->currentItem()); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { edit(item); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &net::LocalStore::entriesChanged, this, &TimesheetDialog::reload);
    showWeek(QDate::currentDate());
}

void TimesheetDialog::showWeek(const QDate &anyDay)
{
    m_monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    reload();
}

QString TimesheetDialog::jobTitle(qint64 id) const
{
    for (const QJsonObject &j : m_jobs) {
        if (j.value(QStringLiteral("id")).toInteger() == id)
            return j.value(QStringLiteral("title")).toString();
    }
    return tr("Job %1").arg(id);
}

void TimesheetDialog::reload()
{
    m_week->setText(
        tr("%1 – %2").arg(QLocale().toString(m_monday, QLocale::ShortFormat),
                          QLocale().toString(m_monday.addDays(6), QLocale::ShortFormat)));
    m_tree->clear();
    const QDateTime from = QDateTime(m_monday, QTime(0, 0)).toUTC();
    const auto list = m_store->entries(from, from.addDays(7));
    qint64 weekTotal = 0;
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_monday.addDays(d);
        auto *dayItem = new QTreeWidgetItem(m_tree, {DisplayText::date(day)});
        QFont bold = dayItem->font(0);
        bold.setBold(true);
        dayItem->setFont(0, bold);
        dayItem->setFirstColumnSpanned(false);
        qint64 total = 0;
        for (const net::LocalEntry &e : list.value) {
            if (e.entry.deleted || e.entry.startedAt.toLocalTime().date() != day)
                continue;
            const QString span = QStringLiteral("%1 – %2").arg(
                QLocale().toString(e.entry.startedAt.toLocalTime().time(), QLocale::ShortFormat),
                QLocale().toString(e.entry.endedAt.toLocalTime().time(), QLocale::ShortFormat));
            auto *item = new QTreeWidgetItem(
                dayItem, {span, jobTitle(e.entry.jobId), DisplayText::duration(e.entry.seconds()),
                          e.held ? tr("Recovered: awaiting your choice") : stateText(e)});
            item->setData(0, EntryIdRole, e.entry.id.toString(QUuid::WithoutBraces));
            if (e.state == net::SyncState::Rejected)
                item->setForeground(3, QColor(0xB3, 0x26, 0x1E));
            if (!e.entry.note.isEmpty())
                item->setToolTip(1, e.entry.note);
            total += e.entry.seconds();
        }
        dayItem->setText(2, DisplayText::duration(total));
        dayItem->setFont(2, bold);
        weekTotal += total;
    }
    auto *sum = new QTreeWidgetItem(
        m_tree, {tr("Week total"), QString(), DisplayText::duration(weekTotal)});
    QFont bold = sum->font(0);
    bold.setBold(true);
    sum->setFont(0, bold);
    sum->setFont(2, bold);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

void TimesheetDialog::edit(QTreeWidgetItem *item)
{
    if (!item || item->data(0, EntryIdRole).toString().isEmpty())
        return;
    const auto found = m_store->entry(QUuid(item->data(0, EntryIdRole).toString()));
    if (!found.ok() || !found.value)
        return;
    if (found.value->entry.locked) {
        QMessageBox::information(this, tr("Entry locked"),
                                 tr("This week's timesheet is approved; the entry can no "
                                    "longer change."));
        return;
    }
    ManualEntryDialog dialog(m_jobs, this);
    dialog.setEntry(found.value->entry);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const net::Status s = m_store->editEntry(dialog.entry());
    if (!s.ok())
        QMessageBox::warning(this, tr("Not saved"), s.error);
    else
        m_sync->syncNow();
}

} // namespace jobdesk::ui
