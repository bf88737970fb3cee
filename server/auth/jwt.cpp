#include "jwt.h"

#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace jobdesk::server {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray headerSegment()
{
    static const QByteArray h = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(B64);
    return h;
}
} // namespace

QByteArray Jwt::mac(const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray Jwt::sign(QJsonObject claims, qint64 ttlSeconds, qint64 nowSeconds) const
{
    claims.insert(QStringLiteral("iss"), QLatin1String(Issuer));
    claims.insert(QStringLiteral("aud"), QLatin1String(Audience));
    claims.insert(QStringLiteral("iat"), nowSeconds);
    claims.insert(QStringLiteral("exp"), nowSeconds + ttlSeconds);
    const QByteArray signingInput =
        headerSegment() + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(B64);
    return signingInput + '.' + mac(signingInput).toBase64(B64);
}

std::optional<QJsonObject> Jwt::verify(const QByteArray &token, const QString &expectedTyp,
                                       qint64 nowSeconds, Failure *failure) const
{
    const auto fail = [failure](Failure f) -> std::optional<QJsonObject> {
        *failure = f;
        return std::nullopt;
    };
    if (token.size() > 4096 || token.count('.') != 2)
        return fail(Failure::Malformed);
    const int firstDot = int(token.indexOf('.'));
    const int lastDot = int(token.lastIndexOf('.'));
    const QByteArray headerB64 = token.left(firstDot);
    const QByteArray payloadB64 = token.mid(firstDot + 1, lastDot - firstDot - 1);
    const QByteArray sigB64 = token.mid(lastDot + 1);

    const auto decode = [](const QByteArray &b) {
        return QByteArray::fromBase64Encoding(b, B64 | QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto header = decode(headerB64);
    if (!header)
        return fail(Failure::Malformed);
    const QJsonDocument headerDoc = QJsonDocument::fromJson(header.decoded);
    if (!headerDoc.isObject())
        return fail(Failure::Malformed);
    if (headerDoc.object().value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return fail(Failure::BadAlgorithm);

    const auto sig = decode(sigB64);
    if (!sig)
        return fail(Failure::Malformed);
    const QByteArray expected = mac(token.left(lastDot));
    if (sig.decoded.size() != expected.size() ||
        CRYPTO_memcmp(sig.decoded.constData(), expected.constData(), size_t(expected.size())) != 0)
        return fail(Failure::BadSignature);

    const auto payload = decode(payloadB64);
    if (!payload)
        return fail(Failure::Malformed);
    const QJsonDocument doc = QJsonDocument::fromJson(payload.decoded);
    if (!doc.isObject())
        return fail(Failure::Malformed);
    const QJsonObject claims = doc.object();
    if (claims.value(QStringLiteral("iss")).toString() != QLatin1String(Issuer) ||
        claims.value(QStringLiteral("aud")).toString() != QLatin1String(Audience) ||
        claims.value(QStringLiteral("typ")).toString() != expectedTyp ||
        !claims.value(QStringLiteral("exp")).isDouble() ||
        !claims.value(QStringLiteral("sub")).isString())
        return fail(Failure::BadClaims);
    if (qint64(claims.value(QStringLiteral("exp")).toDouble()) <= nowSeconds)
        return fail(Failure::Expired);
    return claims;
}

} // namespace jobdesk::server
