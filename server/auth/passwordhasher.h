#pragma once

#include <QByteArray>
#include <QString>

namespace jobdesk::server {

// argon2id at the OWASP minimum or above (19 MiB, 2 passes, 1 lane), stored in
// the PHC string format so the cost can be raised later without a migration.
class PasswordHasher final
{
public:
    static constexpr quint32 MemoryKiB = 19 * 1024;
    static constexpr quint32 Passes = 2;
    static constexpr quint32 Lanes = 1;

    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &encoded);
    // Spends the same time as a verify, for unknown accounts.
    static void burn(const QString &password);
};

} // namespace jobdesk::server
