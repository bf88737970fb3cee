// Opens the store given on the command line, starts a timer on a job with a short
// heartbeat, says "running", reports each heartbeat, and waits to be killed.
// Usage: jobdesk_timerhelper STORE JOB_ID HEARTBEAT_MS
#include "localstore.h"
#include "timetracker.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace jobdesk::net;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    QTextStream out(stdout);
    LocalStore store;
    if (const Status s = store.open(args.at(1)); !s) {
        QTextStream(stderr) << s.error << Qt::endl;
        return 1;
    }
    TimeTracker tracker(&store);
    tracker.setHeartbeatInterval(args.at(3).toInt());
    QObject::connect(&tracker, &TimeTracker::heartbeat, &app, [&out](const QDateTime &at) {
        out << "beat " << at.toMSecsSinceEpoch() << Qt::endl;
    });
    if (const Status s = tracker.start(args.at(2).toLongLong()); !s) {
        QTextStream(stderr) << s.error << Qt::endl;
        return 1;
    }
    out << "running" << Qt::endl;
    return app.exec();
}
