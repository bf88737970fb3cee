#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace jobdesk::net {

// Which certificate authorities the app trusts: the system's, plus the CA file of
// an organisation that runs its own authority (self-hosted servers). The result
// becomes Qt's default SSL configuration, which every request, WebSocket, upload
// and download of the app starts from. Certificate verification itself is never
// relaxed or skipped: a server outside these authorities is refused.
class CertificateTrust final
{
    Q_DECLARE_TR_FUNCTIONS(jobdesk::net::CertificateTrust)

public:
    CertificateTrust() = delete;

    // QSettings key of the extra CA file (empty: the system's authorities only).
    static QString settingsKey();

    // The certificates in a PEM (or DER) file; false with a readable reason when
    // the file cannot be read or holds none.
    static bool readCaFile(const QString &path, QList<QSslCertificate> *certificates,
                           QString *error);
    // Trusts the system's authorities plus those of `caFile` from now on. With a bad
    // file it says why, and the system's authorities alone stay trusted.
    static bool apply(const QString &caFile, QString *error = nullptr);
    // The extra CA file applied last (empty: none).
    static QString appliedCaFile();

    // Why certificate verification failed, for a person: the distinct reasons.
    static QString describe(const QList<QSslError> &errors);
    // The sentence the user reads for a server whose certificate is not trusted.
    static QString untrustedMessage(const QString &reason);
};

} // namespace jobdesk::net
