#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace jobdesk::net {
class ApiClient;
struct ApiResult;
} // namespace jobdesk::net

namespace jobdesk::ui {

class AvailabilityEditor;
class SkillsEditor;

// One worker's profile (skills and levels, capacity, hourly rate, time zone,
// weekly availability) and account state. Saves with PATCH + If-Match, only the
// fields the admin changed. Typed edits are never thrown away: when the record
// changes underneath (a 412, an approve/disable, a realtime update) the fields
// the admin edited keep the edits and the others take the new values.
class WorkerEditor final : public QWidget
{
    Q_OBJECT

public:
    // Profile field keys as on the wire, for fieldError().
    static const QStringList Fields;

    explicit WorkerEditor(net::ApiClient *api, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WorkerEditor)

    void setCatalogue(const QList<std::pair<QString, QString>> &skills);
    // Shows `user`; the same worker again is merged with the edits in progress.
    void showUser(const QJsonObject &user);
    void clear();
    qint64 userId() const;
    QJsonObject user() const { return m_base; }
    bool isDirty() const;
    // The form's profile, normalised like the server's.
    QJsonObject profile() const;
    QString message() const;
    QString fieldError(const QString &field) const;

public Q_SLOTS:
    void save();
    void revert();
    void setAccountStatus(const QString &action); // "approve", "disable", "enable"

Q_SIGNALS:
    void userSaved(const QJsonObject &user);

private:
    void loadForm(const QJsonObject &profile);
    // Takes `fresh` as the new base; returns the fields both sides changed.
    QStringList rebase(const QJsonObject &fresh);
    void updateState();
    void setMessage(const QString &text, bool problem);
    void showFieldErrors(const QJsonObject &errors);
    void clearFieldErrors();
    void setBusy(bool busy);
    QString fieldName(const QString &field) const;
    void handleFailure(const net::ApiResult &r, const QString &what);

    net::ApiClient *m_api;
    QJsonObject m_base; // the user as last read from the server
    bool m_busy = false;
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_approve;
    QPushButton *m_disable;
    QPushButton *m_enable;
    SkillsEditor *m_skills;
    QSpinBox *m_capacity;
    QDoubleSpinBox *m_rate;
    QComboBox *m_zone;
    AvailabilityEditor *m_availability;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace jobdesk::ui
