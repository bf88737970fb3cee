#pragma once

#include <QList>
#include <QString>

namespace jobdesk::server {

class Database;

struct DemoLogin
{
    QString role;
    QString email;
    QString password;
};

// Fills an empty database with a believable service: skills, an admin, workers
// in Cambodia, Vietnam and the Philippines, jobs in every lifecycle state with
// offers, and time entries over the past four weeks. Refuses a database that
// already has accounts. Returns the sign-ins, or sets `error`.
QList<DemoLogin> seedDemoData(Database &db, QString *error);

} // namespace jobdesk::server
