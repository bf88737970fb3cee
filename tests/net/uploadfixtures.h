#pragma once

// Shared by tst_uploadqueue and jobdesk_uploadhelper (and, for the fixed access
// token, tst_sync and tst_timesheet): a fixed access token and deterministic file
// contents.
#include "apiclient.h"

#include <QByteArray>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QString>

namespace jobdesk::test {

// A worker's access token from a sign-in; the tests finish long before it expires.
class FixedToken final : public net::TokenSource
{
public:
    explicit FixedToken(const QString &token)
        : m_token(token.toUtf8())
    {}
    QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(std::function<void(bool)> done) override { done(false); }

private:
    QByteArray m_token;
};

// An ApiClient of its own that always presents one worker's access token.
class TokenApi
{
public:
    // `timeoutMs` 0 keeps the client's default.
    explicit TokenApi(const QString &token, int timeoutMs = 0)
        : m_token(token)
    {
        m_api.setTokenSource(&m_token);
        if (timeoutMs > 0)
            m_api.setTimeoutMs(timeoutMs);
    }
    net::ApiClient *api() { return &m_api; }

private:
    FixedToken m_token;
    QNetworkAccessManager m_nam;
    net::ApiClient m_api{&m_nam};
};

// `size` pseudo-random bytes, the same for the same seed.
inline QByteArray randomBytes(quint32 seed, qint64 size)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; i += 4) {
        const quint32 v = gen.generate();
        for (qint64 j = 0; j < 4 && i + j < size; ++j)
            bytes[i + j] = char((v >> (8 * j)) & 0xff);
    }
    return bytes;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace jobdesk::test
