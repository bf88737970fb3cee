// Screenshots of the worker app for the README: the deliverables panel with an
// upload going and one paused, the timesheet with a conflict and a rejected
// entry, and the away-from-the-computer banner. Signs in through the app's own
// sign-in window as the demo worker against a running server with
// `jobdesk-server seed-demo` data and saves PNGs. Not a test; run it under Xvfb:
//   workershots http://127.0.0.1:8080 docs/screenshots
#include "apiclient.h"
#include "appflow.h"
#include "apptranslations.h"
#include "jobdetailpane.h"
#include "jobqueuemodel.h"
#include "jobqueueview.h"
#include "localstore.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "shotsession.h"
#include "syncengine.h"
#include "timerbar.h"
#include "timesheetdialog.h"
#include "timetracker.h"
#include "uploadpanel.h"
#include "uploadqueue.h"
#include "workerwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace jobdesk;

namespace {

using shots::settle;
using shots::waitFor;

bool save(QWidget *w, const QString &path)
{
    return shots::save(w, path, 700);
}

// Signs `app` in as the demo worker once its sign-in window shows; the worker
// window, 1280×800 with its queue loaded, or null when it did not open.
ui::WorkerWindow *signIn(shots::Session &app)
{
    ui::LoginWindow *login = nullptr;
    if (!waitFor([&] { return (login = app.flow.loginWindow()) && login->isVisible(); }))
        return nullptr;
    shots::Session::submitSignIn(login, QStringLiteral("sokha@demo.jobdesk"),
                                 QStringLiteral("worker-demo-pass"));
    if (!waitFor([&] {
            return app.flow.workerWindow() && app.flow.workerWindow()->isVisible() &&
                   app.flow.workerWindow()->connectionText() == ui::WorkerWindow::tr("Live");
        }))
        return nullptr;
    ui::WorkerWindow *w = app.flow.workerWindow();
    w->setGeometry(0, 0, 1280, 800);
    waitFor([&] { return w->queueModel()->count(ui::JobQueueModel::Group::Active) > 0; });
    return w;
}

qint64 jobTitled(ui::WorkerWindow *w, const QString &prefix)
{
    for (const QJsonObject &j : w->queueModel()->heldJobs()) {
        if (j.value(QStringLiteral("title")).toString().startsWith(prefix))
            return j.value(QStringLiteral("id")).toInteger();
    }
    return 0;
}

QString bigFile(const QTemporaryDir &dir, const QString &name, qint64 size)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(1024 * 1024, '\x5a');
    for (qint64 n = 0; n < size; n += block.size())
        f.write(block.left(int(qMin<qint64>(block.size(), size - n))));
    return f.fileName();
}

QDateTime at(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m)).toUTC();
}

bool syncOnce(net::SyncEngine *sync)
{
    bool finished = false;
    const auto c =
        QObject::connect(sync, &net::SyncEngine::syncFinished, [&finished] { finished = true; });
    sync->syncNow();
    const bool ok = waitFor([&] { return finished; });
    QObject::disconnect(c);
    return ok;
}

// A working week: entries Monday to Friday, one changed on "another device"
// (a conflict), one on a job that is not the worker's (rejected).
bool fillWeek(ui::WorkerWindow *w, const QDate &monday, qint64 brand, qint64 letterhead,
              net::ApiClient *api)
{
    net::LocalStore *store = w->store();
    QList<TimeEntry> list;
    const auto add = [&](int day, int h1, int m1, int h2, int m2, qint64 job, const QString &note) {
        TimeEntry e;
        e.id = QUuid::createUuid();
        e.jobId = job;
        e.startedAt = at(monday.addDays(day), h1, m1);
        e.endedAt = at(monday.addDays(day), h2, m2);
        e.note = note;
        e.source = TimeEntrySource::Timer;
        list.append(e);
        return e;
    };
    add(0, 9, 5, 11, 40, brand, QStringLiteral("Moodboard, second round"));
    add(0, 13, 10, 15, 25, letterhead, QStringLiteral("Letterhead grid"));
    const TimeEntry conflicted = add(1, 9, 0, 12, 15, brand, QStringLiteral("Logo sketches"));
    add(1, 14, 0, 16, 30, brand, QStringLiteral("Logo sketches"));
    add(2, 8, 45, 10, 30, letterhead, QStringLiteral("Business card back"));
    add(3, 10, 0, 12, 0, brand, QStringLiteral("Colour palette"));
    add(4, 9, 30, 11, 0, letterhead, QStringLiteral("Print proofs"));
    if (!store->addEntries(list).ok() || !syncOnce(w->syncEngine()))
        return false;
    // Another device of the same worker changed Tuesday's morning meanwhile.
    QJsonObject other = net::toSyncJson(conflicted);
    other.insert(QStringLiteral("revision"), 3);
    other.insert(QStringLiteral("note"), QStringLiteral("Logo sketches (from the laptop)"));
    other.insert(QStringLiteral("endedAt"),
                 conflicted.endedAt.addSecs(-1800).toString(Qt::ISODateWithMs));
    bool posted = false;
    api->post(QStringLiteral("/time-entries/sync"),
              {{QStringLiteral("entries"), QJsonArray{other}}}, w,
              [&posted](const net::ApiResult &) { posted = true; });
    if (!waitFor([&] { return posted; }))
        return false;
    TimeEntry mine = conflicted;
    mine.note = QStringLiteral("Logo sketches, three directions");
    if (!store->editEntry(mine).ok())
        return false;
    // Time on a job of another worker: refused.
    TimeEntry wrong;
    wrong.id = QUuid::createUuid();
    wrong.jobId = 5;
    wrong.startedAt = at(monday.addDays(3), 14, 0);
    wrong.endedAt = at(monday.addDays(3), 15, 10);
    wrong.source = TimeEntrySource::Manual;
    wrong.note = QStringLiteral("Call with the printer");
    return store->addEntry(wrong).ok() && syncOnce(w->syncEngine());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::AppTranslations::install(&app);
    if (argc < 3) {
        qWarning("usage: workershots SERVER_URL OUTPUT_DIR");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    shots::Session a;
    a.flow.start(QString::fromLocal8Bit(argv[1]));
    ui::WorkerWindow *w = signIn(a);
    if (!w) {
        qWarning("the worker window did not open");
        return 1;
    }
    bool ok = true;
    const qint64 brand = jobTitled(w, QStringLiteral("Brand refresh"));
    const qint64 letterhead = jobTitled(w, QStringLiteral("Letterhead"));

    // 1. Deliverables: one file going up, one paused.
    w->queueView()->selectJob(brand);
    waitFor([&] { return w->detailPane()->jobId() == brand; });
    ui::UploadPanel *panel = w->detailPane()->uploadPanel();
    net::UploadQueue *queue = panel->queue();
    queue->setChunkSize(256 * 1024);
    queue->setMaxBytesPerSecond(3 * 1024 * 1024 / 2);
    w->detailPane()->openUploads();
    QList<QUuid> ids =
        panel->addFiles({bigFile(a.data, QStringLiteral("tonle-tours-logo-final.ai"), 48 << 20)});
    ok = waitFor([&] { return queue->item(ids.at(0))->offset > 0; }, 30000) && ok;
    // The second waits behind the first once hashed; the worker pauses it.
    ids += panel->addFiles({bigFile(a.data, QStringLiteral("brand-guidelines.pdf"), 22 << 20)});
    ok =
        waitFor([&] { return queue->item(ids.at(1))->state == net::UploadState::Queued; }, 30000) &&
        ok;
    queue->pause(ids.at(1));
    waitFor([&] { return queue->item(ids.at(0))->offset > (18 << 20); }, 60000);
    ok = save(w, out.filePath(QStringLiteral("upload-panel.png"))) && ok;
    for (const QUuid &id : std::as_const(ids))
        queue->cancel(id);

    // 2. The timesheet of a full week with a conflict and a rejected entry.
    const QDate today = QDate::currentDate();
    QDate monday = today.addDays(1 - today.dayOfWeek());
    if (today.dayOfWeek() < 6)
        monday = monday.addDays(-7); // a finished week
    ok = fillWeek(w, monday, brand, letterhead, a.flow.api()) && ok;
    Q_EMIT w->timerBar()->timesheetRequested();
    ui::TimesheetDialog *sheet = nullptr;
    ok = waitFor([&] { return (sheet = w->findChild<ui::TimesheetDialog *>()) != nullptr; }) && ok;
    if (sheet) {
        sheet->resize(860, 720);
        sheet->showWeek(monday);
        for (const net::LocalEntry &e :
             w->store()->entries(at(monday, 0, 0), at(monday.addDays(7), 0, 0)).value) {
            if (e.state == net::SyncState::Conflict)
                sheet->selectEntry(e.entry.id);
        }
        ok = save(sheet, out.filePath(QStringLiteral("timesheet.png"))) && ok;
        sheet->close();
    }

    // 3. Back from a break with the timer running: the away banner. The span is
    // on disk from before, as after a restart; signing in again shows it.
    TimeEntry away;
    away.id = QUuid::createUuid();
    away.jobId = brand;
    away.startedAt = at(today, 10, 2);
    away.endedAt = at(today, 10, 47);
    away.note = QStringLiteral("Logo sketches");
    ok = w->store()->addEntry(away, true).ok() && ok;
    Q_EMIT w->signOutRequested();
    w = signIn(a);
    if (!w)
        return 1;
    w->queueView()->selectJob(brand);
    waitFor([&] { return w->detailPane()->jobId() == brand; });
    ok = w->tracker()->start(brand, QStringLiteral("Logo sketches")).ok() && ok;
    settle(2200);
    ok = save(w, out.filePath(QStringLiteral("idle-prompt.png"))) && ok;
    w->tracker()->stop();
    return ok ? 0 : 1;
}
