#include "tlsfiles.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace jobdesk::server {

namespace {

bool readFile(const QString &path, const char *what, QByteArray *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 %2: %3")
                     .arg(QLatin1String(what), path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

// OpenSSL's own check that the private key belongs to the certificate.
bool keyMatches(const QByteArray &certPem, const QByteArray &keyPem)
{
    const auto bio = [](const QByteArray &b) {
        return std::unique_ptr<BIO, decltype(&BIO_free)>(
            BIO_new_mem_buf(b.constData(), int(b.size())), &BIO_free);
    };
    auto certBio = bio(certPem);
    auto keyBio = bio(keyPem);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), &X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace

bool loadTlsFiles(const QString &certFile, const QString &keyFile, QSslConfiguration *out,
                  QString *error)
{
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        *error = QStringLiteral("tls-cert and tls-key go together: give both or neither");
        return false;
    }
    QByteArray certPem, keyPem;
    if (!readFile(certFile, "certificate", &certPem, error) ||
        !readFile(keyFile, "key", &keyPem, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certFile);
        return false;
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key").arg(keyFile);
        return false;
    }
    if (!keyMatches(certPem, keyPem)) {
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2")
                     .arg(keyFile, certFile);
        return false;
    }
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc()) {
        *error = QStringLiteral("the certificate in %1 expired on %2")
                     .arg(certFile, chain.first().expiryDate().toString(Qt::ISODate));
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens
    *out = tls;
    return true;
}

} // namespace jobdesk::server
