#include "passwordhasher.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <stdexcept>

namespace jobdesk::server {

namespace {
constexpr size_t SaltBytes = 16;
constexpr size_t HashBytes = 32;
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    unsigned char salt[SaltBytes];
    if (RAND_bytes(salt, sizeof salt) != 1)
        throw std::runtime_error("no randomness for a password salt");
    const size_t len = argon2_encodedlen(Passes, MemoryKiB, Lanes, SaltBytes, HashBytes, Argon2_id);
    QByteArray encoded(qsizetype(len), '\0');
    const int rc =
        argon2id_hash_encoded(Passes, MemoryKiB, Lanes, pw.constData(), size_t(pw.size()), salt,
                              SaltBytes, HashBytes, encoded.data(), len);
    if (rc != ARGON2_OK)
        throw std::runtime_error(argon2_error_message(rc));
    return QString::fromLatin1(encoded.constData()); // NUL-terminated
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pw.constData(), size_t(pw.size())) == ARGON2_OK;
}

void PasswordHasher::burn(const QString &password)
{
    static const QString dummy = hash(QStringLiteral("jobdesk-timing-equaliser"));
    verify(password, dummy);
}

} // namespace jobdesk::server
