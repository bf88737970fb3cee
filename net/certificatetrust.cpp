#include "certificatetrust.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QSslConfiguration>
#include <QStringList>

Q_LOGGING_CATEGORY(lcTrust, "jobdesk.net.trust", QtInfoMsg)

namespace jobdesk::net {

namespace {

QMutex appliedMutex;
QString appliedFile; // guarded by appliedMutex

} // namespace

QString CertificateTrust::settingsKey()
{
    return QStringLiteral("network/caFile");
}

bool CertificateTrust::readCaFile(const QString &path, QList<QSslCertificate> *certificates,
                                  QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(4 * 1024 * 1024); // a CA bundle, not a disk image
    QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    if (found.isEmpty())
        found = QSslCertificate::fromData(data, QSsl::Der);
    found.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (found.isEmpty()) {
        if (error)
            *error = tr("%1 holds no certificate (PEM or DER).").arg(path);
        return false;
    }
    *certificates = found;
    return true;
}

bool CertificateTrust::apply(const QString &caFile, QString *error)
{
    QList<QSslCertificate> extra;
    const bool ok = caFile.isEmpty() || readCaFile(caFile, &extra, error);
    // Added to the system's authorities, never instead of them: setting the list
    // explicitly turns Qt's on-demand loading of the system store off.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    QSslConfiguration::setDefaultConfiguration(config);
    const QMutexLocker lock(&appliedMutex);
    appliedFile = ok ? caFile : QString();
    if (!extra.isEmpty())
        qCInfo(lcTrust) << "trusting" << extra.size() << "extra authorities from" << caFile;
    return ok;
}

QString CertificateTrust::appliedCaFile()
{
    const QMutexLocker lock(&appliedMutex);
    return appliedFile;
}

QString CertificateTrust::describe(const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors) {
        const QString text = e.errorString();
        if (!text.isEmpty() && !reasons.contains(text))
            reasons << text;
    }
    return reasons.join(QStringLiteral("; "));
}

QString CertificateTrust::untrustedMessage(const QString &reason)
{
    return tr("The server's certificate is not trusted (%1). If your organisation runs its own "
              "certificate authority, choose its CA file in Advanced.")
        .arg(reason);
}

} // namespace jobdesk::net
