// docs/openapi.yaml must stay true to the server: every route the binary
// registers is documented, nothing is documented that the server does not
// serve, and each operation's x-body-limit is the route's real body limit.
// A small line-based scan of the YAML, no YAML library and no Python.
#include "testserver.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace jobdesk::test;

namespace {

const QString ApiPrefix = QStringLiteral("/api/v1");

struct Operation
{
    QString key;           // "GET /api/v1/jobs/{id}"
    qint64 bodyLimit = -1; // x-body-limit, -1 when absent
    int line = 0;          // 1-based line of the method key
};

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

QString unquoted(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && ((s.startsWith(QLatin1Char('\'')) && s.endsWith(QLatin1Char('\''))) ||
                          (s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))))
        s = s.mid(1, s.size() - 2);
    return s;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void declaresOpenApi31();
    void serversEndInApiV1();
    void everyRouteIsDocumented();
    void everyDocumentedOperationExists();
    void operationsAreUnique();
    void bodyLimitsMatchTheServer();

private:
    QMap<QString, qint64> m_routes; // "METHOD /api/v1/..." -> max body bytes
    QList<Operation> m_operations;
    QString m_openapiVersion;
    QStringList m_serverUrls;
};

void TestOpenApi::initTestCase()
{
    // The server's own route table.
    QByteArray out;
    QByteArray err;
    QCOMPARE(TestServer::run({QStringLiteral("routes")}, {}, &out, &err), 0);
    static const QRegularExpression routeLine(QStringLiteral("^([A-Z]+) (/\\S*) ([0-9]+)$"));
    for (const QByteArray &raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch m = routeLine.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("unexpected `routes` line: ") + line));
        m_routes.insert(m.captured(1) + QLatin1Char(' ') + m.captured(2),
                        m.captured(3).toLongLong());
    }
    QVERIFY2(m_routes.size() >= 10, "`jobdesk-server routes` printed too few routes");

    // The document.
    QFile file(QStringLiteral(JOBDESK_SOURCE_DIR "/docs/openapi.yaml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));

    static const QRegularExpression topKey(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):(.*)$"));
    static const QRegularExpression pathKey(QStringLiteral("^  (/[^\\s:]*):\\s*(#.*)?$"));
    static const QRegularExpression methodKey(
        QStringLiteral("^    (get|post|put|patch|delete|head|options):(\\s.*)?$"));
    static const QRegularExpression bodyLimit(
        QStringLiteral("^      x-body-limit:\\s*([0-9]+)\\s*(#.*)?$"));
    static const QRegularExpression serverUrl(QStringLiteral("^\\s*(?:-\\s+)?url:\\s*(\\S+)"));

    QString section;
    QString path;
    Operation *current = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const int indent = indentOf(line);
        if (indent == 0) {
            const QRegularExpressionMatch m = topKey.match(line);
            section = m.hasMatch() ? m.captured(1) : QString();
            if (section == QLatin1String("openapi"))
                m_openapiVersion = unquoted(m.captured(2));
            path.clear();
            current = nullptr;
            continue;
        }
        if (section == QLatin1String("servers")) {
            const QRegularExpressionMatch m = serverUrl.match(line);
            if (m.hasMatch())
                m_serverUrls.append(unquoted(m.captured(1)));
            continue;
        }
        if (section != QLatin1String("paths"))
            continue;
        if (indent == 2) {
            const QRegularExpressionMatch m = pathKey.match(line);
            path = m.hasMatch() ? m.captured(1) : QString();
            current = nullptr;
            continue;
        }
        if (indent == 4) {
            current = nullptr;
            const QRegularExpressionMatch m = methodKey.match(line);
            if (m.hasMatch() && !path.isEmpty()) {
                m_operations.append(Operation{
                    m.captured(1).toUpper() + QLatin1Char(' ') + ApiPrefix + path, -1, i + 1});
                current = &m_operations.last();
            }
            continue;
        }
        if (indent == 6 && current) {
            const QRegularExpressionMatch m = bodyLimit.match(line);
            if (m.hasMatch())
                current->bodyLimit = m.captured(1).toLongLong();
        }
    }
    QVERIFY2(!m_operations.isEmpty(), "no operations found under paths:");
}

void TestOpenApi::declaresOpenApi31()
{
    QVERIFY2(m_openapiVersion == QLatin1String("3.1") ||
                 m_openapiVersion.startsWith(QLatin1String("3.1.")),
             qPrintable(QStringLiteral("openapi: is '%1', expected 3.1.x").arg(m_openapiVersion)));
}

void TestOpenApi::serversEndInApiV1()
{
    // Paths in the document are relative to the server url, which is /api/v1.
    QVERIFY2(!m_serverUrls.isEmpty(), "the document declares no servers: url");
    for (const QString &url : std::as_const(m_serverUrls)) {
        QString u = url;
        while (u.endsWith(QLatin1Char('/')))
            u.chop(1);
        QVERIFY2(u.endsWith(ApiPrefix),
                 qPrintable(QStringLiteral("server url '%1' does not end in /api/v1").arg(url)));
    }
}

void TestOpenApi::everyRouteIsDocumented()
{
    QSet<QString> documented;
    for (const Operation &op : std::as_const(m_operations))
        documented.insert(op.key);
    QStringList missing;
    for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it) {
        if (!documented.contains(it.key()))
            missing.append(it.key());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("routes the server has but docs/openapi.yaml lacks: ") +
                        missing.join(QStringLiteral(", "))));
}

void TestOpenApi::everyDocumentedOperationExists()
{
    QStringList extra;
    for (const Operation &op : std::as_const(m_operations)) {
        if (!m_routes.contains(op.key))
            extra.append(QStringLiteral("%1 (line %2)").arg(op.key).arg(op.line));
    }
    QVERIFY2(extra.isEmpty(),
             qPrintable(QStringLiteral("operations documented that the server does not have: ") +
                        extra.join(QStringLiteral(", "))));
}

void TestOpenApi::operationsAreUnique()
{
    QHash<QString, int> seen;
    QStringList duplicates;
    for (const Operation &op : std::as_const(m_operations)) {
        if (seen.contains(op.key))
            duplicates.append(QStringLiteral("%1 (lines %2 and %3)")
                                  .arg(op.key)
                                  .arg(seen.value(op.key))
                                  .arg(op.line));
        else
            seen.insert(op.key, op.line);
    }
    QVERIFY2(duplicates.isEmpty(), qPrintable(QStringLiteral("operations documented twice: ") +
                                              duplicates.join(QStringLiteral(", "))));
}

void TestOpenApi::bodyLimitsMatchTheServer()
{
    QStringList wrong;
    for (const Operation &op : std::as_const(m_operations)) {
        const auto route = m_routes.constFind(op.key);
        if (route == m_routes.constEnd())
            continue; // reported by everyDocumentedOperationExists
        if (op.bodyLimit != *route)
            wrong.append(QStringLiteral("%1: x-body-limit %2, server %3")
                             .arg(op.key, op.bodyLimit < 0 ? QStringLiteral("missing")
                                                           : QString::number(op.bodyLimit))
                             .arg(*route));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
