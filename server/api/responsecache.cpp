#include "responsecache.h"

namespace jobdesk::server {

std::optional<QByteArray> ResponseCache::find(const QByteArray &key, qint64 generation)
{
    const Entry *e = m_cache.object(key);
    if (!e || e->generation != generation)
        return std::nullopt;
    return e->body;
}

void ResponseCache::insert(const QByteArray &key, qint64 generation, const QByteArray &body)
{
    m_cache.insert(key, new Entry{generation, body}, int(body.size() / 1024) + 1);
}

std::optional<std::pair<qint64, qint64>> AuthCache::userForToken(const QByteArray &token,
                                                                   qint64 nowSeconds)
{
    const Token *t = m_tokens.object(token);
    if (!t || t->expiresAt <= nowSeconds)
        return std::nullopt;
    return std::make_pair(t->userId, t->expiresAt);
}

void AuthCache::rememberToken(const QByteArray &token, qint64 userId, qint64 expiresAt)
{
    m_tokens.insert(token, new Token{userId, expiresAt});
}

std::optional<UserStore::Standing> AuthCache::standing(qint64 userId, qint64 generation) const
{
    const auto it = m_standings.constFind(userId);
    if (it == m_standings.constEnd() || it->first != generation)
        return std::nullopt;
    return it->second;
}

void AuthCache::rememberStanding(qint64 userId, qint64 generation, UserStore::Standing standing)
{
    if (m_standings.size() > 100000)
        m_standings.clear(); // bounded; refilled from the database on demand
    m_standings.insert(userId, {generation, standing});
}

} // namespace jobdesk::server
