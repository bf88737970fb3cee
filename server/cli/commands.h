#pragma once

#include <QStringList>

namespace jobdesk::server {

// jobdesk-server's command line: `jobdesk-server COMMAND [options]`.
// Returns the process exit code (0 ok, 1 failure, 2 usage error).
int runCommandLine(const QStringList &arguments);

} // namespace jobdesk::server
