#pragma once

#include "serverconfig.h"

#include <QString>
#include <QTextStream>

namespace jobdesk::server {

struct TransferSummary
{
    qint64 tables = 0;
    qint64 rows = 0;
};

// `jobdesk-server export`: the whole database (see dumpformat.h) to `output`
// ("-": standard output), read in one read transaction so that a running server
// does not make it inconsistent. Progress goes to `log`. False with a message on
// failure; a file is only replaced by a complete dump.
bool exportDatabase(const ServerConfig &config, const QString &output, QTextStream &log,
                    TransferSummary *summary, QString *error);

// `jobdesk-server import`: a dump from `input` ("-": standard input) into the
// configured database, which must hold no rows. One transaction around the
// migration and every row: on any failure nothing stays written.
bool importDatabase(const ServerConfig &config, const QString &input, QTextStream &log,
                    TransferSummary *summary, QString *error);

} // namespace jobdesk::server
