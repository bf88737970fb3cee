// Runs an upload queue over the store given on the command line, adds the file
// unless the store already holds an upload, and prints "progress SENT TOTAL" per
// chunk, "done" when finished; it is killed mid-upload by tst_uploadqueue.
// Usage: jobdesk_uploadhelper STORE SERVER_URL TOKEN JOB_ID FILE CHUNK_BYTES MAX_BYTES_PER_S
#include "apiclient.h"
#include "localstore.h"
#include "uploadfixtures.h"
#include "uploadqueue.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace jobdesk::net;
using jobdesk::test::FixedToken;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 8)
        return 2;
    QTextStream out(stdout);
    QTextStream err(stderr);
    LocalStore store;
    if (const Status s = store.open(args.at(1)); !s) {
        err << s.error << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    FixedToken token(args.at(3));
    ApiClient api(&nam);
    api.setBaseUrl(QUrl(args.at(2)));
    api.setTokenSource(&token);
    UploadQueue queue(&store, &api);
    queue.setChunkSize(args.at(6).toLongLong());
    queue.setMaxBytesPerSecond(args.at(7).toLongLong());
    QObject::connect(&queue, &UploadQueue::progress, &app,
                     [&out](const QUuid &, qint64 sent, qint64 total, double, qint64) {
                         out << "progress " << sent << ' ' << total << Qt::endl;
                     });
    QObject::connect(&queue, &UploadQueue::finished, &app, [&out] { out << "done" << Qt::endl; });
    QObject::connect(&queue, &UploadQueue::failed, &app, [&err](const QUuid &, const QString &why) {
        err << "failed: " << why << Qt::endl;
    });
    if (queue.items().isEmpty()) {
        const auto added = queue.enqueue(args.at(4).toLongLong(), args.at(5));
        if (!added) {
            err << added.error << Qt::endl;
            return 1;
        }
        out << "item " << added.value.toString(QUuid::WithoutBraces) << Qt::endl;
    }
    return app.exec();
}
