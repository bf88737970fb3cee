#pragma once

#include "httpresponse.h"

#include <QJsonObject>
#include <QString>

namespace jobdesk::server {

// RFC 9457 problem details. `slug` names a stable problem type: the wire `type`
// is "urn:jobdesk:problem:<slug>", listed in docs/problems.md.
struct Problem
{
    int status = 500;
    QString slug;
    QString title;
    QString detail;
    QJsonObject errors; // per-field messages for validation: {"field": ["message", ...]}
    QJsonObject extra;  // extra members (e.g. "current" for a 412)

    HttpResponse toResponse() const;
    QJsonObject toJson() const;
};

HttpResponse problem(int status, const QString &slug, const QString &title,
                     const QString &detail = {}, const QJsonObject &errors = {});

} // namespace jobdesk::server
