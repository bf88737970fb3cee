#include "keychaincredentialstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace jobdesk::net {

namespace {

constexpr int RetryDelayMs = 500;

bool worthRetrying(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::OtherError;
}

} // namespace

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadDone done)
{
    readAttempt(key, context, std::move(done), 0);
}

void KeychainCredentialStore::readAttempt(const QString &key, QObject *context, ReadDone done,
                                          int attempt)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, key, context, done, attempt](QKeychain::Job *j) {
                         const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                         if (j->error() == QKeychain::NoError)
                             return done(read->textData(), QString());
                         if (j->error() == QKeychain::EntryNotFound)
                             return done(std::nullopt, QString());
                         if (attempt == 0 && worthRetrying(j->error())) {
                             QTimer::singleShot(RetryDelayMs, context, [=] {
                                 readAttempt(key, context, done, 1);
                             });
                             return;
                         }
                         done(std::nullopt, j->errorString());
                     });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    WriteDone done)
{
    writeAttempt(key, secret, context, std::move(done), 0);
}

void KeychainCredentialStore::writeAttempt(const QString &key, const QString &secret,
                                           QObject *context, WriteDone done, int attempt)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, key, secret, context, done, attempt](QKeychain::Job *j) {
                         if (j->error() == QKeychain::NoError)
                             return done(true, QString());
                         if (attempt == 0 && worthRetrying(j->error())) {
                             QTimer::singleShot(RetryDelayMs, context, [=] {
                                 writeAttempt(key, secret, context, done, 1);
                             });
                             return;
                         }
                         done(false, j->errorString());
                     });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone, gone ? QString() : j->errorString());
    });
    job->start();
}

} // namespace jobdesk::net
