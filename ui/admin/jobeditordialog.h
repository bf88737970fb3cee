#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jobdesk::net {
class ApiClient;
class AttachmentLinker;
class UploadQueue;
} // namespace jobdesk::net

namespace jobdesk::ui {

class AttachmentList;
class SkillRequirementsEdit;

// Creates a job (POST /jobs, with an Idempotency-Key so a retry never makes
// two) or edits one (PATCH with If-Match, sending only what changed). The
// server validates: its per-field errors appear next to the fields. When the
// job changed meanwhile (412), the admin can reload it without losing what
// they typed: untouched fields take the new values, edited ones stay.
// Attachments go up after the save, with progress.
class JobEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    JobEditorDialog(net::ApiClient *api, const QJsonArray &skills, const QStringList &categories,
                    QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobEditorDialog)

    void setUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker);
    // Edit mode: the fields show `job`, and saving patches it.
    void editJob(const QJsonObject &job);
    bool isEditing() const { return m_jobId != 0; }
    qint64 jobId() const { return m_jobId; }

    // The job as the fields say, in wire form.
    QJsonObject values() const;
    // Members that differ from what was loaded (the PATCH body).
    QJsonObject changes() const;
    // The error shown next to a field ("title", "requiredSkills"...), or empty.
    QString fieldError(const QString &field) const;
    QString generalError() const;
    bool isStale() const; // a 412 banner is up
    AttachmentList *attachments() const { return m_attachments; }

public Q_SLOTS:
    void save();
    // After a 412: takes the server's current job, keeps the admin's edits.
    void reloadKeepingEdits();

Q_SIGNALS:
    void saved(const QJsonObject &job);

private:
    QLabel *errorLabel(const QString &field);
    void setFields(const QJsonObject &job);
    void setField(const QString &key, const QJsonValue &value);
    void showErrors(const QJsonObject &errors);
    void clearErrors();
    void setBusy(bool busy);
    void answered(const QJsonObject &job);
    void finishWithUploads();

    net::ApiClient *m_api;
    qint64 m_jobId = 0;
    QJsonObject m_base;    // the job as last read from the server
    QJsonObject m_loaded;  // values() right after loading m_base
    QJsonObject m_current; // the newer job a 412 brought
    QString m_idempotencyKey;
    QByteArray m_lastBody; // what the key was first used for
    bool m_busy = false;

    QLineEdit *m_title;
    QLineEdit *m_clientRef;
    QComboBox *m_category;
    QComboBox *m_urgency;
    QDoubleSpinBox *m_estimate;
    QCheckBox *m_hasDue;
    QDateTimeEdit *m_due;
    SkillRequirementsEdit *m_skills;
    QPlainTextEdit *m_description;
    AttachmentList *m_attachments;
    QWidget *m_staleBanner;
    QLabel *m_staleText;
    QPushButton *m_reload;
    QLabel *m_general;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QHash<QString, QLabel *> m_errors;
};

} // namespace jobdesk::ui
