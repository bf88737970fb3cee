#pragma once

#include <QDialog>

class QCheckBox;
class QSettings;
class QSpinBox;

namespace jobdesk::ui {

class GeneralSettings;

// The worker's own settings: when idle time counts as away, and whether closing
// the window keeps Jobdesk in the tray. Stored in the app's QSettings.
class WorkerPreferences final : public QDialog
{
    Q_OBJECT

public:
    // Minutes without input before the worker counts as away; 0 = never asked.
    static int idleMinutes(const QSettings *settings);
    // Closing the window hides it to the tray even with no timer running.
    static bool closeToTray(const QSettings *settings);
    static constexpr int DefaultIdleMinutes = 5;

    explicit WorkerPreferences(QSettings *settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WorkerPreferences)

    void save();

private:
    QSettings *m_settings;
    QCheckBox *m_idle;
    QSpinBox *m_minutes;
    QCheckBox *m_tray;
    GeneralSettings *m_general; // language, start with the computer
};

} // namespace jobdesk::ui
