#include "cafilefield.h"

#include "certificatetrust.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace jobdesk::ui {

CaFileField::CaFileField(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_clear(new QPushButton(tr("System only"), this))
{
    m_path->setObjectName(QStringLiteral("caFilePath"));
    m_choose->setObjectName(QStringLiteral("caFileChoose"));
    m_clear->setObjectName(QStringLiteral("caFileClear"));
    m_path->setPlaceholderText(tr("None: the authorities this computer trusts"));
    m_clear->setToolTip(tr("Trust only the certificate authorities of this computer"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_clear);
    connect(m_choose, &QPushButton::clicked, this, &CaFileField::choose);
    connect(m_clear, &QPushButton::clicked, m_path, &QLineEdit::clear);
    connect(m_path, &QLineEdit::textChanged, this, &CaFileField::pathChanged);
}

QString CaFileField::path() const
{
    return m_path->text().trimmed();
}

void CaFileField::setPath(const QString &path)
{
    m_path->setText(path);
}

QString CaFileField::stored(const QSettings &settings)
{
    return settings.value(net::CertificateTrust::settingsKey()).toString();
}

bool CaFileField::save(QSettings *settings, QString *error)
{
    const QString file = path();
    QList<QSslCertificate> certificates;
    // Check first: a mistyped path must not drop an authority that works today.
    if (!file.isEmpty() && !net::CertificateTrust::readCaFile(file, &certificates, error))
        return false;
    if (!net::CertificateTrust::apply(file, error))
        return false;
    if (file.isEmpty())
        settings->remove(net::CertificateTrust::settingsKey());
    else
        settings->setValue(net::CertificateTrust::settingsKey(), file);
    return true;
}

void CaFileField::choose()
{
    const QString start = path().isEmpty() ? QString() : QFileInfo(path()).absolutePath();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Certificate authority file"), start,
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

} // namespace jobdesk::ui
