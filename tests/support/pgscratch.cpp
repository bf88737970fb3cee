#include "pgscratch.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace jobdesk::test {

namespace {

QAtomicInt counter;

// Runs one statement on the maintenance database; returns the error text, empty on success.
QString onCluster(const QString &sql)
{
    const QUrl url(PgScratch::clusterUrl());
    const QString name = QStringLiteral("pgscratch-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString PgScratch::clusterUrl()
{
    return qEnvironmentVariable("JOBDESK_TEST_PG_URL");
}

bool PgScratch::serversUsePostgres()
{
    return qEnvironmentVariable("JOBDESK_TEST_ENGINE") == QLatin1String("postgresql");
}

PgScratch::PgScratch()
{
    if (clusterUrl().isEmpty()) {
        m_error = QStringLiteral("JOBDESK_TEST_PG_URL is not set: run this test through ctest, "
                                 "whose pgcluster fixture starts PostgreSQL");
        return;
    }
    m_name = QStringLiteral("jdt_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    m_error = onCluster(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    if (!m_error.isEmpty())
        return;
    QUrl url(clusterUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

PgScratch::~PgScratch()
{
    if (!m_url.isEmpty())
        onCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

} // namespace jobdesk::test
