#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

namespace jobdesk::ui {

class CaFileField;

// The settings every user has, worker or admin: the app's language (from the next
// start), whether Jobdesk starts when they sign in to their computer, and an extra
// certificate authority for a self-hosted server. Part of the worker's Preferences
// and of the admin's (SettingsDialog).
class GeneralSettings final : public QWidget
{
    Q_OBJECT

public:
    // `settings` must outlive the widget; null: the app's default QSettings.
    explicit GeneralSettings(QSettings *settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GeneralSettings)

    // Stores the choices; false with a sentence for the user in `error` when the CA
    // file holds no certificate (nothing is stored then) or the autostart entry
    // could not be written or removed (the rest is stored).
    bool save(QString *error = nullptr);
    // Whether the language shown differs from the one chosen (a restart is due).
    bool restartNeeded() const;

private:
    void updateNote();

    QSettings *m_settings;
    QString m_running; // the language this run shows
    QComboBox *m_language;
    QLabel *m_note;
    QCheckBox *m_autostart;
    CaFileField *m_caFile;
};

} // namespace jobdesk::ui
