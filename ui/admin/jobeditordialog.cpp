#include "jobeditordialog.h"

#include "apiclient.h"
#include "attachmentlist.h"
#include "dispatchwords.h"
#include "displaytext.h"
#include "skillrequirementsedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUuid>
#include <QVBoxLayout>

#include <cmath>

namespace jobdesk::ui {

namespace {

const QStringList FieldKeys = {QStringLiteral("title"),           QStringLiteral("clientRef"),
                               QStringLiteral("category"),        QStringLiteral("urgency"),
                               QStringLiteral("estimateMinutes"), QStringLiteral("dueAt"),
                               QStringLiteral("requiredSkills"),  QStringLiteral("description")};

QString fieldName(const QString &key)
{
    if (key == QLatin1String("title"))
        return JobEditorDialog::tr("title");
    if (key == QLatin1String("clientRef"))
        return JobEditorDialog::tr("client reference");
    if (key == QLatin1String("category"))
        return JobEditorDialog::tr("category");
    if (key == QLatin1String("urgency"))
        return JobEditorDialog::tr("urgency");
    if (key == QLatin1String("estimateMinutes"))
        return JobEditorDialog::tr("estimate");
    if (key == QLatin1String("dueAt"))
        return JobEditorDialog::tr("due date");
    if (key == QLatin1String("requiredSkills"))
        return JobEditorDialog::tr("required skills");
    if (key == QLatin1String("description"))
        return JobEditorDialog::tr("description");
    return key;
}

QString wireTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

JobEditorDialog::JobEditorDialog(net::ApiClient *api, const QJsonArray &skills,
                                 const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_title(new QLineEdit(this))
    , m_clientRef(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_estimate(new QDoubleSpinBox(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(new QDateTimeEdit(this))
    , m_skills(new SkillRequirementsEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_attachments(new AttachmentList(this))
    , m_staleBanner(new QWidget(this))
    , m_staleText(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload, keep my edits"), this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setWindowTitle(tr("New job"));
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_clientRef->setObjectName(QStringLiteral("jobClientRef"));
    m_category->setObjectName(QStringLiteral("jobCategory"));
    m_urgency->setObjectName(QStringLiteral("jobUrgency"));
    m_estimate->setObjectName(QStringLiteral("jobEstimate"));
    m_hasDue->setObjectName(QStringLiteral("jobHasDue"));
    m_due->setObjectName(QStringLiteral("jobDue"));
    m_description->setObjectName(QStringLiteral("jobDescription"));
    m_reload->setObjectName(QStringLiteral("reloadKeepEdits"));
    m_general->setObjectName(QStringLiteral("editorError"));
    m_save->setObjectName(QStringLiteral("saveJob"));
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_title->setPlaceholderText(tr("What is to be done, in a few words"));
    m_clientRef->setPlaceholderText(tr("The client's order or ticket number"));
    m_category->setEditable(true);
    m_category->addItem(QString());
    m_category->addItems(categories);
    for (const Urgency u : {Urgency::Low, Urgency::Normal, Urgency::High, Urgency::Critical})
        m_urgency->addItem(DispatchWords::urgency(u), toString(u));
    m_urgency->setCurrentIndex(1);
    m_estimate->setRange(0, 1000);
    m_estimate->setDecimals(2);
    m_estimate->setSingleStep(0.25);
    m_estimate->setSuffix(tr(" h"));
    m_estimate->setSpecialValueText(tr("No estimate"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    m_due->setDateTime(QDateTime(QDate::currentDate().addDays(2), QTime(17, 0)));
    m_due->setEnabled(false);
    m_skills->setSkills(skills);
    m_description->setPlaceholderText(tr("The brief: what the client wants, sources, format, "
                                         "how the result is checked"));
    m_description->setMinimumHeight(90);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_general->hide();

    m_staleText->setWordWrap(true);
    m_staleText->setObjectName(QStringLiteral("staleText"));
    auto *bannerLayout = new QHBoxLayout(m_staleBanner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    bannerLayout->addWidget(m_staleText, 1);
    bannerLayout->addWidget(m_reload);
    m_staleBanner->setStyleSheet(
        QStringLiteral("#staleBanner { background: #fdf1dc; border: 1px solid #e8c98a; "
                       "border-radius: 4px; }"));
    m_staleBanner->hide();

    const auto field = [this](QWidget *widget, const QString &key) {
        auto *box = new QWidget(this);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(widget);
        l->addWidget(errorLabel(key));
        return box;
    };
    auto *dueRow = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Title"), field(m_title, QStringLiteral("title")));
    form->addRow(tr("Client reference"), field(m_clientRef, QStringLiteral("clientRef")));
    form->addRow(tr("Category"), field(m_category, QStringLiteral("category")));
    form->addRow(tr("Urgency"), field(m_urgency, QStringLiteral("urgency")));
    form->addRow(tr("Estimate"), field(m_estimate, QStringLiteral("estimateMinutes")));
    form->addRow(tr("Due date"), field(dueRow, QStringLiteral("dueAt")));
    form->addRow(tr("Required skills"), field(m_skills, QStringLiteral("requiredSkills")));
    form->addRow(tr("Description"), field(m_description, QStringLiteral("description")));
    form->addRow(tr("Attachments"), m_attachments);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_staleBanner);
    layout->addLayout(form, 1);
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);
    m_save->setText(tr("Create job"));
    m_save->setDefault(true);

    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &JobEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &JobEditorDialog::reloadKeepingEdits);
    connect(m_attachments, &AttachmentList::allDone, this, [this](int, int failed) {
        if (failed == 0 && isVisible())
            m_general->hide();
    });
    m_loaded = values();
    resize(680, 760);
}

void JobEditorDialog::setUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker)
{
    m_attachments->setUploads(uploads, linker);
}

QLabel *JobEditorDialog::errorLabel(const QString &field)
{
    auto *l = new QLabel(this);
    l->setObjectName(QStringLiteral("error_") + field);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b3261e;"));
    l->hide();
    m_errors.insert(field, l);
    return l;
}

void JobEditorDialog::editJob(const QJsonObject &job)
{
    m_jobId = job.value(QStringLiteral("id")).toInteger();
    setWindowTitle(tr("Edit job #%1").arg(m_jobId));
    m_save->setText(tr("Save changes"));
    m_base = job;
    setFields(job);
    m_loaded = values();
    m_attachments->setExisting(job.value(QStringLiteral("attachments")).toArray());
}

void JobEditorDialog::setFields(const QJsonObject &job)
{
    for (const QString &key : FieldKeys)
        setField(key, job.value(key));
}

void JobEditorDialog::setField(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("title")) {
        m_title->setText(value.toString());
    } else if (key == QLatin1String("clientRef")) {
        m_clientRef->setText(value.toString());
    } else if (key == QLatin1String("category")) {
        m_category->setCurrentText(value.toString());
    } else if (key == QLatin1String("urgency")) {
        const int i = m_urgency->findData(value.toString(QStringLiteral("normal")));
        m_urgency->setCurrentIndex(qMax(0, i));
    } else if (key == QLatin1String("estimateMinutes")) {
        m_estimate->setValue(value.toInt() / 60.0);
    } else if (key == QLatin1String("dueAt")) {
        const QDateTime due = DisplayText::parseTime(value.toString());
        m_hasDue->setChecked(due.isValid());
        if (due.isValid())
            m_due->setDateTime(due.toLocalTime());
    } else if (key == QLatin1String("requiredSkills")) {
        m_skills->setValue(value.toArray());
    } else if (key == QLatin1String("description")) {
        m_description->setPlainText(value.toString());
    }
}

QJsonObject JobEditorDialog::values() const
{
    return QJsonObject{
        {QStringLiteral("title"), m_title->text()},
        {QStringLiteral("clientRef"), m_clientRef->text()},
        {QStringLiteral("category"), m_category->currentText()},
        {QStringLiteral("urgency"), m_urgency->currentData().toString()},
        {QStringLiteral("estimateMinutes"), int(std::lround(m_estimate->value() * 60))},
        {QStringLiteral("dueAt"), m_hasDue->isChecked() ? QJsonValue(wireTime(m_due->dateTime()))
                                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("requiredSkills"), m_skills->value()},
        {QStringLiteral("description"), m_description->toPlainText()},
    };
}

QJsonObject JobEditorDialog::changes() const
{
    const QJsonObject now = values();
    QJsonObject out;
    for (const QString &key : FieldKeys) {
        if (now.value(key) != m_loaded.value(key))
            out.insert(key, now.value(key));
    }
    return out;
}

void JobEditorDialog::save()
{
    if (m_busy)
        return;
    clearErrors();
    if (isEditing() && changes().isEmpty()) {
        if (m_attachments->pendingFiles().isEmpty())
            return accept();
        return finishWithUploads();
    }
    setBusy(true);
    const auto answer = [this](const net::ApiResult &r) {
        setBusy(false);
        if (r.ok())
            return answered(r.json);
        if (r.status == 422 && r.json.contains(QStringLiteral("errors"))) {
            m_general->setText(tr("Please correct the marked fields."));
            showErrors(r.json.value(QStringLiteral("errors")).toObject());
            m_general->show();
            return;
        }
        if (r.status == 412) {
            m_current = r.json.value(QStringLiteral("current")).toObject();
            QStringList theirs;
            for (const QString &key : FieldKeys) {
                if (m_current.value(key) != m_base.value(key))
                    theirs << fieldName(key);
            }
            m_staleText->setText(
                theirs.isEmpty()
                    ? tr("Someone else saved this job while you were editing. Reload it to "
                         "save again: your edits stay.")
                    : tr("Someone else changed this job while you were editing (%1). Reload "
                         "it to save again: fields you did not touch take their new values, "
                         "your edits stay.")
                          .arg(theirs.join(QStringLiteral(", "))));
            m_reload->show();
            m_staleBanner->show();
            return;
        }
        m_general->setText(r.offline() ? tr("%1 Nothing was lost: try again when the server "
                                            "is back.")
                                             .arg(r.message())
                                       : r.message());
        m_general->show();
    };
    if (isEditing()) {
        const QByteArray version =
            '"' + QByteArray::number(m_base.value(QStringLiteral("version")).toInt()) + '"';
        m_api->send("PATCH", QStringLiteral("/jobs/%1").arg(m_jobId), changes(), this, answer,
                    {{"If-Match", version}});
        return;
    }
    // The same body keeps its key, so a retry after a lost answer is answered
    // from the server's record instead of making a second job.
    const QJsonObject body = values();
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (bytes != m_lastBody || m_idempotencyKey.isEmpty()) {
        m_lastBody = bytes;
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_api->post(QStringLiteral("/jobs"), body, this, answer,
                {{"Idempotency-Key", m_idempotencyKey.toLatin1()}});
}

void JobEditorDialog::answered(const QJsonObject &job)
{
    m_base = job;
    m_jobId = job.value(QStringLiteral("id")).toInteger();
    m_loaded = values();
    m_staleBanner->hide();
    Q_EMIT saved(job);
    if (m_attachments->pendingFiles().isEmpty())
        return accept();
    finishWithUploads();
}

void JobEditorDialog::finishWithUploads()
{
    // The job is saved; what is left is the files. The fields are done.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_clientRef, m_category, m_urgency, m_estimate,
                                          m_hasDue, m_due, m_skills, m_description})
        w->setEnabled(false);
    m_save->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    setWindowTitle(tr("Job #%1 saved: uploading attachments").arg(m_jobId));
    if (!m_attachments->upload(m_jobId)) {
        m_general->setText(tr("Some files could not be queued; see the list."));
        m_general->show();
    }
}

void JobEditorDialog::reloadKeepingEdits()
{
    if (m_current.isEmpty())
        return;
    const QJsonObject mine = values();
    const QJsonObject before = m_loaded;
    m_base = m_current;
    m_current = {};
    setFields(m_base);
    const QJsonObject theirs = values();
    m_loaded = theirs;
    QStringList both;
    for (const QString &key : FieldKeys) {
        if (mine.value(key) == before.value(key))
            continue; // untouched: theirs now shows
        setField(key, mine.value(key));
        if (theirs.value(key) != before.value(key) && theirs.value(key) != mine.value(key))
            both << fieldName(key);
    }
    m_attachments->setExisting(m_base.value(QStringLiteral("attachments")).toArray());
    m_reload->hide();
    m_staleText->setText(
        both.isEmpty()
            ? tr("Reloaded. Their changes are in; your edits are kept. Save to apply them.")
            : tr("Reloaded. You and they both changed: %1. Yours is shown; save to keep it.")
                  .arg(both.join(QStringLiteral(", "))));
}

void JobEditorDialog::showErrors(const QJsonObject &errors)
{
    static const QRegularExpression indexed(QStringLiteral("^([A-Za-z]+)\\[(\\d+)\\]"));
    QHash<QString, QStringList> byField;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QString path = it.key();
        QString field = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        const auto m = indexed.match(path);
        for (const QJsonValue &message : it.value().toArray()) {
            QString text = message.toString();
            if (!text.isEmpty())
                text[0] = text.at(0).toUpper();
            if (m.hasMatch())
                text = tr("Row %1: %2").arg(m.captured(2).toInt() + 1).arg(text);
            byField[field] << text;
        }
    }
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        QLabel *label = m_errors.value(it.key());
        if (!label) { // a member the form does not show: say it below
            m_general->setText(m_general->text() + QLatin1Char('\n') +
                               tr("%1: %2").arg(it.key(), it.value().join(QStringLiteral("; "))));
            continue;
        }
        label->setText(it.value().join(QLatin1Char('\n')));
        label->show();
    }
    for (const QString &key : FieldKeys) {
        if (byField.contains(key)) {
            if (key == QLatin1String("title"))
                m_title->setFocus();
            break;
        }
    }
}

void JobEditorDialog::clearErrors()
{
    for (QLabel *l : m_errors) {
        l->clear();
        l->hide();
    }
    m_general->clear();
    m_general->hide();
}

QString JobEditorDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString JobEditorDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

bool JobEditorDialog::isStale() const
{
    return !m_staleBanner->isHidden();
}

void JobEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : isEditing() ? tr("Save changes") : tr("Create job"));
}

} // namespace jobdesk::ui
