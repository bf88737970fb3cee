#pragma once

#include <QDialog>

class QLabel;
class QSettings;

namespace jobdesk::ui {

class CaFileField;

// "Advanced" from the sign-in window: what a user may have to set before they can
// sign in at all, today the certificate authority of a self-hosted server.
class AdvancedDialog final : public QDialog
{
    Q_OBJECT

public:
    // `settings` must outlive the dialog.
    explicit AdvancedDialog(QSettings *settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdvancedDialog)

    CaFileField *caFile() const { return m_caFile; }
    // Stores and applies the choice; on a failure it says why and returns false.
    bool save();

private:
    QSettings *m_settings;
    CaFileField *m_caFile;
    QLabel *m_error;
};

} // namespace jobdesk::ui
