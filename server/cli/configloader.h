#pragma once

#include "serverconfig.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace jobdesk::server {

// Fills a ServerConfig from, in rising priority: defaults, the INI file named by
// --config or JOBDESK_CONFIG, JOBDESK_* environment variables, and the options
// the parser was given. Returns false with a message on a bad value.
bool loadConfig(const QCommandLineParser &parser, const QProcessEnvironment &env,
                ServerConfig *config, QString *error);

// "HOST:PORT", "[v6]:PORT", or ":PORT".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port);

} // namespace jobdesk::server
