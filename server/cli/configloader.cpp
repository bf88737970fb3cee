#include "configloader.h"

#include "clientversion.h"
#include "dispatchconfig.h"
#include "forwardedfor.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace jobdesk::server {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (host.isEmpty() || host == QLatin1String("*"))
        a = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        a = QHostAddress::LocalHost;
    else if (!a.setAddress(host))
        return false;
    *address = a;
    *port = quint16(p);
    return true;
}

namespace {

struct Key
{
    const char *option; // command-line option name
    const char *env;    // environment variable
    const char *ini;    // key in the config file
};

const Key Keys[] = {
    {"data-dir", "JOBDESK_DATA_DIR", "data_dir"},
    {"listen", "JOBDESK_LISTEN", "listen"},
    {"database", "JOBDESK_DATABASE", "database"},
    {"threads", "JOBDESK_THREADS", "threads"},
    {"log-rules", "JOBDESK_LOG_RULES", "log_rules"},
    {"max-connections", "JOBDESK_MAX_CONNECTIONS", "max_connections"},
    {"trusted-proxies", "JOBDESK_TRUSTED_PROXIES", "trusted_proxies"},
    {"access-token-ttl", "JOBDESK_ACCESS_TOKEN_TTL", "access_token_ttl"},
    {"login-account-limit", "JOBDESK_LOGIN_ACCOUNT_LIMIT", "login_account_limit"},
    {"login-address-limit", "JOBDESK_LOGIN_ADDRESS_LIMIT", "login_address_limit"},
    {"login-window", "JOBDESK_LOGIN_WINDOW", "login_window"},
    {"max-upload-bytes", "JOBDESK_MAX_UPLOAD_BYTES", "max_upload_bytes"},
    {"min-client-version", "JOBDESK_MIN_CLIENT_VERSION", "min_client_version"},
    {"client-download-url", "JOBDESK_CLIENT_DOWNLOAD_URL", "client_download_url"},
    {"tls-cert", "JOBDESK_TLS_CERT", "tls_cert"},
    {"tls-key", "JOBDESK_TLS_KEY", "tls_key"},
};

// The [dispatch] section of the config file (no command-line options).
const Key DispatchKeys[] = {
    {"dispatch-weights", "JOBDESK_DISPATCH_WEIGHTS", "weights"},
    {"dispatch-window-seconds", "JOBDESK_DISPATCH_WINDOW_SECONDS", "window_seconds"},
    {"dispatch-shortlist", "JOBDESK_DISPATCH_SHORTLIST", "shortlist"},
    {"auto-dispatch", "JOBDESK_AUTO_DISPATCH", "auto_dispatch"},
};

bool applyInt(const QString &name, const QString &value, qint64 min, qint64 max, qint64 *out,
              QString *error)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(value);
        return false;
    }
    *out = v;
    return true;
}

bool apply(const QString &key, const QString &value, ServerConfig *c, QString *error)
{
    qint64 n = 0;
    if (key == QLatin1String("data-dir")) {
        c->dataDir = value;
    } else if (key == QLatin1String("listen")) {
        if (!parseListen(value, &c->listenAddress, &c->listenPort)) {
            *error = QStringLiteral("listen must be HOST:PORT, not '%1'").arg(value);
            return false;
        }
    } else if (key == QLatin1String("database")) {
        c->databaseUrl = value == QLatin1String("sqlite") ? QString() : value;
    } else if (key == QLatin1String("threads")) {
        if (!applyInt(key, value, 1, 64, &n, error))
            return false;
        c->threads = int(n);
    } else if (key == QLatin1String("log-rules")) {
        c->logRules = value;
    } else if (key == QLatin1String("max-connections")) {
        if (!applyInt(key, value, 1, 100000, &n, error))
            return false;
        c->maxConnections = int(n);
    } else if (key == QLatin1String("tls-cert")) {
        c->tlsCertFile = value;
    } else if (key == QLatin1String("tls-key")) {
        c->tlsKeyFile = value;
    } else if (key == QLatin1String("trusted-proxies")) {
        QString bad;
        if (!parseSubnets(value, &c->trustedProxies, &bad)) {
            *error = QStringLiteral("trusted-proxies must list addresses or subnets such as "
                                    "127.0.0.1 or 10.0.0.0/8, not '%1'")
                         .arg(bad);
            return false;
        }
    } else if (key == QLatin1String("access-token-ttl")) {
        if (!applyInt(key, value, 1, 86400, &n, error))
            return false;
        c->accessTokenTtl = n;
    } else if (key == QLatin1String("login-account-limit")) {
        if (!applyInt(key, value, 1, 10000, &n, error))
            return false;
        c->loginAccountLimit = int(n);
    } else if (key == QLatin1String("login-address-limit")) {
        if (!applyInt(key, value, 1, 100000, &n, error))
            return false;
        c->loginAddressLimit = int(n);
    } else if (key == QLatin1String("login-window")) {
        if (!applyInt(key, value, 1, 86400, &n, error))
            return false;
        c->loginWindowSeconds = n;
    } else if (key == QLatin1String("max-upload-bytes")) {
        if (!applyInt(key, value, 1, qint64(1) << 40, &n, error))
            return false;
        c->maxUploadBytes = n;
    } else if (key == QLatin1String("min-client-version")) {
        if (!ClientVersionGate::isValidSetting(value)) {
            *error = QStringLiteral("min-client-version must be a version such as 0.2.0, not '%1'")
                         .arg(value);
            return false;
        }
        c->minClientVersion = value;
    } else if (key == QLatin1String("client-download-url")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!value.isEmpty() &&
            (!url.isValid() || url.host().isEmpty() ||
             (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
            *error =
                QStringLiteral("client-download-url must be an http(s) URL, not '%1'").arg(value);
            return false;
        }
        c->clientDownloadUrl = value;
    } else if (key == QLatin1String("dispatch-weights")) {
        return parseDispatchWeights(value, &c->dispatchWeights, error);
    } else if (key == QLatin1String("dispatch-window-seconds")) {
        if (!applyInt(key, value, 1, 86400, &n, error))
            return false;
        c->dispatchWindowSeconds = int(n);
    } else if (key == QLatin1String("dispatch-shortlist")) {
        if (!applyInt(key, value, 1, 50, &n, error))
            return false;
        c->dispatchShortlist = int(n);
    } else if (key == QLatin1String("auto-dispatch")) {
        const auto on = parseSwitch(value);
        if (!on) {
            *error = QStringLiteral("auto-dispatch must be true or false, not '%1'").arg(value);
            return false;
        }
        c->autoDispatch = *on;
    }
    return true;
}

// A key the server does not know is a typo or a setting of another version:
// refuse it rather than run with a default the operator did not mean.
bool rejectUnknownKeys(const QSettings &ini, QString *error)
{
    QStringList known;
    for (const Key &k : Keys)
        known << QStringLiteral("server/") + QLatin1String(k.ini);
    for (const Key &k : DispatchKeys)
        known << QStringLiteral("dispatch/") + QLatin1String(k.ini);
    for (const QString &key : ini.allKeys()) {
        if (!known.contains(key)) {
            *error = QStringLiteral("unknown setting '%1' (known: %2)")
                         .arg(key, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

} // namespace

bool loadConfig(const QCommandLineParser &parser, const QProcessEnvironment &env,
                ServerConfig *config, QString *error)
{
    QString file = env.value(QStringLiteral("JOBDESK_CONFIG"));
    if (parser.optionNames().contains(QStringLiteral("config")) &&
        parser.isSet(QStringLiteral("config")))
        file = parser.value(QStringLiteral("config"));
    if (!file.isEmpty()) {
        if (!QFileInfo(file).isReadable()) {
            *error = QStringLiteral("cannot read config file %1").arg(file);
            return false;
        }
        QSettings ini(file, QSettings::IniFormat);
        if (!rejectUnknownKeys(ini, error)) {
            *error = file + QStringLiteral(": ") + *error;
            return false;
        }
        ini.beginGroup(QStringLiteral("server"));
        for (const Key &k : Keys) {
            const QString name = QLatin1String(k.ini);
            if (ini.contains(name) &&
                !apply(QLatin1String(k.option), ini.value(name).toString(), config, error)) {
                *error = file + QStringLiteral(": ") + *error;
                return false;
            }
        }
        ini.endGroup();
        ini.beginGroup(QStringLiteral("dispatch"));
        for (const Key &k : DispatchKeys) {
            const QString name = QLatin1String(k.ini);
            // A comma-separated value reads as a list: join it back.
            const QVariant v = ini.value(name);
            const QString text = v.typeId() == QMetaType::QStringList
                                     ? v.toStringList().join(QLatin1Char(','))
                                     : v.toString();
            if (ini.contains(name) && !apply(QLatin1String(k.option), text, config, error)) {
                *error = file + QStringLiteral(": [dispatch] ") + *error;
                return false;
            }
        }
    }
    const auto fromEnv = [&](const Key &k) {
        const QString name = QLatin1String(k.env);
        if (env.contains(name) && !apply(QLatin1String(k.option), env.value(name), config, error)) {
            *error = name + QStringLiteral(": ") + *error;
            return false;
        }
        return true;
    };
    if (!std::all_of(std::begin(Keys), std::end(Keys), fromEnv) ||
        !std::all_of(std::begin(DispatchKeys), std::end(DispatchKeys), fromEnv))
        return false;
    for (const Key &k : Keys) {
        const QString name = QLatin1String(k.option);
        if (parser.optionNames().contains(name) && parser.isSet(name) &&
            !apply(name, parser.value(name), config, error))
            return false;
    }
    if (config->dataDir.isEmpty()) {
        *error =
            QStringLiteral("a data directory is required (--data-dir DIR or JOBDESK_DATA_DIR)");
        return false;
    }
    return true;
}

} // namespace jobdesk::server
