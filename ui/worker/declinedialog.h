#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace jobdesk::ui {

// Asks why an offer is declined (the server requires a reason; it feeds dispatch).
class DeclineDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeclineDialog(const QString &jobTitle, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeclineDialog)

    QString reason() const;
    void setReason(const QString &text);

private:
    void updateOk();

    QComboBox *m_preset;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace jobdesk::ui
