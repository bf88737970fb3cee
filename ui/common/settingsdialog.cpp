#include "settingsdialog.h"

#include "generalsettings.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QVBoxLayout>

namespace jobdesk::ui {

SettingsDialog::SettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_general(new GeneralSettings(settings, this))
{
    setWindowTitle(tr("Preferences"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::save()
{
    QString error;
    if (m_general->save(&error))
        return true;
    QMessageBox::warning(this, tr("Preferences"), error);
    return false;
}

} // namespace jobdesk::ui
