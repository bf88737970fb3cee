#pragma once

#include <QDialog>

class QSettings;

namespace jobdesk::ui {

class GeneralSettings;

// Preferences for windows that have only the general ones (the operations
// console): language and starting with the computer. The worker's Preferences
// hold the same section next to the worker's own settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `settings` must outlive the dialog; null: the app's default QSettings.
    explicit SettingsDialog(QSettings *settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    GeneralSettings *general() const { return m_general; }
    // Stores the choices; on a failure it says why and the dialog stays open.
    bool save();

private:
    GeneralSettings *m_general;
};

} // namespace jobdesk::ui
