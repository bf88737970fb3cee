#include "generalsettings.h"

#include "apptranslations.h"
#include "autostart.h"
#include "cafilefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace jobdesk::ui {

GeneralSettings::GeneralSettings(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings ? settings : new QSettings(this))
    , m_running(AppTranslations::running())
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_autostart(new QCheckBox(tr("Start Jobdesk when I sign in to my computer"), this))
    , m_caFile(new CaFileField(this))
{
    m_language->setObjectName(QStringLiteral("prefLanguage"));
    m_note->setObjectName(QStringLiteral("prefLanguageNote"));
    m_autostart->setObjectName(QStringLiteral("prefAutostart"));
    m_caFile->setObjectName(QStringLiteral("prefCaFile"));
    m_caFile->setPath(CaFileField::stored(*m_settings));

    // Language names in their own script, so anyone finds theirs in any language.
    m_language->addItem(
        tr("System default (%1)")
            .arg(AppTranslations::nativeName(AppTranslations::effective(QString()))),
        QString());
    for (const AppTranslations::Language &l : AppTranslations::languages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(AppTranslations::chosen(*m_settings))));
    m_note->setWordWrap(true);
    m_autostart->setChecked(Autostart::isEnabled());
    m_autostart->setToolTip(tr("Jobdesk starts in the background, signed in if you chose "
                               "\"Keep me signed in\"."));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addSpacing(8);
    layout->addWidget(m_autostart);
    layout->addSpacing(8);
    auto *caForm = new QFormLayout;
    caForm->setContentsMargins(0, 0, 0, 0);
    caForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    caForm->addRow(tr("Certificate &authority:"), m_caFile);
    layout->addLayout(caForm);
    auto *caNote = new QLabel(tr("Only if your organisation runs its own certificate authority: "
                                 "its CA file, trusted in addition to this computer's."),
                              this);
    caNote->setWordWrap(true);
    caNote->setStyleSheet(QStringLiteral("color: #6b7280;"));
    layout->addWidget(caNote);

    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralSettings::updateNote);
    updateNote();
}

bool GeneralSettings::restartNeeded() const
{
    return AppTranslations::effective(m_language->currentData().toString()) != m_running;
}

void GeneralSettings::updateNote()
{
    // Always said; in the text colour once a change is waiting for the restart.
    m_note->setText(tr("A new language applies after you restart Jobdesk."));
    m_note->setStyleSheet(restartNeeded() ? QStringLiteral("font-weight: 600;")
                                          : QStringLiteral("color: #6b7280;"));
}

bool GeneralSettings::save(QString *error)
{
    QString why;
    if (!m_caFile->save(m_settings, &why)) {
        if (error)
            *error = tr("The certificate authority file was not changed: %1").arg(why);
        return false;
    }
    AppTranslations::setChosen(*m_settings, m_language->currentData().toString());
    m_settings->setValue(QStringLiteral("general/startAtSignIn"), m_autostart->isChecked());
    if (m_autostart->isChecked() == Autostart::isEnabled())
        return true;
    if (Autostart::setEnabled(m_autostart->isChecked(), &why))
        return true;
    if (error)
        *error = tr("Starting with the computer could not be changed: %1").arg(why);
    return false;
}

} // namespace jobdesk::ui
