#include "tokenstore.h"

#include "database.h"
#include "timecodec.h"

namespace jobdesk::server {

void TokenStore::insert(qint64 userId, const QString &family, const QByteArray &tokenHash,
                        qint64 expiresAt)
{
    m_db.exec(QStringLiteral("INSERT INTO refresh_tokens (user_id, family, token_hash, "
                             "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
              {userId, family, QString::fromLatin1(tokenHash.toHex()), nowMs(), expiresAt});
}

std::optional<TokenStore::Row> TokenStore::findByHash(const QByteArray &tokenHash)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT id, user_id, family, expires_at, used_at, "
                                            "revoked_at FROM refresh_tokens WHERE token_hash = ?"),
                             {QString::fromLatin1(tokenHash.toHex())});
    if (!q.next())
        return std::nullopt;
    Row r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
          q.value(3).toLongLong(), !q.value(4).isNull(),    !q.value(5).isNull()};
    q.finish();
    return r;
}

bool TokenStore::markUsed(qint64 id)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? "
                                            "WHERE id = ? AND used_at IS NULL"),
                             {nowMs(), id});
    const bool ok = q.numRowsAffected() == 1;
    q.finish();
    return ok;
}

void TokenStore::revokeFamily(const QString &family)
{
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? "
                             "WHERE family = ? AND revoked_at IS NULL"),
              {nowMs(), family});
}

void TokenStore::revokeUser(qint64 userId)
{
    m_db.exec(QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? "
                             "WHERE user_id = ? AND revoked_at IS NULL"),
              {nowMs(), userId});
}

void LoginAttempts::recordFailure(const QString &account, const QString &address)
{
    m_db.exec(QStringLiteral("INSERT INTO login_attempts (account, address, created_at) "
                             "VALUES (?, ?, ?)"),
              {account, address, nowMs()});
}

void LoginAttempts::clearAccount(const QString &account)
{
    m_db.exec(QStringLiteral("DELETE FROM login_attempts WHERE account = ?"), {account});
}

LoginAttempts::Window LoginAttempts::window(const QString &column, const QString &value,
                                            qint64 sinceMs)
{
    // column is one of two fixed names, never user input.
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM login_attempts "
                                            "WHERE ") +
                                 column + QStringLiteral(" = ? AND created_at >= ?"),
                             {value, sinceMs});
    Window w;
    if (q.next()) {
        w.count = q.value(0).toInt();
        w.oldest = q.value(1).toLongLong();
    }
    q.finish();
    return w;
}

LoginAttempts::Window LoginAttempts::forAccount(const QString &account, qint64 sinceMs)
{
    return window(QStringLiteral("account"), account, sinceMs);
}

LoginAttempts::Window LoginAttempts::forAddress(const QString &address, qint64 sinceMs)
{
    return window(QStringLiteral("address"), address, sinceMs);
}

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(qint64 userId, const QString &key)
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT request_hash, status, body FROM "
                                            "idempotency_keys WHERE user_id = ? AND idem_key = ?"),
                             {userId, key});
    if (!q.next())
        return std::nullopt;
    Stored s{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString().toUtf8()};
    q.finish();
    return s;
}

void IdempotencyStore::save(qint64 userId, const QString &key, const QString &requestHash,
                            int status, const QByteArray &body)
{
    m_db.exec(QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, "
                             "status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {userId, key, requestHash, status, QString::fromUtf8(body), nowMs()});
}

} // namespace jobdesk::server
