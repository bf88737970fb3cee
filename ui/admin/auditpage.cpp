#include "auditpage.h"

#include "apiclient.h"
#include "displaytext.h"
#include "jsondiff.h"
#include "pagedfetch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace jobdesk::ui {

namespace {

constexpr int RecordRole = Qt::UserRole + 1;

// What the server records today; the box stays editable for anything newer.
const QStringList KnownActions = {
    QStringLiteral("user.create"),       QStringLiteral("user.update"),
    QStringLiteral("user.approve"),      QStringLiteral("user.disable"),
    QStringLiteral("user.enable"),       QStringLiteral("skill.put"),
    QStringLiteral("job.create"),        QStringLiteral("job.update"),
    QStringLiteral("job.transition"),    QStringLiteral("job.assign"),
    QStringLiteral("job.cancel"),        QStringLiteral("job.submit"),
    QStringLiteral("job.attach"),        QStringLiteral("offer.create"),
    QStringLiteral("offer.accept"),      QStringLiteral("offer.declined"),
    QStringLiteral("offer.expired"),     QStringLiteral("dispatch.ranked"),
    QStringLiteral("dispatch.offered"),  QStringLiteral("dispatch.declined"),
    QStringLiteral("dispatch.expired"),  QStringLiteral("dispatch.exhausted"),
    QStringLiteral("dispatch.stopped"),  QStringLiteral("dispatch.accepted"),
    QStringLiteral("dispatch.settings"), QStringLiteral("timesheet.approve"),
    QStringLiteral("timesheet.reopen"),  QStringLiteral("upload.create"),
    QStringLiteral("upload.delete"),     QStringLiteral("auth.refresh_reuse"),
};

QString wireTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

AuditPage::AuditPage(net::ApiClient *api, net::RealtimeClient *realtime, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_actor(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_job(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_to(new QDateTimeEdit(this))
    , m_table(new QTreeWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_unchanged(new QCheckBox(tr("Show unchanged fields"), this))
    , m_more(new QPushButton(tr("Load more"), this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    Q_UNUSED(realtime) // the log is read on demand; Refresh shows what is new
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->addItem(tr("Anyone"), 0);
    m_actor->setMinimumContentsLength(16);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    m_action->addItems(KnownActions);
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->setMinimumContentsLength(14);
    m_job->setObjectName(QStringLiteral("auditJob"));
    m_job->setPlaceholderText(tr("Job number"));
    m_job->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_job));
    m_job->setClearButtonEnabled(true);
    m_job->setMaximumWidth(140);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        e->setEnabled(false);
    }
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("From")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setOpenLinks(false);
    m_more->setObjectName(QStringLiteral("auditMore"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Who"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Job"), this));
    filters->addWidget(m_job);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(refresh);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_count);
    paging->addWidget(m_message, 1);
    paging->addWidget(m_more);
    leftLayout->addLayout(paging);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_unchanged);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    // A filter change fetches once the admin stops typing.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &AuditPage::reload);
    const auto changed = [this] { m_debounce->start(); };
    connect(m_actor, &QComboBox::currentIndexChanged, this, changed);
    connect(m_action, &QComboBox::currentTextChanged, this, changed);
    connect(m_job, &QLineEdit::textChanged, this, changed);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_useFrom, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_from->setEnabled(on);
        changed();
    });
    connect(m_useTo, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_to->setEnabled(on);
        changed();
    });
    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::loadMore);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &AuditPage::showDetail);
    connect(m_unchanged, &QCheckBox::toggled, this, &AuditPage::showDetail);
    loadActors();
    reload();
}

QString AuditPage::messageText() const
{
    return m_message->text();
}

void AuditPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                     : QStringLiteral("color: #4a5058;"));
}

void AuditPage::loadActors()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    fetchAllPages(
        m_api, QStringLiteral("/users"), q, this,
        [this](const QJsonArray &items, const net::ApiResult &) {
            QList<std::pair<QString, qint64>> people;
            for (const QJsonValue &v : items) {
                const QJsonObject u = v.toObject();
                const qint64 id = u.value(QStringLiteral("id")).toInteger();
                const QString name = u.value(QStringLiteral("name")).toString();
                m_names.insert(id, name);
                people.append(
                    {tr("%1 (%2)").arg(name, u.value(QStringLiteral("role")).toString()), id});
            }
            std::sort(people.begin(), people.end(), [](const auto &a, const auto &b) {
                return a.first.localeAwareCompare(b.first) < 0;
            });
            {
                const QSignalBlocker block(m_actor);
                const qint64 chosen = m_actor->currentData().toLongLong();
                while (m_actor->count() > 1)
                    m_actor->removeItem(1);
                for (const auto &[label, id] : people)
                    m_actor->addItem(label, id);
                m_actor->setCurrentIndex(qMax(0, m_actor->findData(chosen)));
            }
            // Rows loaded before the names arrived show numbers: name them now.
            for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_table->topLevelItem(i);
                const QJsonObject a = item->data(0, RecordRole).toJsonObject();
                item->setText(ActorColumn, actorName(a.value(QStringLiteral("actorId"))));
            }
        });
}

QString AuditPage::actorName(const QJsonValue &actorId) const
{
    if (actorId.isNull() || actorId.isUndefined())
        return tr("System");
    const qint64 id = actorId.toInteger();
    return m_names.value(id, tr("User %1").arg(id));
}

void AuditPage::setActor(qint64 userId)
{
    int i = m_actor->findData(userId);
    if (i < 0) {
        m_actor->addItem(actorName(userId), userId);
        i = m_actor->count() - 1;
    }
    m_actor->setCurrentIndex(i);
}

void AuditPage::setAction(const QString &action)
{
    m_action->setCurrentText(action);
}

void AuditPage::setJobId(qint64 jobId)
{
    m_job->setText(jobId ? QString::number(jobId) : QString());
}

void AuditPage::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_useFrom->setChecked(from.isValid());
    m_useTo->setChecked(to.isValid());
    if (from.isValid())
        m_from->setDateTime(from.toLocalTime());
    if (to.isValid())
        m_to->setDateTime(to.toLocalTime());
}

QUrlQuery AuditPage::filterQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (const qint64 actor = m_actor->currentData().toLongLong())
        q.addQueryItem(QStringLiteral("actorId"), QString::number(actor));
    const QString action = m_action->currentText().trimmed();
    if (!action.isEmpty())
        q.addQueryItem(QStringLiteral("action"), action);
    if (!m_job->text().trimmed().isEmpty()) {
        q.addQueryItem(QStringLiteral("entity"), QStringLiteral("job"));
        q.addQueryItem(QStringLiteral("entityId"), m_job->text().trimmed());
    }
    if (m_useFrom->isChecked())
        q.addQueryItem(QStringLiteral("from"), wireTime(m_from->dateTime()));
    if (m_useTo->isChecked())
        q.addQueryItem(QStringLiteral("to"), wireTime(m_to->dateTime()));
    return q;
}

void AuditPage::reload()
{
    m_debounce->stop();
    fetch(false);
}

void AuditPage::loadMore()
{
    if (!m_cursor.isEmpty())
        fetch(true);
}

void AuditPage::fetch(bool append)
{
    const int generation = ++m_generation;
    QUrlQuery q = filterQuery();
    if (append)
        q.addQueryItem(QStringLiteral("cursor"), m_cursor);
    m_more->setEnabled(false);
    setMessage(tr("Loading…"), false);
    m_api->get(
        QStringLiteral("/audit"), q, this, [this, generation, append](const net::ApiResult &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                setMessage(tr("The audit log could not be loaded: %1").arg(r.message()), true);
                m_more->setEnabled(!m_cursor.isEmpty());
                return;
            }
            if (!append) {
                m_table->clear();
                m_detail->clear();
            }
            addRows(r.json.value(QStringLiteral("items")).toArray());
            m_cursor = r.json.value(QStringLiteral("nextCursor")).toString();
            m_more->setEnabled(!m_cursor.isEmpty());
            m_count->setText(tr("%n entries shown", nullptr, m_table->topLevelItemCount()) +
                             (m_cursor.isEmpty() ? QString() : tr(", more available")));
            setMessage(m_table->topLevelItemCount() == 0 ? tr("Nothing matches these filters.")
                                                         : QString(),
                       false);
            if (!append && m_table->topLevelItemCount() > 0)
                m_table->setCurrentItem(m_table->topLevelItem(0));
            Q_EMIT loaded();
        });
}

QString AuditPage::recordText(const QJsonObject &a)
{
    // "job 20 · NGO annual report research": the record's own title or name when it has one.
    const QString record = tr("%1 %2").arg(a.value(QStringLiteral("entity")).toString(),
                                           a.value(QStringLiteral("entityId")).toString());
    for (const QString &side : {QStringLiteral("after"), QStringLiteral("before")}) {
        const QJsonObject o = a.value(side).toObject();
        for (const QString &key : {QStringLiteral("title"), QStringLiteral("name")}) {
            const QString label = o.value(key).toString();
            if (!label.isEmpty())
                return tr("%1 · %2").arg(record, label);
        }
    }
    return record;
}

void AuditPage::addRows(const QJsonArray &items)
{
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        auto *item = new QTreeWidgetItem(m_table);
        const QDateTime at = DisplayText::parseTime(a.value(QStringLiteral("at")).toString());
        item->setText(TimeColumn, DisplayText::dateTime(at));
        item->setText(ActorColumn, actorName(a.value(QStringLiteral("actorId"))));
        item->setText(ActionColumn, a.value(QStringLiteral("action")).toString());
        item->setText(RecordColumn, recordText(a));
        item->setText(AddressColumn, a.value(QStringLiteral("address")).toString());
        item->setData(0, RecordRole, a);
    }
}

void AuditPage::showDetail()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item) {
        m_detail->clear();
        return;
    }
    const QJsonObject a = item->data(0, RecordRole).toJsonObject();
    const QDateTime at = DisplayText::parseTime(a.value(QStringLiteral("at")).toString());
    const QList<JsonDiffLine> lines =
        JsonDiff::diff(a.value(QStringLiteral("before")), a.value(QStringLiteral("after")));
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(a.value(QStringLiteral("action")).toString().toHtmlEscaped(),
                 tr("%1 · %2 · %3 %4")
                     .arg(actorName(a.value(QStringLiteral("actorId"))), DisplayText::dateTime(at),
                          a.value(QStringLiteral("entity")).toString(),
                          a.value(QStringLiteral("entityId")).toString())
                     .toHtmlEscaped());
    html += JsonDiff::toHtml(lines, m_unchanged->isChecked());
    m_detail->setHtml(html);
}

} // namespace jobdesk::ui
