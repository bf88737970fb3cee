#pragma once

namespace jobdesk::server {

class Router;
struct Services;

void registerHealthRoutes(Router &router, Services &services);
void registerAuthRoutes(Router &router, Services &services);
void registerUserRoutes(Router &router, Services &services);
void registerJobRoutes(Router &router, Services &services);
void registerTimeEntryRoutes(Router &router, Services &services);
void registerTimesheetRoutes(Router &router, Services &services);
void registerLogRoutes(Router &router, Services &services);
void registerUploadRoutes(Router &router, Services &services);
void registerDeliverableRoutes(Router &router, Services &services);
void registerOfferRoutes(Router &router, Services &services);
void registerMessageRoutes(Router &router, Services &services);
void registerNotificationRoutes(Router &router, Services &services);
void registerAnalyticsRoutes(Router &router, Services &services);
void registerDispatchRoutes(Router &router, Services &services);

// Every route of the API, bound to one thread's services.
inline void registerAllRoutes(Router &router, Services &services)
{
    registerHealthRoutes(router, services);
    registerAuthRoutes(router, services);
    registerUserRoutes(router, services);
    registerJobRoutes(router, services);
    registerTimeEntryRoutes(router, services);
    registerTimesheetRoutes(router, services);
    registerLogRoutes(router, services);
    registerUploadRoutes(router, services);
    registerDeliverableRoutes(router, services);
    registerOfferRoutes(router, services);
    registerMessageRoutes(router, services);
    registerNotificationRoutes(router, services);
    registerAnalyticsRoutes(router, services);
    registerDispatchRoutes(router, services);
}

} // namespace jobdesk::server
