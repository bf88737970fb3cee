// Cold start of the worker app with a large cached queue: how long from exec to a
// shown, populated, responsive job queue, and the resident memory then. Offline on
// purpose (the server address refuses), so it measures the app, not the network.
//
//   jobdesk-bench-startup --prepare DIR [--jobs 10000]   fill a local store, exit
//   jobdesk-bench-startup --measure DIR                  start, print the figures
#include "apiclient.h"
#include "codecs.h"
#include "deliverablesubmitter.h"
#include "jobqueuemodel.h"
#include "localstore.h"
#include "memorycredentialstore.h"
#include "realtimeclient.h"
#include "session.h"
#include "uploadqueue.h"
#include "workerwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

using namespace jobdesk;

namespace {

// Milliseconds since this process was exec'd (from /proc), so loading the
// binary and its libraries counts too.
double msSinceExec()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double up = uptime.readAll().split(' ').first().toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

qint64 residentKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int prepare(const QString &dir, int count)
{
    net::LocalStore store;
    if (const auto s = store.open(QDir(dir).filePath(QStringLiteral("worker.db"))); !s)
        return 1;
    QList<QJsonObject> jobs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const JobStatus states[] = {JobStatus::Assigned, JobStatus::InProgress, JobStatus::Review,
                                JobStatus::Revision, JobStatus::Completed};
    for (int i = 0; i < count; ++i) {
        Job j;
        j.id = i + 1;
        j.title = QStringLiteral("Job %1: catalogue photos, batch %2").arg(i + 1).arg(i % 97);
        j.description =
            QStringLiteral("Retouch and clip the product photos; deliver PNG and JPEG.");
        j.clientRef = QStringLiteral("CL-%1").arg(1000 + i);
        j.category = QStringLiteral("Design");
        j.requiredSkills = {{QStringLiteral("photo-editing"), 2}};
        j.estimateMinutes = 120;
        j.dueAt = now.addSecs(qint64(i % 500) * 3600);
        j.status = states[i % 5];
        j.workerId = 7;
        j.createdAt = j.updatedAt = now.addDays(-(i % 60));
        jobs << codec::toJson(j);
    }
    return store.cacheJobs(jobs) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions(
        {{QStringLiteral("prepare"), QStringLiteral("Fill a store."), QStringLiteral("DIR")},
         {QStringLiteral("measure"), QStringLiteral("Measure a start."), QStringLiteral("DIR")},
         {QStringLiteral("jobs"), QStringLiteral("Cached jobs."), QStringLiteral("N"),
          QStringLiteral("10000")}});
    p.process(app);
    if (p.isSet(QStringLiteral("prepare")))
        return prepare(p.value(QStringLiteral("prepare")), p.value(QStringLiteral("jobs")).toInt());

    net::LocalStore store;
    if (!store.open(QDir(p.value(QStringLiteral("measure"))).filePath(QStringLiteral("worker.db"))))
        return 1;
    QNetworkAccessManager nam;
    net::ApiClient api(&nam);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))); // refuses: offline start
    net::MemoryCredentialStore credentials;
    net::Session session(&api, &credentials);
    net::RealtimeClient realtime(&session);
    net::UploadQueue uploads(&store, &api);
    net::DeliverableSubmitter submitter(&uploads, &api);
    ui::WorkerWindow window(&api, &session, &realtime, &store, &uploads, &submitter);
    window.resize(1200, 760);
    window.show();
    // Interactive: the queue is filled and the event loop has turned once.
    QTimer::singleShot(0, &window, [&] {
        QTextStream out(stdout);
        int rows = 0;
        for (int g = 0; g < ui::JobQueueModel::GroupCount; ++g)
            rows += window.queueModel()->count(ui::JobQueueModel::Group(g));
        out << "cached jobs shown: " << rows << "\n"
            << "interactive after: " << qRound(msSinceExec()) << " ms since exec ("
            << sinceMain.elapsed() << " ms since main)\n"
            << "resident memory:   " << residentKiB() / 1024 << " MiB\n";
        app.exit(rows > 0 ? 0 : 1);
    });
    return app.exec();
}
