#include "testserver.h"

#include "pgscratch.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <csignal>

namespace jobdesk::test {

TestServer::TestServer(QStringList extraArgs)
    : m_dataDir(m_dir.path())
    , m_extraArgs(std::move(extraArgs))
{
    if (PgScratch::serversUsePostgres()) {
        m_database = std::make_shared<PgScratch>();
        if (!m_database->isValid())
            qFatal("no PostgreSQL database for the test server: %s",
                   qPrintable(m_database->error()));
        m_databaseUrl = m_database->url();
    }
}

std::unique_ptr<TestServer> TestServer::sibling(const TestServer &primary, QStringList extraArgs)
{
    auto server = std::make_unique<TestServer>(std::move(extraArgs));
    server->m_dataDir = primary.m_dataDir;
    server->m_database = primary.m_database;
    server->m_databaseUrl = primary.m_databaseUrl;
    return server;
}

QProcessEnvironment TestServer::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_databaseUrl.isEmpty())
        env.insert(QStringLiteral("JOBDESK_DATABASE"), m_databaseUrl);
    return env;
}

QSqlDatabase TestServer::openDatabase(const QString &connectionName) const
{
    if (m_databaseUrl.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_dataDir + QStringLiteral("/jobdesk.db"));
        db.open();
        return db;
    }
    const QUrl url(m_databaseUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return db;
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(QStringLiteral(JOBDESK_SERVER_BINARY));
    m_process->setProcessEnvironment(environment());
    // A restart keeps the port, so clients that were connected can come back.
    m_process->setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"),
                                        m_dataDir, QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                            m_extraArgs);
    m_output.clear();
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on [^\\s]+:(\\d+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        m_output += m_process->readAllStandardOutput();
        const auto match = re.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    qWarning("server did not start: %s %s", m_output.constData(),
             m_process->readAllStandardError().constData());
    return false;
}

void TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void TestServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool TestServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(isHttps() ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(path));
}

qint64 TestServer::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int TestServer::run(const QStringList &args, const QByteArray &stdinData, QByteArray *stdoutData,
                    QByteArray *stderrData)
{
    return runIn(QProcessEnvironment::systemEnvironment(), args, stdinData, stdoutData, stderrData);
}

int TestServer::command(const QStringList &args, const QByteArray &stdinData,
                        QByteArray *stdoutData, QByteArray *stderrData) const
{
    return runIn(environment(), args, stdinData, stdoutData, stderrData);
}

int TestServer::runIn(const QProcessEnvironment &env, const QStringList &args,
                      const QByteArray &stdinData, QByteArray *stdoutData, QByteArray *stderrData)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JOBDESK_SERVER_BINARY), args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -1;
    }
    if (stdoutData)
        *stdoutData = p.readAllStandardOutput();
    if (stderrData)
        *stderrData = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

qint64 TestServer::createUser(const QString &email, const QString &role, const QString &password,
                              const QString &name)
{
    QStringList args{QStringLiteral("create-user"),
                     QStringLiteral("--data-dir"),
                     m_dataDir,
                     QStringLiteral("--email"),
                     email,
                     QStringLiteral("--role"),
                     role,
                     QStringLiteral("--password-stdin")};
    if (!name.isEmpty())
        args << QStringLiteral("--name") << name;
    QByteArray out;
    if (command(args, password.toUtf8() + '\n', &out) != 0)
        return 0;
    static const QRegularExpression re(QStringLiteral("\\(id (\\d+)\\)"));
    return re.match(QString::fromUtf8(out)).captured(1).toLongLong();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Reply Http::send(const QByteArray &method, const QString &path, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server ? m_server->url(path) : QUrl(m_origin.toString() + path));
    const QString caFile = m_server ? m_server->caFile() : m_caFile;
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(caFile);
        request.setSslConfiguration(ssl);
    }
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    // A custom "HEAD" would make QNetworkAccessManager wait for a body.
    QNetworkReply *reply =
        method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}

Reply Http::get(const QString &path, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", bearer(token)});
    return send("GET", path, {}, headers);
}

Reply Http::post(const QString &path, const QJsonObject &body, const QString &token,
                 const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"Authorization", bearer(token)});
    headers += extra;
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply Http::patch(const QString &path, const QJsonObject &body, const QString &token,
                  const QByteArray &ifMatch)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"},
                                                 {"Authorization", bearer(token)}};
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", ifMatch});
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QString Http::login(const QString &email, const QString &password, QJsonObject *full)
{
    const Reply r =
        post(QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (full)
        *full = r.json();
    return r.status == 200 ? r.json().value(QStringLiteral("accessToken")).toString() : QString();
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
        // One complete response with Content-Length is enough.
        const int end = int(answer.indexOf("\r\n\r\n"));
        if (end > 0) {
            static const QRegularExpression re(QStringLiteral("(?i)content-length:\\s*(\\d+)"));
            const auto m = re.match(QString::fromLatin1(answer.left(end)));
            if (m.hasMatch() && answer.size() >= end + 4 + m.captured(1).toInt())
                break;
        }
    }
    answer += socket.readAll();
    return answer;
}

} // namespace jobdesk::test

namespace jobdesk::test {

bool World::setUp()
{
    if (!server.start())
        return false;
    adminId = server.createUser(QStringLiteral("admin@example.test"), QStringLiteral("admin"),
                                QStringLiteral("admin password 1"), QStringLiteral("Ada Admin"));
    worker1Id = server.createUser(QStringLiteral("sokha@example.test"), QStringLiteral("worker"),
                                  QStringLiteral("worker password 1"), QStringLiteral("Sokha"));
    worker2Id = server.createUser(QStringLiteral("dara@example.test"), QStringLiteral("worker"),
                                  QStringLiteral("worker password 2"), QStringLiteral("Dara"));
    http = std::make_unique<Http>(server);
    admin = http->login(QStringLiteral("admin@example.test"), QStringLiteral("admin password 1"));
    worker1 =
        http->login(QStringLiteral("sokha@example.test"), QStringLiteral("worker password 1"));
    worker2 = http->login(QStringLiteral("dara@example.test"), QStringLiteral("worker password 2"));
    return adminId && worker1Id && worker2Id && !admin.isEmpty() && !worker1.isEmpty() &&
           !worker2.isEmpty();
}

QJsonObject World::createJob(const QString &title, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("title"), title);
    const Reply r = http->post(QStringLiteral("/api/v1/jobs"), body, admin);
    return r.status == 201 ? r.json() : QJsonObject();
}

QJsonObject World::assignedJob(const QString &title, qint64 workerId)
{
    const QJsonObject job = createJob(title);
    if (job.isEmpty())
        return {};
    const Reply r = http->post(
        QStringLiteral("/api/v1/jobs/%1/assign").arg(job.value(QStringLiteral("id")).toInteger()),
        {{QStringLiteral("workerId"), workerId}}, admin);
    return r.status == 200 ? r.json() : QJsonObject();
}

} // namespace jobdesk::test
