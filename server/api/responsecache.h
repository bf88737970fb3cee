#pragma once

#include "userstore.h"

#include <QByteArray>
#include <QCache>
#include <QHash>

#include <optional>

namespace jobdesk::server {

// Every change others must see appends to the event log in the same transaction,
// so the log's last id is a generation number for everything readers can see.
// These per-thread caches keep an answer only while that number stands still; the
// generation is read before the data, so a cached answer is never older than it.

// Serialized list answers, least recently used first out, bounded in bytes.
class ResponseCache final
{
public:
    explicit ResponseCache(int maxKiB = 32 * 1024) : m_cache(maxKiB) {}
    Q_DISABLE_COPY_MOVE(ResponseCache)

    std::optional<QByteArray> find(const QByteArray &key, qint64 generation);
    void insert(const QByteArray &key, qint64 generation, const QByteArray &body);

private:
    struct Entry
    {
        qint64 generation;
        QByteArray body;
    };
    QCache<QByteArray, Entry> m_cache;
};

// Access tokens already verified (valid until they expire: the signature check is
// deterministic), and each account's standing as of a generation.
class AuthCache final
{
public:
    AuthCache() : m_tokens(4096) {}
    Q_DISABLE_COPY_MOVE(AuthCache)

    // (user id, expiry) of a token verified before and not expired yet.
    std::optional<std::pair<qint64, qint64>> userForToken(const QByteArray &token,
                                                           qint64 nowSeconds);
    void rememberToken(const QByteArray &token, qint64 userId, qint64 expiresAt);
    std::optional<UserStore::Standing> standing(qint64 userId, qint64 generation) const;
    void rememberStanding(qint64 userId, qint64 generation, UserStore::Standing standing);

private:
    struct Token
    {
        qint64 userId;
        qint64 expiresAt;
    };
    QCache<QByteArray, Token> m_tokens;
    QHash<qint64, std::pair<qint64, UserStore::Standing>> m_standings;
};

} // namespace jobdesk::server
