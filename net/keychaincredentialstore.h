#pragma once

#include "credentialstore.h"

namespace jobdesk::net {

// The OS keychain through QtKeychain (libsecret's Secret Service on Linux), with
// no insecure fallback: without a keychain nothing is kept and the caller is told.
// A Secret Service that is still starting gets one retry.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Jobdesk"))
        : m_service(std::move(service))
    {
    }

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               WriteDone done) override;
    void remove(const QString &key, QObject *context, WriteDone done) override;

private:
    void readAttempt(const QString &key, QObject *context, ReadDone done, int attempt);
    void writeAttempt(const QString &key, const QString &secret, QObject *context, WriteDone done,
                      int attempt);
    QString m_service;
};

} // namespace jobdesk::net
