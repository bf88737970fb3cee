#include "forwardedfor.h"

#include <QRegularExpression>

namespace jobdesk::server {

namespace {

QHostAddress plain(const QHostAddress &a)
{
    bool ok = false;
    const QHostAddress v4(a.toIPv4Address(&ok)); // ::ffff:1.2.3.4 is 1.2.3.4
    return ok ? v4 : a;
}

bool isTrusted(const QHostAddress &a, const QList<Subnet> &trusted)
{
    const QHostAddress p = plain(a);
    return std::any_of(trusted.cbegin(), trusted.cend(),
                       [&](const Subnet &s) { return p.isInSubnet(s); });
}

} // namespace

bool parseSubnets(const QString &text, QList<Subnet> *out, QString *bad)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    out->clear();
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        Subnet subnet;
        if (item.contains(QLatin1Char('/'))) {
            subnet = QHostAddress::parseSubnet(item);
        } else if (QHostAddress a; a.setAddress(item)) {
            subnet = {a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            *bad = item;
            return false;
        }
        out->append(subnet);
    }
    return true;
}

QHostAddress forwardedClient(const QHostAddress &peer, const QByteArray &forwardedFor,
                             const QList<Subnet> &trusted)
{
    if (trusted.isEmpty() || forwardedFor.isEmpty() || !isTrusted(peer, trusted))
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        QHostAddress hop;
        if (!hop.setAddress(QString::fromLatin1(it->trimmed())))
            break; // garbage: keep the last proxy that vouched for something
        client = hop;
        if (!isTrusted(hop, trusted))
            break;
    }
    return plain(client);
}

} // namespace jobdesk::server
