#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace jobdesk::server {

// HS256 only: the algorithm is fixed, never read from the token. iss, aud and typ
// are checked as well as the signature and the expiry.
class Jwt final
{
public:
    static constexpr const char *Issuer = "jobdesk";
    static constexpr const char *Audience = "jobdesk-api";

    enum class Failure
    {
        Malformed,
        BadAlgorithm,
        BadSignature,
        BadClaims,
        Expired
    };

    explicit Jwt(QByteArray key)
        : m_key(std::move(key))
    {}

    // Adds iss, aud, iat and exp (now + ttl) to `claims`.
    QByteArray sign(QJsonObject claims, qint64 ttlSeconds, qint64 nowSeconds) const;
    // Returns the claims, or the reason in `failure`.
    std::optional<QJsonObject> verify(const QByteArray &token, const QString &expectedTyp,
                                      qint64 nowSeconds, Failure *failure) const;

private:
    QByteArray mac(const QByteArray &data) const;
    QByteArray m_key;
};

} // namespace jobdesk::server
