#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QTimer>

namespace jobdesk::net {

// The same interface in memory, for unit tests of code that keeps credentials.
// Answers asynchronously, like the real keychain.
class MemoryCredentialStore final : public CredentialStore
{
public:
    void read(const QString &key, QObject *context, ReadDone done) override
    {
        const auto it = m_secrets.constFind(key);
        const std::optional<QString> value =
            it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
        QTimer::singleShot(0, context, [done, value] { done(value, QString()); });
    }
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override
    {
        m_secrets.insert(key, secret);
        QTimer::singleShot(0, context, [done] { done(true, QString()); });
    }
    void remove(const QString &key, QObject *context, WriteDone done) override
    {
        m_secrets.remove(key);
        QTimer::singleShot(0, context, [done] { done(true, QString()); });
    }
    const QHash<QString, QString> &secrets() const { return m_secrets; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace jobdesk::net
