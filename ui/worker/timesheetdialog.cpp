#include "timesheetdialog.h"

#include "displaytext.h"
#include "entryresolver.h"
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
        return TimesheetDialog::tr("Changed elsewhere: choose a copy");
    }
    return {};
}

QString heldText(const net::LocalEntry &e)
{
    switch (e.entry.source) {
    case TimeEntrySource::Recovered:
        return TimesheetDialog::tr("Recovered: awaiting your choice");
    case TimeEntrySource::Manual: // a held gap
        return TimesheetDialog::tr("Computer asleep or clock changed: awaiting your choice");
    case TimeEntrySource::Timer:
        break;
    }
    return TimesheetDialog::tr("Time away: awaiting your choice");
}

} // namespace

TimesheetDialog::TimesheetDialog(net::LocalStore *store, net::SyncEngine *sync,
                                 QList<QJsonObject> jobs, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_sync(sync)
    , m_jobs(std::move(jobs))
    , m_week(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_resolver(new EntryResolver(store, sync, this))
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
    m_attention->setObjectName(QStringLiteral("timesheetAttention"));
    m_attention->setStyleSheet(QStringLiteral("color: #8a5500;"));
    m_status->setObjectName(QStringLiteral("timesheetStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #4a5058;"));
    m_resolver->setJobs(m_jobs);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(editButton);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(m_attention);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_resolver);
    layout->addLayout(bottom);
    resize(820, 600);

    connect(prev, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    const auto idOf = [](const QTreeWidgetItem *item) {
        return item ? QUuid(item->data(0, EntryIdRole).toString()) : QUuid();
    };
    connect(editButton, &QPushButton::clicked, this,
            [this, idOf] { edit(idOf(m_tree->currentItem())); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this, idOf](QTreeWidgetItem *item) { edit(idOf(item)); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TimesheetDialog::selectionChanged);
    connect(m_resolver, &EntryResolver::editRequested, this, &TimesheetDialog::edit);
    connect(m_resolver, &EntryResolver::message, m_status, &QLabel::setText);
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
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QUuid selected =
        current ? QUuid(current->data(0, EntryIdRole).toString()) : m_resolver->entryId();
    m_week->setText(
        tr("%1 – %2").arg(QLocale().toString(m_monday, QLocale::ShortFormat),
                          QLocale().toString(m_monday.addDays(6), QLocale::ShortFormat)));
    m_tree->clear();
    const QDateTime from = QDateTime(m_monday, QTime(0, 0)).toUTC();
    const auto list = m_store->entries(from, from.addDays(7));
    qint64 weekTotal = 0;
    int attention = 0;
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
            const QString span = tr("%1 – %2").arg(
                QLocale().toString(e.entry.startedAt.toLocalTime().time(), QLocale::ShortFormat),
                QLocale().toString(e.entry.endedAt.toLocalTime().time(), QLocale::ShortFormat));
            auto *item = new QTreeWidgetItem(dayItem, {span, jobTitle(e.entry.jobId),
                                                       DisplayText::duration(e.entry.seconds()),
                                                       e.held ? heldText(e) : stateText(e)});
            item->setData(0, EntryIdRole, e.entry.id.toString(QUuid::WithoutBraces));
            const bool refused =
                e.state == net::SyncState::Rejected || e.state == net::SyncState::Conflict;
            if (refused && !e.held) {
                ++attention;
                item->setForeground(3, e.state == net::SyncState::Rejected
                                           ? QColor(0xB3, 0x26, 0x1E)
                                           : QColor(0x8A, 0x55, 0x00));
            }
            if (e.held) {
                for (int c = 0; c < 4; ++c)
                    item->setForeground(c, QColor(0x6B, 0x72, 0x80));
            }
            if (!e.entry.note.isEmpty())
                item->setToolTip(1, e.entry.note);
            if (!e.held) // held time counts once the worker keeps it
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
    m_attention->setText(
        tr("%n entries need your attention: select one to see what to do.", nullptr, attention));
    m_attention->setVisible(attention > 0);
    if (selected.isNull() || !selectEntry(selected))
        m_resolver->clear();
}

bool TimesheetDialog::selectEntry(const QUuid &id)
{
    const QString key = id.toString(QUuid::WithoutBraces);
    for (int d = 0; d < m_tree->topLevelItemCount(); ++d) {
        QTreeWidgetItem *day = m_tree->topLevelItem(d);
        for (int i = 0; i < day->childCount(); ++i) {
            if (day->child(i)->data(0, EntryIdRole).toString() == key) {
                m_tree->setCurrentItem(day->child(i));
                selectionChanged();
                return true;
            }
        }
    }
    return false;
}

void TimesheetDialog::selectionChanged()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(0, EntryIdRole).toString() : QString();
    if (id.isEmpty()) {
        m_resolver->clear();
        return;
    }
    const auto found = m_store->entry(QUuid(id));
    if (found.value && !found.value->held)
        m_resolver->showEntry(*found.value);
    else
        m_resolver->clear();
}

void TimesheetDialog::edit(const QUuid &id)
{
    if (id.isNull())
        return;
    const auto found = m_store->entry(id);
    if (!found.ok() || !found.value || found.value->held)
        return;
    if (found.value->entry.locked) {
        QMessageBox::information(this, tr("Entry locked"),
                                 tr("This week's timesheet is approved; the entry can no "
                                    "longer change."));
        return;
    }
    auto *dialog = new ManualEntryDialog(m_jobs, this);
    dialog->setObjectName(QStringLiteral("editEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(found.value->entry);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const net::Status s = m_store->editEntry(dialog->entry());
        if (!s.ok()) {
            QMessageBox::warning(this, tr("Not saved"), s.error);
            return;
        }
        m_status->setText(tr("Saved; the entry is sent again."));
        m_sync->syncNow();
    });
    dialog->open();
}

} // namespace jobdesk::ui
