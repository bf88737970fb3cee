#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace jobdesk::net {

// Where the refresh token of "keep me signed in" lives. Asynchronous, because the
// OS keychain is. Keys name an account on a server; only key names ever reach
// QSettings, never a secret.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    // `secret` is nullopt when there is no entry; `error` is set when the store failed.
    using ReadDone = std::function<void(std::optional<QString> secret, const QString &error)>;
    using WriteDone = std::function<void(bool ok, const QString &error)>;

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       WriteDone done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteDone done) = 0;
};

} // namespace jobdesk::net
