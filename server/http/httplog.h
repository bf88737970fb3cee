#pragma once

#include <QLoggingCategory>

namespace jobdesk::server {

// "jobdesk.server.http": adapter, guard and router.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace jobdesk::server
