#include "entryresolver.h"

#include "displaytext.h"
#include "localstore.h"
#include "syncengine.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

struct Field
{
    QString name;
    QString mine;
    QString server;
};

} // namespace

EntryResolver::EntryResolver(net::LocalStore *store, net::SyncEngine *sync, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_sync(sync)
    , m_title(new QLabel(this))
    , m_explain(new QLabel(this))
    , m_compare(new QWidget(this))
    , m_grid(new QGridLayout(m_compare))
    , m_keepMine(new QPushButton(tr("Keep mine"), this))
    , m_takeServer(new QPushButton(tr("Take the server’s"), this))
    , m_edit(new QPushButton(tr("Edit and resend…"), this))
{
    setObjectName(QStringLiteral("entryResolver"));
    m_title->setObjectName(QStringLiteral("resolverTitle"));
    m_explain->setObjectName(QStringLiteral("resolverExplain"));
    m_explain->setWordWrap(true);
    m_explain->setTextFormat(Qt::PlainText);
    m_compare->setObjectName(QStringLiteral("resolverCompare"));
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_takeServer->setObjectName(QStringLiteral("conflictTakeServer"));
    m_edit->setObjectName(QStringLiteral("rejectedEdit"));
    m_keepMine->setToolTip(tr("Send your copy again; it replaces the server’s."));
    m_takeServer->setToolTip(tr("Replace your copy with the server’s."));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_grid->setContentsMargins(0, 4, 0, 4);
    m_grid->setHorizontalSpacing(18);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeServer);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_explain);
    layout->addWidget(m_compare);
    layout->addLayout(buttons);

    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolve(net::ConflictChoice::KeepMine); });
    connect(m_takeServer, &QPushButton::clicked, this,
            [this] { resolve(net::ConflictChoice::TakeServer); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    clear();
}

QString EntryResolver::jobTitle(qint64 id) const
{
    for (const QJsonObject &j : m_jobs) {
        if (j.value(QStringLiteral("id")).toInteger() == id)
            return j.value(QStringLiteral("title")).toString();
    }
    return tr("Job %1").arg(id);
}

void EntryResolver::clear()
{
    m_id = QUuid();
    hide();
}

void EntryResolver::showEntry(const net::LocalEntry &entry)
{
    m_id = entry.entry.id;
    const bool conflict = entry.state == net::SyncState::Conflict && entry.serverCopy;
    const bool rejected = entry.state == net::SyncState::Rejected;
    if (!conflict && !rejected) {
        clear();
        return;
    }
    m_keepMine->setVisible(conflict);
    m_takeServer->setVisible(conflict);
    m_compare->setVisible(conflict);
    m_edit->setVisible(rejected);
    if (rejected) {
        m_title->setText(tr("The server did not accept this entry"));
        m_explain->setText(
            tr("Reason: %1\nChange what the reason points at (the job, the times) and the "
               "entry is sent again.")
                .arg(entry.reason.isEmpty() ? tr("none given") : entry.reason));
    } else {
        showConflict(entry);
    }
    show();
}

void EntryResolver::showConflict(const net::LocalEntry &entry)
{
    const TimeEntry &mine = entry.entry;
    const TimeEntry &server = *entry.serverCopy;
    m_title->setText(tr("This entry was changed elsewhere"));
    m_explain->setText(tr("The server holds another version of it (changed from another device "
                          "or by an admin). Choose the one to keep; differences are in bold."));
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto span = [](const TimeEntry &e) {
        return tr("%1 – %2").arg(DisplayText::dateTime(e.startedAt),
                                 DisplayText::dateTime(e.endedAt));
    };
    const QList<Field> fields = {
        {tr("Job"), jobTitle(mine.jobId), jobTitle(server.jobId)},
        {tr("Time"), span(mine), span(server)},
        {tr("Duration"), DisplayText::duration(mine.seconds()),
         DisplayText::duration(server.seconds())},
        {tr("Note"), mine.note.isEmpty() ? tr("—") : mine.note,
         server.note.isEmpty() ? tr("—") : server.note},
        {tr("State"), mine.deleted ? tr("Deleted") : tr("Kept"),
         server.deleted ? tr("Deleted") : tr("Kept")},
    };
    const auto header = [this](const QString &text, int column) {
        auto *l = new QLabel(text, m_compare);
        l->setStyleSheet(QStringLiteral("color: #6b7280;"));
        m_grid->addWidget(l, 0, column);
    };
    header(tr("Yours"), 1);
    header(tr("On the server"), 2);
    int row = 1;
    for (const Field &f : fields) {
        auto *name = new QLabel(f.name, m_compare);
        name->setStyleSheet(QStringLiteral("color: #6b7280;"));
        auto *a = new QLabel(f.mine, m_compare);
        auto *b = new QLabel(f.server, m_compare);
        a->setObjectName(QStringLiteral("mine_%1").arg(row));
        b->setObjectName(QStringLiteral("server_%1").arg(row));
        for (QLabel *l : {a, b}) {
            l->setTextFormat(Qt::PlainText);
            l->setWordWrap(true);
            if (f.mine != f.server) {
                QFont bold = l->font();
                bold.setBold(true);
                l->setFont(bold);
            }
        }
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(a, row, 1);
        m_grid->addWidget(b, row, 2);
        ++row;
    }
}

void EntryResolver::resolve(net::ConflictChoice choice)
{
    if (m_id.isNull())
        return;
    const net::Status s = m_store->resolveConflict(m_id, choice);
    if (!s.ok()) {
        Q_EMIT message(s.error);
        return;
    }
    if (choice == net::ConflictChoice::KeepMine)
        m_sync->syncNow();
    Q_EMIT message(choice == net::ConflictChoice::KeepMine
                       ? tr("Your copy is being sent again.")
                       : tr("The server’s copy is now yours too."));
}

} // namespace jobdesk::ui
