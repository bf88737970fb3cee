#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace jobdesk::test {

class PgScratch;

// The real jobdesk-server binary on a free loopback port with a fresh data dir,
// and a fresh database: the SQLite file in the data dir, or in the <name>_pg runs
// a database of its own on the run's PostgreSQL cluster.
class TestServer final
{
public:
    explicit TestServer(QStringList extraArgs = {});
    // Another instance on `primary`'s database and data dir (several servers behind
    // one load balancer).
    static std::unique_ptr<TestServer> sibling(const TestServer &primary,
                                               QStringList extraArgs = {});
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    bool start(); // serve; waits for the "listening on" line
    void stop();  // SIGTERM and wait
    void kill();  // SIGKILL
    bool isRunning() const;
    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString dataDir() const { return m_dataDir; }
    // The --database URL the server runs on; empty for SQLite in the data dir.
    QString databaseUrl() const { return m_databaseUrl; }
    // A connection of the test's own to the server's database (either engine).
    QSqlDatabase openDatabase(const QString &connectionName) const;
    QUrl url(const QString &path) const;
    // For a server started with --tls-cert/--tls-key: url() gives https:// URLs, and
    // Http trusts the authority in `caFile` (PEM) besides the system's. Call before
    // start(); without it everything stays plain http://.
    void setHttps(const QString &caFile) { m_caFile = caFile; }
    bool isHttps() const { return !m_caFile.isEmpty(); }
    QString caFile() const { return m_caFile; }
    QByteArray output() const { return m_output; }
    // Resident memory of the server process in KiB (VmRSS).
    qint64 residentKiB() const;

    // Runs `jobdesk-server ARGS` to completion; returns the exit code.
    static int run(const QStringList &args, const QByteArray &stdinData = {},
                   QByteArray *stdoutData = nullptr, QByteArray *stderrData = nullptr);
    // `jobdesk-server ARGS` on this server's database (for commands given --data-dir).
    int command(const QStringList &args, const QByteArray &stdinData = {},
                QByteArray *stdoutData = nullptr, QByteArray *stderrData = nullptr) const;
    // create-user on this server's data dir; returns the new user id (0 on failure).
    qint64 createUser(const QString &email, const QString &role, const QString &password,
                      const QString &name = {});

private:
    static int runIn(const QProcessEnvironment &env, const QStringList &args,
                     const QByteArray &stdinData, QByteArray *stdoutData, QByteArray *stderrData);
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::shared_ptr<PgScratch> m_database; // shared by siblings
    QString m_databaseUrl;
    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_caFile; // https with this authority trusted; empty: plain http
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value(QStringLiteral("items")).toArray(); }
    QString problemType() const { return json().value(QStringLiteral("type")).toString(); }
};

// A blocking HTTP client over QNetworkAccessManager, for tests only.
class Http final
{
public:
    explicit Http(const TestServer &server)
        : m_server(&server)
    {}
    // Requests to another origin, e.g. a proxy in front of the servers
    // ("https://127.0.0.1:PORT"), trusting `caFile` besides the system's authorities.
    Http(QUrl origin, QString caFile)
        : m_origin(std::move(origin))
        , m_caFile(std::move(caFile))
    {}

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &path, const QString &token = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply patch(const QString &path, const QJsonObject &body, const QString &token,
                const QByteArray &ifMatch);
    // Signs in and returns the access token ("" on failure).
    QString login(const QString &email, const QString &password, QJsonObject *full = nullptr);

private:
    const TestServer *m_server = nullptr;
    QUrl m_origin;
    QString m_caFile;
    QNetworkAccessManager m_nam;
};

// Raw bytes over a TCP socket, for what QNetworkAccessManager will not send.
// Returns what the server answered before closing or `timeoutMs`.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000);

QByteArray bearer(const QString &token);

} // namespace jobdesk::test

namespace jobdesk::test {

// A running server with an admin and two active workers signed in.
struct World
{
    TestServer server;
    std::unique_ptr<Http> http;
    qint64 adminId = 0, worker1Id = 0, worker2Id = 0;
    QString admin, worker1, worker2; // access tokens

    bool setUp();
    // Creates a job as the admin; returns its JSON (empty on failure).
    QJsonObject createJob(const QString &title, const QJsonObject &extra = {});
    // Creates a job and assigns it to `workerId`; returns the job JSON.
    QJsonObject assignedJob(const QString &title, qint64 workerId);
};

} // namespace jobdesk::test
