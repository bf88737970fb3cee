#pragma once

#include <QList>
#include <QStringList>

namespace jobdesk::net {

// The local store's schema, one numbered step at a time. A step is never edited
// once released; a change is a new step at the end.
struct LocalMigration
{
    int version;
    QStringList statements;
};

const QList<LocalMigration> &localMigrations();

} // namespace jobdesk::net
