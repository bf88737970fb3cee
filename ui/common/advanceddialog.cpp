#include "advanceddialog.h"

#include "cafilefield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace jobdesk::ui {

AdvancedDialog::AdvancedDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_caFile(new CaFileField(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Advanced"));
    m_error->setObjectName(QStringLiteral("advancedError"));
    m_caFile->setPath(CaFileField::stored(*settings));
    auto *title = new QLabel(tr("Trust a certificate authority file"), this);
    QFont tf = title->font();
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    auto *note = new QLabel(tr("If your organisation runs its own certificate authority, choose "
                               "the CA file it gave you (PEM). Jobdesk trusts it in addition to "
                               "the authorities this computer trusts, and still checks every "
                               "server's certificate."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(m_caFile);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An error is about the file it named: a new choice clears it.
    connect(m_caFile, &CaFileField::pathChanged, m_error, &QWidget::hide);
}

bool AdvancedDialog::save()
{
    QString error;
    const bool ok = m_caFile->save(m_settings, &error);
    m_error->setText(error);
    m_error->setVisible(!ok);
    return ok;
}

} // namespace jobdesk::ui
