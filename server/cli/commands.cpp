#include "commands.h"

#include "configloader.h"
#include "database.h"
#include "demodeliverables.h"
#include "demoseeder.h"
#include "httpadapter.h"
#include "passwordhasher.h"
#include "router.h"
#include "routes.h"
#include "serverapp.h"
#include "services.h"
#include "signalwatcher.h"
#include "signingkey.h"
#include "timecodec.h"
#include "tlsfiles.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace jobdesk::server {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char *const Usage = R"(Usage: jobdesk-server COMMAND [options]

Commands:
  serve        Run the server (REST + WebSocket on one port)
  migrate      Bring the database schema up to date and exit
  create-user  Create an active account (password read from stdin)
  seed-demo    Fill a data directory with demo accounts, jobs and time entries
  export       Write the whole database to one portable file (JSON Lines)
  import       Load an export into a new, empty database (SQLite or PostgreSQL)
  routes       List every HTTP route the server answers
  help         Show this help

Common options:
  --data-dir DIR       Directory for the database, signing key and files
                       (or JOBDESK_DATA_DIR)
  --config FILE        INI file with [server] and [dispatch] sections (or JOBDESK_CONFIG)
  --database URL       postgresql://user@host:port/db; default SQLite in the data dir

serve options:
  --listen HOST:PORT   Address to listen on (default 127.0.0.1:8080; JOBDESK_LISTEN)
  --threads N          HTTP worker threads (default 2; JOBDESK_THREADS)
  --log-rules RULES    Logging filter rules, e.g. "jobdesk.*.debug=true"
  --max-upload-bytes N Largest file one upload may hold (default 512 MiB)
  --min-client-version V  Oldest desktop app served (default this version)
  --tls-cert FILE      PEM certificate (chain) to serve HTTPS/WSS itself (JOBDESK_TLS_CERT)
  --tls-key FILE       PEM private key of that certificate (JOBDESK_TLS_KEY)

create-user options:
  --email E --role admin|worker [--name N] --password-stdin

export / import options:
  --output FILE|-      Where export writes (default -, standard output)
  --input FILE|-       What import reads (- for standard input)
  Uploaded files (DIR/files) and signing.key are not in an export: copy them along.

Run 'jobdesk-server COMMAND --help' for the options of one command.
Options may also be set in the config file or JOBDESK_* variables; see docs/operations.md.
)";

void addCommonOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("config"), QStringLiteral("Config file (INI)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("database"), QStringLiteral("postgresql:// URL; default SQLite."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("log-rules"), QStringLiteral("Logging filter rules."),
                 QStringLiteral("RULES")});
}

// Parses, loads the config, makes the data dir; on failure prints and returns false.
bool prepare(QCommandLineParser &p, const QStringList &args, ServerConfig *config, int *code)
{
    if (!p.parse(args)) {
        err() << p.errorText() << "\n"
              << "Try 'jobdesk-server " << args.value(1) << " --help'.\n";
        *code = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        *code = 0;
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        err() << "unexpected argument: " << p.positionalArguments().first() << "\n";
        *code = 2;
        return false;
    }
    QString error;
    if (!loadConfig(p, QProcessEnvironment::systemEnvironment(), config, &error)) {
        err() << "jobdesk-server: " << error << "\n";
        *code = 2;
        return false;
    }
    if (!config->logRules.isEmpty())
        QLoggingCategory::setFilterRules(
            QString(config->logRules).replace(QLatin1Char(';'), QLatin1Char('\n')));
    if (!QDir().mkpath(config->dataDir)) {
        err() << "jobdesk-server: cannot create data directory " << config->dataDir << "\n";
        *code = 1;
        return false;
    }
    QFile::setPermissions(config->dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

std::unique_ptr<Database> openMigrated(const ServerConfig &config, int *code)
{
    QString error;
    auto db = Database::open({config.sqlitePath(), config.databaseUrl}, &error);
    if (!db || !db->migrate(&error)) {
        err() << "jobdesk-server: database: " << error << "\n";
        *code = 1;
        return nullptr;
    }
    return db;
}

// prepare() and openMigrated() for the commands that work on the database only.
std::unique_ptr<Database> prepareDatabase(QCommandLineParser &p, const QStringList &args,
                                          ServerConfig *config, int *code)
{
    if (!prepare(p, args, config, code))
        return nullptr;
    return openMigrated(*config, code);
}

int serve(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Run the Jobdesk server."));
    addCommonOptions(p);
    p.addOption({QStringLiteral("listen"), QStringLiteral("HOST:PORT to listen on."),
                 QStringLiteral("HOST:PORT")});
    p.addOption(
        {QStringLiteral("threads"), QStringLiteral("HTTP worker threads."), QStringLiteral("N")});
    p.addOption({QStringLiteral("max-upload-bytes"),
                 QStringLiteral("Largest file one upload may hold."), QStringLiteral("N")});
    p.addOption({QStringLiteral("min-client-version"),
                 QStringLiteral("Oldest desktop app version served."), QStringLiteral("V")});
    p.addOption({QStringLiteral("tls-cert"),
                 QStringLiteral("PEM certificate (chain): serve HTTPS and WSS."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
                 QStringLiteral("FILE")});
    ServerConfig config;
    int code = 0;
    if (!prepare(p, args, &config, &code))
        return code;
    QString error;
    if ((!config.tlsCertFile.isEmpty() || !config.tlsKeyFile.isEmpty()) &&
        !loadTlsFiles(config.tlsCertFile, config.tlsKeyFile, &config.tls, &error)) {
        err() << "jobdesk-server: " << error << "\n";
        return 2;
    }
    const QByteArray key = loadOrCreateSigningKey(config.dataDir, &error);
    if (key.isEmpty()) {
        err() << "jobdesk-server: " << error << "\n";
        return 1;
    }
    if (!openMigrated(config, &code))
        return code;
    ServerApp app(config, key);
    if (!app.start(&error)) {
        err() << "jobdesk-server: cannot listen on " << config.listenAddress.toString() << ":"
              << config.listenPort << ": " << error << "\n";
        return 1;
    }
    // Scripts and tests read the port from this line.
    out() << "jobdesk-server " << JOBDESK_VERSION << " listening on "
          << (config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                  ? QLatin1Char('[') + config.listenAddress.toString() + QLatin1Char(']')
                  : config.listenAddress.toString())
          << ":" << app.port() << (config.tls.isNull() ? "" : " (TLS)") << "\n";
    out().flush();
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, &QCoreApplication::quit);
    const int rc = QCoreApplication::exec();
    app.stop();
    return rc;
}

int migrate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Bring the database schema up to date."));
    addCommonOptions(p);
    ServerConfig config;
    int code = 0;
    auto db = prepareDatabase(p, args, &config, &code);
    if (!db)
        return code;
    out() << "schema at version " << db->schemaVersion() << " (" << db->dialect().name() << ")\n";
    return 0;
}

int createUser(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create an active account."));
    addCommonOptions(p);
    p.addOption({QStringLiteral("email"), QStringLiteral("Email (the sign-in name)."),
                 QStringLiteral("E")});
    p.addOption(
        {QStringLiteral("role"), QStringLiteral("admin or worker."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("password-stdin"), QStringLiteral("Read the password from stdin.")});
    ServerConfig config;
    int code = 0;
    if (!prepare(p, args, &config, &code))
        return code;
    const QString email = p.value(QStringLiteral("email")).trimmed().toLower();
    const auto role = roleFromString(p.value(QStringLiteral("role")));
    if (email.isEmpty() || !email.contains(QLatin1Char('@')) || !role ||
        !p.isSet(QStringLiteral("password-stdin"))) {
        err() << "usage: jobdesk-server create-user --data-dir DIR --email E --role admin|worker "
                 "[--name N] --password-stdin\n";
        return 2;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 10) {
        err() << "jobdesk-server: the password must be at least 10 characters\n";
        return 2;
    }
    auto db = openMigrated(config, &code);
    if (!db)
        return code;
    UserStore users(*db);
    User user;
    user.email = email;
    user.name = p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name"))
                                                : email.section(QLatin1Char('@'), 0, 0);
    user.role = *role;
    user.status = AccountStatus::Active;
    user.createdAt = user.updatedAt = QDateTime::currentDateTimeUtc();
    const QString hash = PasswordHasher::hash(password);
    try {
        Transaction tx(*db);
        user.id = users.create(user, hash);
        if (!user.id) {
            err() << "jobdesk-server: " << email << " already has an account\n";
            return 1;
        }
        AuditLog(*db).record(std::nullopt, QStringLiteral("user.create"), QStringLiteral("user"),
                             QString::number(user.id), QJsonValue::Null,
                             QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("role"), toString(*role)},
                                         {QStringLiteral("via"), QStringLiteral("command line")}},
                             QStringLiteral("local"));
        tx.commit();
    } catch (const DbError &e) {
        err() << "jobdesk-server: " << e.what() << "\n";
        return 1;
    }
    out() << "created " << toString(*role) << " " << email << " (id " << user.id << ")\n";
    return 0;
}

int seedDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Fill a data directory with demo data."));
    addCommonOptions(p);
    ServerConfig config;
    int code = 0;
    auto db = prepareDatabase(p, args, &config, &code);
    if (!db)
        return code;
    QString error;
    const auto logins = seedDemoData(*db, &error);
    if (error.isEmpty())
        seedDemoDeliverables(*db, config.filesDir(), &error);
    if (!error.isEmpty()) {
        err() << "jobdesk-server: " << error << "\n";
        return 1;
    }
    out() << "Demo data ready. Sign in with:\n";
    for (const auto &login : logins)
        out() << "  " << login.role.leftJustified(7) << login.email
              << "  password: " << login.password << "\n";
    return 0;
}

// export and import: the work is in transfer.cpp; progress goes to stderr, since
// an export may be writing to stdout.
int exportData(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write the whole database to a portable file."));
    addCommonOptions(p);
    p.addOption({QStringLiteral("output"), QStringLiteral("File to write, - for stdout."),
                 QStringLiteral("FILE")});
    ServerConfig config;
    int code = 0;
    if (!prepare(p, args, &config, &code))
        return code;
    const QString output =
        p.isSet(QStringLiteral("output")) ? p.value(QStringLiteral("output")) : QStringLiteral("-");
    TransferSummary summary;
    QString error;
    if (!exportDatabase(config, output, err(), &summary, &error)) {
        err() << "jobdesk-server: export: " << error << "\n";
        return 1;
    }
    err() << "exported " << summary.rows << " rows in " << summary.tables << " tables\n";
    return 0;
}

int importData(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Load an export into an empty database."));
    addCommonOptions(p);
    p.addOption({QStringLiteral("input"), QStringLiteral("File to read, - for stdin."),
                 QStringLiteral("FILE")});
    ServerConfig config;
    int code = 0;
    if (!prepare(p, args, &config, &code))
        return code;
    if (!p.isSet(QStringLiteral("input"))) {
        err() << "usage: jobdesk-server import --data-dir DIR [--database URL] --input FILE|-\n";
        return 2;
    }
    TransferSummary summary;
    QString error;
    if (!importDatabase(config, p.value(QStringLiteral("input")), err(), &summary, &error)) {
        err() << "jobdesk-server: import: " << error << "\n";
        return 1;
    }
    out() << "imported " << summary.rows << " rows in " << summary.tables << " tables\n";
    return 0;
}

int listRoutes(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the HTTP routes."));
    p.addHelpOption();
    if (!p.parse(args)) {
        err() << p.errorText() << "\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    // Routes are registered against services that are never called here.
    QString error;
    auto db = Database::open({QStringLiteral(":memory:"), {}}, &error);
    ServerConfig config;
    const Jwt jwt(QByteArray(32, 'x'));
    Services services(*db, config, jwt);
    Router router;
    registerAllRoutes(router, services);
    for (const RouteInfo &r : router.routes())
        out() << r.method << " " << r.pattern << " " << r.maxBodyBytes << "\n";
    return 0;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v") ||
        command == QLatin1String("version")) {
        out() << "jobdesk-server " << JOBDESK_VERSION << "\n";
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        (command.isEmpty() ? err() : out()) << Usage;
        return command.isEmpty() ? 2 : 0;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("migrate"))
        return migrate(rest);
    if (command == QLatin1String("create-user"))
        return createUser(rest);
    if (command == QLatin1String("seed-demo"))
        return seedDemo(rest);
    if (command == QLatin1String("routes"))
        return listRoutes(rest);
    if (command == QLatin1String("export"))
        return exportData(rest);
    if (command == QLatin1String("import"))
        return importData(rest);
    err() << "jobdesk-server: unknown command '" << command << "'\n\n" << Usage;
    return 2;
}

} // namespace jobdesk::server
