#include "workerspage.h"

#include "adminformat.h"
#include "apiclient.h"
#include "pagedfetch.h"
#include "realtimeclient.h"
#include "workereditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace jobdesk::ui {

namespace {

int statusOrder(const QString &status)
{
    if (status == QLatin1String("pending"))
        return 0;
    if (status == QLatin1String("active"))
        return 1;
    return 2;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return WorkersPage::tr("Waiting for approval");
    if (status == QLatin1String("active"))
        return WorkersPage::tr("Active");
    if (status == QLatin1String("disabled"))
        return WorkersPage::tr("Disabled");
    return status;
}

} // namespace

WorkersPage::WorkersPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_table(new QTreeWidget(this))
    , m_editor(new WorkerEditor(api, this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_statsTimer(new QTimer(this))
{
    m_table->setObjectName(QStringLiteral("workersTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Worker"), tr("Status"), tr("Skills"), tr("Capacity"),
                              tr("Rate / h"), tr("Load"), tr("This week"), tr("On time"),
                              tr("Revisions"), tr("Rating"), QString()});
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(SkillsColumn, QHeaderView::Stretch);
    m_table->headerItem()->setToolTip(LoadColumn, tr("Jobs held now / capacity"));
    m_table->headerItem()->setToolTip(OnTimeColumn, tr("Completed jobs delivered by the due date"));
    m_table->headerItem()->setToolTip(RevisionColumn,
                                      tr("Completed jobs that needed at least one revision"));
    m_search->setObjectName(QStringLiteral("workersSearch"));
    m_search->setPlaceholderText(tr("Search name, email or skill"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("workersStatus"));
    m_statusFilter->addItem(tr("All workers"), QString());
    m_statusFilter->addItem(tr("Waiting for approval"), QStringLiteral("pending"));
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_message->setObjectName(QStringLiteral("workersMessage"));
    m_message->setWordWrap(true);
    auto *reloadButton = new QPushButton(tr("Reload"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_statusFilter);
    top->addWidget(m_message, 3);
    top->addWidget(reloadButton);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({940, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // Stats move with every job and timer event; one fetch per burst is enough.
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(1500);
    connect(m_statsTimer, &QTimer::timeout, this, &WorkersPage::reloadStats);
    connect(reloadButton, &QPushButton::clicked, this, &WorkersPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &WorkersPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &WorkersPage::applyFilter);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &WorkersPage::showSelected);
    connect(m_editor, &WorkerEditor::userSaved, this, &WorkersPage::userChanged);
    if (realtime)
        connect(realtime, &net::RealtimeClient::event, this, &WorkersPage::onEvent);
    reload();
}

QString WorkersPage::messageText() const
{
    return m_message->text();
}

void WorkersPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                     : QStringLiteral("color: #4a5058;"));
}

void WorkersPage::reload()
{
    const int generation = ++m_generation;
    setMessage(tr("Loading workers…"), false);
    auto remaining = std::make_shared<int>(3);
    auto problems = std::make_shared<QStringList>();
    const auto finish = [this, generation, remaining, problems] {
        if (--*remaining > 0 || generation != m_generation)
            return;
        m_loaded = true;
        m_editor->setCatalogue(m_catalogue);
        rebuild();
        // The shown worker as read now; edits in progress are kept (WorkerEditor).
        if (m_shown && m_users.contains(m_shown))
            m_editor->showUser(m_users.value(m_shown));
        setMessage(problems->join(QLatin1Char('\n')), !problems->isEmpty());
        Q_EMIT loaded();
    };
    QUrlQuery users;
    users.addQueryItem(QStringLiteral("role"), QStringLiteral("worker"));
    users.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    fetchAllPages(
        m_api, QStringLiteral("/users"), users, this,
        [this, generation, finish, problems](const QJsonArray &items, const net::ApiResult &r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_users.clear();
                for (const QJsonValue &v : items)
                    m_users.insert(v.toObject().value(QStringLiteral("id")).toInteger(),
                                   v.toObject());
            } else {
                *problems << tr("Workers could not be loaded: %1").arg(r.message());
            }
            finish();
        });
    m_api->get(QStringLiteral("/workers/stats"), {}, this,
               [this, generation, finish, problems](const net::ApiResult &r) {
                   if (generation != m_generation)
                       return;
                   if (r.ok()) {
                       m_stats.clear();
                       for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
                           m_stats.insert(
                               v.toObject().value(QStringLiteral("workerId")).toInteger(),
                               v.toObject());
                   } else {
                       *problems << tr("Statistics are unavailable: %1").arg(r.message());
                   }
                   finish();
               });
    m_api->get(
        QStringLiteral("/skills"), {}, this, [this, generation, finish](const net::ApiResult &r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_catalogue.clear();
                for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
                    m_catalogue.append({v.toObject().value(QStringLiteral("key")).toString(),
                                        v.toObject().value(QStringLiteral("name")).toString()});
            }
            finish();
        });
}

void WorkersPage::reloadStats()
{
    m_api->get(QStringLiteral("/workers/stats"), {}, this, [this](const net::ApiResult &r) {
        if (!r.ok())
            return;
        m_stats.clear();
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            m_stats.insert(v.toObject().value(QStringLiteral("workerId")).toInteger(),
                           v.toObject());
        for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
            if (QTreeWidgetItem *item = itemFor(it.key()))
                fillRow(item, it.value());
        }
    });
}

QString WorkersPage::skillsText(const QJsonObject &profile) const
{
    QStringList parts;
    for (const QJsonValue &v : profile.value(QStringLiteral("skills")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString key = s.value(QStringLiteral("skill")).toString();
        QString name = key;
        for (const auto &[k, n] : m_catalogue) {
            if (k == key)
                name = n;
        }
        parts << tr("%1 %2").arg(name).arg(s.value(QStringLiteral("level")).toInt());
    }
    return parts.join(tr(", "));
}

void WorkersPage::rebuild()
{
    const qint64 current = m_shown;
    QList<QJsonObject> users = m_users.values();
    std::sort(users.begin(), users.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int sa = statusOrder(a.value(QStringLiteral("status")).toString());
        const int sb = statusOrder(b.value(QStringLiteral("status")).toString());
        if (sa != sb)
            return sa < sb;
        return a.value(QStringLiteral("name"))
                   .toString()
                   .localeAwareCompare(b.value(QStringLiteral("name")).toString()) < 0;
    });
    {
        const QSignalBlocker block(m_table);
        m_table->clear();
        for (const QJsonObject &u : users) {
            auto *item = new QTreeWidgetItem(m_table);
            item->setData(NameColumn, UserIdRole, u.value(QStringLiteral("id")).toInteger());
            fillRow(item, u);
        }
        if (QTreeWidgetItem *item = itemFor(current))
            m_table->setCurrentItem(item);
    }
    applyFilter();
    if (!current && m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));
}

void WorkersPage::fillRow(QTreeWidgetItem *item, const QJsonObject &user)
{
    const qint64 id = user.value(QStringLiteral("id")).toInteger();
    const QJsonObject profile = user.value(QStringLiteral("profile")).toObject();
    const QJsonObject stats = m_stats.value(id);
    const QString status = user.value(QStringLiteral("status")).toString();
    const int capacity = profile.value(QStringLiteral("capacity")).toInt(1);
    item->setText(NameColumn, user.value(QStringLiteral("name")).toString());
    item->setToolTip(NameColumn, user.value(QStringLiteral("email")).toString());
    item->setText(StatusColumn, statusText(status));
    item->setForeground(StatusColumn, status == QLatin1String("pending") ? QColor(0x8a, 0x55, 0x00)
                                      : status == QLatin1String("disabled")
                                          ? QColor(0xa3, 0x26, 0x1e)
                                          : QColor(0x1b, 0x6b, 0x3a));
    QFont bold = item->font(StatusColumn);
    bold.setBold(status == QLatin1String("pending"));
    item->setFont(StatusColumn, bold);
    item->setText(SkillsColumn, skillsText(profile));
    item->setToolTip(SkillsColumn, skillsText(profile));
    item->setText(CapacityColumn, QLocale().toString(capacity));
    item->setText(RateColumn,
                  AdminFormat::money(profile.value(QStringLiteral("hourlyRateCents")).toInteger()));
    for (int c : {CapacityColumn, RateColumn, LoadColumn, WeekColumn, OnTimeColumn, RevisionColumn,
                  RatingColumn})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (stats.isEmpty()) {
        for (int c : {LoadColumn, WeekColumn, OnTimeColumn, RevisionColumn, RatingColumn})
            item->setText(c, tr("—"));
    } else {
        const int held = stats.value(QStringLiteral("heldJobs")).toInt();
        item->setText(LoadColumn, tr("%1 / %2").arg(held).arg(capacity));
        item->setForeground(LoadColumn, held >= capacity ? QColor(0xa3, 0x26, 0x1e)
                                                         : m_table->palette().text().color());
        item->setText(WeekColumn, AdminFormat::minutes(
                                      stats.value(QStringLiteral("minutesThisWeek")).toInteger()));
        item->setText(OnTimeColumn, AdminFormat::rate(stats.value(QStringLiteral("onTimeRate"))));
        item->setText(RevisionColumn,
                      AdminFormat::rate(stats.value(QStringLiteral("revisionRate"))));
        item->setText(RatingColumn, AdminFormat::rating(stats.value(QStringLiteral("rating"))));
        item->setToolTip(RatingColumn, tr("%n rated job(s)", nullptr,
                                          stats.value(QStringLiteral("ratedJobs")).toInt()));
    }
    if (status == QLatin1String("pending")) {
        if (!m_table->itemWidget(item, ActionColumn)) {
            auto *approveButton = new QPushButton(tr("Approve"), m_table);
            approveButton->setObjectName(QStringLiteral("approve_%1").arg(id));
            connect(approveButton, &QPushButton::clicked, this, [this, id] { approve(id); });
            m_table->setItemWidget(item, ActionColumn, approveButton);
        }
    } else if (m_table->itemWidget(item, ActionColumn)) {
        m_table->removeItemWidget(item, ActionColumn);
    }
}

QTreeWidgetItem *WorkersPage::itemFor(qint64 userId) const
{
    for (int i = 0; userId && i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->data(NameColumn, UserIdRole).toLongLong() == userId)
            return item;
    }
    return nullptr;
}

void WorkersPage::selectWorker(qint64 userId)
{
    if (QTreeWidgetItem *item = itemFor(userId))
        m_table->setCurrentItem(item);
}

void WorkersPage::applyFilter()
{
    const QString text = m_search->text().trimmed();
    const QString status = m_statusFilter->currentData().toString();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        const QJsonObject u = m_users.value(item->data(NameColumn, UserIdRole).toLongLong());
        const bool statusOk =
            status.isEmpty() || u.value(QStringLiteral("status")).toString() == status;
        const bool textOk =
            text.isEmpty() ||
            u.value(QStringLiteral("name")).toString().contains(text, Qt::CaseInsensitive) ||
            u.value(QStringLiteral("email")).toString().contains(text, Qt::CaseInsensitive) ||
            item->text(SkillsColumn).contains(text, Qt::CaseInsensitive);
        item->setHidden(!(statusOk && textOk));
    }
}

void WorkersPage::showSelected()
{
    QTreeWidgetItem *item = m_table->currentItem();
    const qint64 id = item ? item->data(NameColumn, UserIdRole).toLongLong() : 0;
    if (id == m_shown)
        return;
    if (m_shown && m_editor->isDirty()) {
        // Moving away would drop what was typed: only on the admin's word.
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("Your changes to %1 are not saved. Discard them?")
                .arg(m_users.value(m_shown).value(QStringLiteral("name")).toString()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker block(m_table);
            m_table->setCurrentItem(itemFor(m_shown));
            return;
        }
    }
    m_shown = id;
    if (id)
        m_editor->showUser(m_users.value(id));
    else
        m_editor->clear();
}

void WorkersPage::approve(qint64 userId)
{
    if (auto *button = m_table->findChild<QPushButton *>(QStringLiteral("approve_%1").arg(userId)))
        button->setEnabled(false);
    m_api->post(QStringLiteral("/users/%1/approve").arg(userId), {}, this,
                [this, userId](const net::ApiResult &r) {
                    const QString name =
                        m_users.value(userId).value(QStringLiteral("name")).toString();
                    if (!r.ok()) {
                        setMessage(tr("%1 was not approved: %2").arg(name, r.message()), true);
                        if (auto *button = m_table->findChild<QPushButton *>(
                                QStringLiteral("approve_%1").arg(userId)))
                            button->setEnabled(true);
                        if (r.problemType() == QLatin1String("not-pending"))
                            reload();
                        return;
                    }
                    setMessage(tr("%1 is approved and can sign in now.").arg(name), false);
                    userChanged(r.json);
                });
}

void WorkersPage::userChanged(const QJsonObject &user)
{
    const qint64 id = user.value(QStringLiteral("id")).toInteger();
    if (!id || user.value(QStringLiteral("role")).toString() != QLatin1String("worker"))
        return;
    const QString before = m_users.value(id).value(QStringLiteral("status")).toString();
    m_users.insert(id, user);
    if (id == m_shown && m_editor->userId() == id &&
        m_editor->user().value(QStringLiteral("version")).toInteger() <
            user.value(QStringLiteral("version")).toInteger())
        m_editor->showUser(user);
    QTreeWidgetItem *item = itemFor(id);
    if (!item || before != user.value(QStringLiteral("status")).toString()) {
        rebuild(); // a new worker or a new status moves the row
        return;
    }
    fillRow(item, user);
    applyFilter();
}

void WorkersPage::onEvent(qint64, const QString &type, const QJsonObject &payload)
{
    if (type == QLatin1String("user.updated") || type == QLatin1String("user.registered")) {
        userChanged(payload);
        return;
    }
    if (type.startsWith(QLatin1String("job.")) || type.startsWith(QLatin1String("offer.")) ||
        type.startsWith(QLatin1String("time_entries.")))
        m_statsTimer->start();
}

} // namespace jobdesk::ui
