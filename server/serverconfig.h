#pragma once

#include "dispatch.h"
#include "forwardedfor.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

namespace jobdesk::server {

// Settings of a running server. Sources, later ones winning: built-in defaults,
// the --config file, JOBDESK_* environment variables, command-line options.
struct ServerConfig
{
    QString dataDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString databaseUrl; // empty: SQLite file jobdesk.db in the data dir
    int threads = 2;     // HTTP worker threads, each with its own connection
    qint64 accessTokenTtl = 15 * 60;
    qint64 refreshTokenTtl = 7 * 24 * 3600;
    // Login throttling: failures in the window per account and per address.
    int loginAccountLimit = 5;
    int loginAddressLimit = 20;
    qint64 loginWindowSeconds = 15 * 60;
    int maxConnections = 1024;
    // Reverse proxies (address or subnet) whose X-Forwarded-For gives the client's
    // address, for login throttling and the audit log; none by default.
    QList<Subnet> trustedProxies;
    QString logRules; // QLoggingCategory filter rules, e.g. "jobdesk.*.debug=true"
    qint64 maxUploadBytes = 512LL * 1024 * 1024; // per uploaded file
    // The oldest desktop app served (426 client-too-old below it) and where a newer
    // one can be had (optional, passed on to the app).
    QString minClientVersion = QStringLiteral(JOBDESK_VERSION);
    QString clientDownloadUrl;
    // The server's own TLS (PEM files; both or neither) and, once checked at
    // start, the configuration built from them (null: plain HTTP).
    QString tlsCertFile;
    QString tlsKeyFile;
    QSslConfiguration tls;
    // Dispatch ([dispatch] in the config file): scoring weights, a cascade's
    // acceptance window and short list, and whether new jobs start a cascade
    // (the default of the runtime setting an admin toggles).
    dispatch::Weights dispatchWeights;
    int dispatchWindowSeconds = 15 * 60;
    int dispatchShortlist = 3;
    bool autoDispatch = false;

    QString sqlitePath() const;
    QString filesDir() const; // uploaded files, under generated names
};

} // namespace jobdesk::server
