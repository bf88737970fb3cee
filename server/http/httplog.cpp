#include "httplog.h"

namespace jobdesk::server {

Q_LOGGING_CATEGORY(lcHttp, "jobdesk.server.http", QtInfoMsg)

} // namespace jobdesk::server
