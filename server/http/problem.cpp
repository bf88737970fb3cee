#include "problem.h"

namespace jobdesk::server {

QJsonObject Problem::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("type"), QString(QStringLiteral("urn:jobdesk:problem:") + slug));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);
    return o;
}

HttpResponse Problem::toResponse() const
{
    HttpResponse r = HttpResponse::json(status, toJson());
    r.contentType = QByteArrayLiteral("application/problem+json");
    return r;
}

HttpResponse problem(int status, const QString &slug, const QString &title,
                     const QString &detail, const QJsonObject &errors)
{
    return Problem{status, slug, title, detail, errors, {}}.toResponse();
}

} // namespace jobdesk::server
