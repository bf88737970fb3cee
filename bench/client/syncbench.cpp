// Measures the worker app's offline sync: N time entries made with no network
// (in the real LocalStore), then synced to a running server by the real
// SyncEngine. Prints the figures; exits non-zero only when something failed.
//
//   jobdesk-bench-sync --server http://127.0.0.1:PORT --email E --password P
//                      --job ID [--entries 10000]
#include "apiclient.h"
#include "localstore.h"
#include "memorycredentialstore.h"
#include "session.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

using namespace jobdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("server"), QStringLiteral("Server URL."), QStringLiteral("URL")},
                  {QStringLiteral("email"), QStringLiteral("Worker email."), QStringLiteral("E")},
                  {QStringLiteral("password"), QStringLiteral("Password."), QStringLiteral("P")},
                  {QStringLiteral("job"), QStringLiteral("A job assigned to the worker."),
                   QStringLiteral("ID")},
                  {QStringLiteral("entries"), QStringLiteral("How many entries."),
                   QStringLiteral("N"), QStringLiteral("10000")}});
    p.process(app);
    QTextStream out(stdout);
    const int n = p.value(QStringLiteral("entries")).toInt();
    const qint64 jobId = p.value(QStringLiteral("job")).toLongLong();

    QTemporaryDir dir;
    net::LocalStore store;
    if (const auto s = store.open(dir.filePath(QStringLiteral("bench.db"))); !s) {
        out << "cannot open the local store: " << s.error << "\n";
        return 1;
    }
    // N entries of 15 minutes each, back to back over the past weeks.
    QList<TimeEntry> entries;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-120);
    for (int i = 0; i < n; ++i) {
        TimeEntry e;
        e.id = QUuid::createUuid();
        e.jobId = jobId;
        e.startedAt = base.addSecs(qint64(i) * 900);
        e.endedAt = e.startedAt.addSecs(840);
        e.source = TimeEntrySource::Manual;
        entries << e;
    }
    QElapsedTimer t;
    t.start();
    if (const auto s = store.addEntries(entries); !s) {
        out << "cannot add entries: " << s.error << "\n";
        return 1;
    }
    const qint64 storeMs = t.elapsed();

    QNetworkAccessManager nam;
    net::ApiClient api(&nam);
    api.setBaseUrl(QUrl(p.value(QStringLiteral("server"))));
    net::MemoryCredentialStore credentials;
    net::Session session(&api, &credentials);
    net::SyncEngine sync(&store, &api);
    int code = 1;
    QObject::connect(&session, &net::Session::signInFailed, &app, [&](const QString &message) {
        out << "sign-in failed: " << message << "\n";
        app.exit(1);
    });
    QObject::connect(&session, &net::Session::signedIn, &app, [&] {
        t.restart();
        sync.syncNow();
    });
    QObject::connect(
        &sync, &net::SyncEngine::syncFinished, &app, [&](bool ok, const QString &error) {
            const qint64 syncMs = t.elapsed();
            const net::SyncCounts c = sync.counts();
            out << "entries:          " << n << "\n"
                << "stored locally:   " << storeMs << " ms\n"
                << "synced:           " << c.synced << " in " << syncMs << " ms ("
                << (syncMs > 0 ? qint64(n) * 1000 / syncMs : 0) << " entries/s), batches of "
                << sync.batchSize() << "\n"
                << "pending/rejected: " << c.pending << "/" << c.rejected << "\n"
                << "target:           10,000 in under 3000 ms: "
                << ((ok && c.synced == n && syncMs < 3000 && n >= 10000) ? "PASS" : "MISS") << "\n";
            if (!ok)
                out << "error: " << error << "\n";
            code = ok && c.synced == n ? 0 : 1;
            app.exit(code);
        });
    QTimer::singleShot(0, &app, [&] {
        session.signIn(p.value(QStringLiteral("email")), p.value(QStringLiteral("password")),
                       false);
    });
    app.exec();
    return code;
}
