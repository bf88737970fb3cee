#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace jobdesk::server {

class Database;

// Refresh tokens, stored only as SHA-256 hashes. Tokens of one login form a
// family; each use rotates to a new token of the same family.
class TokenStore final
{
public:
    explicit TokenStore(Database &db)
        : m_db(db)
    {}

    struct Row
    {
        qint64 id = 0;
        qint64 userId = 0;
        QString family;
        qint64 expiresAt = 0;
        bool used = false;
        bool revoked = false;
    };

    void insert(qint64 userId, const QString &family, const QByteArray &tokenHash,
                qint64 expiresAt);
    std::optional<Row> findByHash(const QByteArray &tokenHash);
    // Marks the token used; false when another request used it first.
    bool markUsed(qint64 id);
    void revokeFamily(const QString &family);
    void revokeUser(qint64 userId);

private:
    Database &m_db;
};

class LoginAttempts final
{
public:
    explicit LoginAttempts(Database &db)
        : m_db(db)
    {}

    void recordFailure(const QString &account, const QString &address);
    void clearAccount(const QString &account);
    // Failures since `sinceMs`, and the oldest of them (for Retry-After).
    struct Window
    {
        int count = 0;
        qint64 oldest = 0;
    };
    Window forAccount(const QString &account, qint64 sinceMs);
    Window forAddress(const QString &address, qint64 sinceMs);

private:
    Window window(const QString &column, const QString &value, qint64 sinceMs);
    Database &m_db;
};

// Stored answers of creates that carried an Idempotency-Key.
class IdempotencyStore final
{
public:
    explicit IdempotencyStore(Database &db)
        : m_db(db)
    {}

    struct Stored
    {
        QString requestHash;
        int status = 0;
        QByteArray body;
    };
    std::optional<Stored> find(qint64 userId, const QString &key);
    void save(qint64 userId, const QString &key, const QString &requestHash, int status,
              const QByteArray &body);

private:
    Database &m_db;
};

} // namespace jobdesk::server
