#include "testcerts.h"

#include <QFile>
#include <QProcess>

namespace jobdesk::test {

namespace {

bool openssl(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000) ||
        p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

TestCertificates TestCertificates::make(const QString &dir)
{
    TestCertificates c;
    c.caFile = dir + QStringLiteral("/ca.pem");
    c.certFile = dir + QStringLiteral("/server.pem");
    c.keyFile = dir + QStringLiteral("/server.key");
    const QString caKey = dir + QStringLiteral("/ca.key");
    const QString request = dir + QStringLiteral("/server.csr");
    const QString extensions = dir + QStringLiteral("/server.ext");
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                  "basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n") < 0) {
        c.error = QStringLiteral("cannot write ") + extensions;
        return c;
    }
    ext.close();
    const QString days = QStringLiteral("2");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), c.caFile,
                  QStringLiteral("-days"), days, QStringLiteral("-subj"),
                  QStringLiteral("/CN=Jobdesk Test CA")},
                 &c.error) ||
        !openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), c.keyFile,
                  QStringLiteral("-out"), request, QStringLiteral("-subj"),
                  QStringLiteral("/CN=localhost")},
                 &c.error) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                  QStringLiteral("-CA"), c.caFile, QStringLiteral("-CAkey"), caKey,
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), c.certFile,
                  QStringLiteral("-days"), days, QStringLiteral("-extfile"), extensions},
                 &c.error))
        return c;
    return c;
}

} // namespace jobdesk::test
