#pragma once

#include "auditlog.h"
#include "database.h"
#include "deliverablestore.h"
#include "dispatchstore.h"
#include "eventlog.h"
#include "filestore.h"
#include "jobstore.h"
#include "jwt.h"
#include "offerstore.h"
#include "responsecache.h"
#include "serverconfig.h"
#include "timeentrystore.h"
#include "timesheetstore.h"
#include "tokenstore.h"
#include "uploadstore.h"
#include "userstore.h"

namespace jobdesk::server {

class ReadPool;

// What the route handlers of one thread work with: that thread's connection and
// the stores over it, plus the read-only configuration shared by all threads.
struct Services
{
    Services(Database &database, const ServerConfig &cfg, const Jwt &signer)
        : db(database)
        , config(cfg)
        , jwt(signer)
        , users(database)
        , jobs(database)
        , timeEntries(database)
        , timesheets(database)
        , events(database)
        , audit(database)
        , tokens(database)
        , loginAttempts(database)
        , idempotency(database)
        , offers(database)
        , uploads(database)
        , deliverables(database)
        , dispatchStore(database)
        , files(cfg.filesDir())
    {}
    Q_DISABLE_COPY_MOVE(Services)

    Database &db;
    const ServerConfig &config;
    const Jwt &jwt;
    UserStore users;
    JobStore jobs;
    TimeEntryStore timeEntries;
    TimesheetStore timesheets;
    EventLog events;
    AuditLog audit;
    TokenStore tokens;
    LoginAttempts loginAttempts;
    IdempotencyStore idempotency;
    OfferStore offers;
    UploadStore uploads;
    DeliverableStore deliverables;
    DispatchStore dispatchStore;
    FileStore files;
    AuthCache authCache;
    ResponseCache responses;
    // Shared by every HTTP thread: threads with read-only connections for long reads
    // (analytics). Null when the server is not running (e.g. `routes`).
    ReadPool *readPool = nullptr;
};

} // namespace jobdesk::server
