#include "workereditor.h"

#include "adminformat.h"
#include "apiclient.h"
#include "availabilityeditor.h"
#include "skillseditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

const QString SkillsKey = QStringLiteral("skills");
const QString CapacityKey = QStringLiteral("capacity");
const QString RateKey = QStringLiteral("hourlyRateCents");
const QString ZoneKey = QStringLiteral("timeZone");
const QString AvailabilityKey = QStringLiteral("availability");

// The same shape and number types whether it came from the wire or the form,
// so the two compare field by field.
QJsonObject normalise(const QJsonObject &p)
{
    QJsonArray skills;
    for (const QJsonValue &v : p.value(SkillsKey).toArray()) {
        const QJsonObject o = v.toObject();
        skills.append(QJsonObject{
            {QStringLiteral("skill"), o.value(QStringLiteral("skill")).toString()},
            {QStringLiteral("level"), qint64(o.value(QStringLiteral("level")).toInteger())}});
    }
    QJsonArray slots;
    for (const QJsonValue &v : p.value(AvailabilityKey).toArray()) {
        const QJsonObject o = v.toObject();
        slots.append(QJsonObject{
            {QStringLiteral("weekday"), qint64(o.value(QStringLiteral("weekday")).toInteger())},
            {QStringLiteral("startMinute"),
             qint64(o.value(QStringLiteral("startMinute")).toInteger())},
            {QStringLiteral("endMinute"),
             qint64(o.value(QStringLiteral("endMinute")).toInteger())}});
    }
    return QJsonObject{{SkillsKey, skills},
                       {CapacityKey, qint64(p.value(CapacityKey).toInteger(1))},
                       {RateKey, qint64(p.value(RateKey).toInteger())},
                       {ZoneKey, p.value(ZoneKey).toString()},
                       {AvailabilityKey, slots}};
}

QJsonObject baseProfile(const QJsonObject &user)
{
    return normalise(user.value(QStringLiteral("profile")).toObject());
}

QLabel *errorLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

const QStringList WorkerEditor::Fields = {SkillsKey, CapacityKey, RateKey, ZoneKey,
                                          AvailabilityKey};

WorkerEditor::WorkerEditor(net::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_approve(new QPushButton(tr("Approve registration"), this))
    , m_disable(new QPushButton(tr("Disable account"), this))
    , m_enable(new QPushButton(tr("Enable account"), this))
    , m_skills(new SkillsEditor(this))
    , m_capacity(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_zone(new QComboBox(this))
    , m_availability(new AvailabilityEditor(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save changes"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_approve->setObjectName(QStringLiteral("editorApprove"));
    m_disable->setObjectName(QStringLiteral("editorDisable"));
    m_enable->setObjectName(QStringLiteral("editorEnable"));
    m_capacity->setObjectName(QStringLiteral("editorCapacity"));
    m_capacity->setRange(1, 50);
    m_capacity->setSuffix(tr(" jobs at once"));
    m_rate->setObjectName(QStringLiteral("editorRate"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(2);
    m_rate->setSuffix(tr(" per hour"));
    m_zone->setObjectName(QStringLiteral("editorTimeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("editorRevert"));

    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_status);
    accountButtons->addStretch();
    accountButtons->addWidget(m_approve);
    accountButtons->addWidget(m_disable);
    accountButtons->addWidget(m_enable);

    for (const QString &f : Fields)
        m_errors.insert(f, errorLabel(f, this));
    const auto withError = [this](QWidget *field, const QString &key) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(m_errors.value(key));
        return box;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the tables get the full width
    form->addRow(tr("Skills"), withError(m_skills, SkillsKey));
    form->addRow(tr("Capacity"), withError(m_capacity, CapacityKey));
    form->addRow(tr("Hourly rate"), withError(m_rate, RateKey));
    form->addRow(tr("Time zone"), withError(m_zone, ZoneKey));
    form->addRow(tr("Weekly availability"), withError(m_availability, AvailabilityKey));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(accountButtons);
    layout->addLayout(form);
    layout->addLayout(bottom);
    layout->addStretch();

    connect(m_skills, &SkillsEditor::changed, this, &WorkerEditor::updateState);
    connect(m_availability, &AvailabilityEditor::changed, this, &WorkerEditor::updateState);
    connect(m_capacity, &QSpinBox::valueChanged, this, &WorkerEditor::updateState);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &WorkerEditor::updateState);
    connect(m_zone, &QComboBox::currentTextChanged, this, &WorkerEditor::updateState);
    connect(m_save, &QPushButton::clicked, this, &WorkerEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &WorkerEditor::revert);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { setAccountStatus(QStringLiteral("approve")); });
    connect(m_disable, &QPushButton::clicked, this,
            [this] { setAccountStatus(QStringLiteral("disable")); });
    connect(m_enable, &QPushButton::clicked, this,
            [this] { setAccountStatus(QStringLiteral("enable")); });
    clear();
}

void WorkerEditor::setCatalogue(const QList<std::pair<QString, QString>> &skills)
{
    const QSignalBlocker block(m_skills);
    m_skills->setCatalogue(skills);
}

qint64 WorkerEditor::userId() const
{
    return m_base.value(QStringLiteral("id")).toInteger();
}

void WorkerEditor::clear()
{
    m_base = {};
    loadForm(normalise({}));
    clearFieldErrors();
    setMessage(tr("Choose a worker on the left."), false);
    updateState();
}

void WorkerEditor::showUser(const QJsonObject &user)
{
    const qint64 id = user.value(QStringLiteral("id")).toInteger();
    if (id != 0 && id == userId() && isDirty()) {
        const QStringList both = rebase(user);
        if (!both.isEmpty()) {
            QStringList names;
            for (const QString &f : both)
                names << fieldName(f);
            setMessage(tr("Someone else just changed %1 too; your edit is kept. "
                          "Save to keep yours, or Revert to take theirs.")
                           .arg(names.join(tr(", "))),
                       true);
        }
        return;
    }
    const bool same = id == userId();
    m_base = user;
    loadForm(baseProfile(user));
    if (!same) {
        clearFieldErrors();
        setMessage(QString(), false);
    }
    updateState();
}

bool WorkerEditor::isDirty() const
{
    return !m_base.isEmpty() && profile() != baseProfile(m_base);
}

QJsonObject WorkerEditor::profile() const
{
    return normalise(QJsonObject{{SkillsKey, m_skills->skills()},
                                 {CapacityKey, m_capacity->value()},
                                 {RateKey, AdminFormat::cents(m_rate->value())},
                                 {ZoneKey, m_zone->currentText().trimmed()},
                                 {AvailabilityKey, m_availability->slots()}});
}

QString WorkerEditor::message() const
{
    return m_message->text();
}

QString WorkerEditor::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l ? l->text() : QString();
}

void WorkerEditor::loadForm(const QJsonObject &p)
{
    const QSignalBlocker b1(m_skills), b2(m_capacity), b3(m_rate), b4(m_zone), b5(m_availability);
    m_skills->setSkills(p.value(SkillsKey).toArray());
    m_capacity->setValue(int(p.value(CapacityKey).toInteger(1)));
    m_rate->setValue(double(p.value(RateKey).toInteger()) / 100.0);
    m_zone->setCurrentText(p.value(ZoneKey).toString());
    m_availability->setSlots(p.value(AvailabilityKey).toArray());
}

QStringList WorkerEditor::rebase(const QJsonObject &fresh)
{
    const QJsonObject oldBase = baseProfile(m_base);
    const QJsonObject form = profile();
    const QJsonObject theirs = baseProfile(fresh);
    QJsonObject merged = theirs;
    QStringList both;
    for (const QString &f : Fields) {
        if (form.value(f) == oldBase.value(f))
            continue; // untouched here: take theirs
        merged.insert(f, form.value(f));
        if (theirs.value(f) != oldBase.value(f) && theirs.value(f) != form.value(f))
            both << f;
    }
    m_base = fresh;
    loadForm(merged);
    updateState();
    return both;
}

void WorkerEditor::revert()
{
    loadForm(baseProfile(m_base));
    clearFieldErrors();
    setMessage(QString(), false);
    updateState();
}

void WorkerEditor::save()
{
    if (m_busy || !isDirty())
        return;
    const QJsonObject form = profile();
    const QJsonObject base = baseProfile(m_base);
    QJsonObject changed;
    for (const QString &f : Fields) {
        if (form.value(f) != base.value(f))
            changed.insert(f, form.value(f));
    }
    const qint64 id = userId();
    const QByteArray etag =
        '"' + QByteArray::number(m_base.value(QStringLiteral("version")).toInteger()) + '"';
    setBusy(true);
    clearFieldErrors();
    setMessage(tr("Saving…"), false);
    m_api->send(
        "PATCH", QStringLiteral("/users/%1").arg(id), {{QStringLiteral("profile"), changed}}, this,
        [this, id](const net::ApiResult &r) {
            setBusy(false);
            if (id != userId())
                return; // another worker is shown now; the table reloads on its own
            if (r.ok()) {
                rebase(r.json);
                setMessage(tr("Saved."), false);
                Q_EMIT userSaved(r.json);
                return;
            }
            if (r.status == 412) {
                const QJsonObject current = r.json.value(QStringLiteral("current")).toObject();
                if (current.isEmpty()) {
                    handleFailure(r, tr("Not saved"));
                    return;
                }
                const QStringList both = rebase(current);
                QStringList names;
                for (const QString &f : both)
                    names << fieldName(f);
                setMessage(both.isEmpty()
                               ? tr("Someone else changed this worker meanwhile. Their changes "
                                    "are loaded and your edits are kept: check and save again.")
                               : tr("Someone else changed this worker meanwhile, including %1. "
                                    "Your edits are kept: check and save again, or Revert "
                                    "to take theirs.")
                                     .arg(names.join(tr(", "))),
                           true);
                Q_EMIT userSaved(current);
                return;
            }
            handleFailure(r, tr("Not saved"));
        },
        {{QByteArrayLiteral("If-Match"), etag}});
}

void WorkerEditor::setAccountStatus(const QString &action)
{
    if (m_busy || m_base.isEmpty())
        return;
    const qint64 id = userId();
    setBusy(true);
    m_api->post(QStringLiteral("/users/%1/%2").arg(id).arg(action), {}, this,
                [this, id, action](const net::ApiResult &r) {
                    setBusy(false);
                    if (id != userId())
                        return;
                    if (!r.ok()) {
                        handleFailure(r, tr("The account was not changed"));
                        return;
                    }
                    rebase(r.json);
                    setMessage(action == QLatin1String("approve")
                                   ? tr("Registration approved: the worker can sign in.")
                               : action == QLatin1String("disable")
                                   ? tr("Account disabled: the worker is signed out.")
                                   : tr("Account enabled."),
                               false);
                    Q_EMIT userSaved(r.json);
                });
}

void WorkerEditor::handleFailure(const net::ApiResult &r, const QString &what)
{
    const QJsonObject errors = r.json.value(QStringLiteral("errors")).toObject();
    if (!errors.isEmpty()) {
        showFieldErrors(errors);
        setMessage(tr("%1: check the fields marked in red.").arg(what), true);
        return;
    }
    setMessage(r.offline() ? tr("%1: %2 Your edits are kept.").arg(what, r.message())
                           : tr("%1: %2").arg(what, r.message()),
               true);
}

void WorkerEditor::showFieldErrors(const QJsonObject &errors)
{
    QHash<QString, QStringList> byField;
    QStringList other;
    static const QString prefix = QStringLiteral("profile.");
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        QStringList messages;
        for (const QJsonValue &m : it.value().toArray())
            messages << m.toString();
        QString path = it.key();
        if (path.startsWith(prefix))
            path = path.mid(prefix.size());
        QString field = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        if (!m_errors.contains(field)) {
            other << tr("%1: %2").arg(it.key(), messages.join(tr("; ")));
            continue;
        }
        // "skills[1].level" → "row 2, level: must be ..."
        QString where;
        const qsizetype open = path.indexOf(QLatin1Char('['));
        if (open > 0) {
            const int row = path.mid(open + 1, path.indexOf(QLatin1Char(']')) - open - 1).toInt();
            const QString leaf = path.section(QLatin1Char('.'), 1);
            where = leaf.isEmpty() ? tr("row %1: ").arg(row + 1)
                                   : tr("row %1, %2: ").arg(row + 1).arg(leaf);
        }
        for (const QString &m : messages)
            byField[field] << where + m;
    }
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        QLabel *l = m_errors.value(it.key());
        l->setText(it.value().join(QLatin1Char('\n')));
        l->show();
    }
    if (!other.isEmpty())
        setMessage(other.join(QLatin1Char('\n')), true);
}

void WorkerEditor::clearFieldErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
}

void WorkerEditor::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;")
                                     : QStringLiteral("color: #4a5058;"));
}

void WorkerEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

QString WorkerEditor::fieldName(const QString &field) const
{
    if (field == SkillsKey)
        return tr("skills");
    if (field == CapacityKey)
        return tr("capacity");
    if (field == RateKey)
        return tr("hourly rate");
    if (field == ZoneKey)
        return tr("time zone");
    return tr("availability");
}

void WorkerEditor::updateState()
{
    const bool shown = !m_base.isEmpty();
    const QString status = m_base.value(QStringLiteral("status")).toString();
    if (shown) {
        m_title->setText(
            QStringLiteral("<h3 style=\"margin:0\">%1</h3><span>%2</span>")
                .arg(m_base.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                     m_base.value(QStringLiteral("email")).toString().toHtmlEscaped()));
    } else {
        m_title->setText(tr("<h3 style=\"margin:0\">No worker selected</h3>"));
    }
    const bool pending = status == QLatin1String("pending");
    const bool active = status == QLatin1String("active");
    const bool disabled = status == QLatin1String("disabled");
    m_status->setText(pending    ? tr("Registration waiting for approval")
                      : active   ? tr("Active")
                      : disabled ? tr("Disabled: cannot sign in or get offers")
                                 : QString());
    m_status->setStyleSheet(pending    ? QStringLiteral("color: #8a5500; font-weight: bold;")
                            : disabled ? QStringLiteral("color: #a3261e; font-weight: bold;")
                                       : QStringLiteral("color: #1b6b3a; font-weight: bold;"));
    m_approve->setVisible(pending);
    m_disable->setVisible(active);
    m_enable->setVisible(disabled);
    const bool dirty = isDirty();
    for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_disable),
                       static_cast<QWidget *>(m_enable)})
        w->setEnabled(shown && !m_busy);
    for (QWidget *w : {static_cast<QWidget *>(m_skills), static_cast<QWidget *>(m_capacity),
                       static_cast<QWidget *>(m_rate), static_cast<QWidget *>(m_zone),
                       static_cast<QWidget *>(m_availability)})
        w->setEnabled(shown);
    m_save->setEnabled(shown && dirty && !m_busy);
    m_revert->setEnabled(shown && dirty && !m_busy);
    m_save->setToolTip(dirty ? tr("Save the changed fields") : tr("Nothing changed yet"));
}

} // namespace jobdesk::ui
