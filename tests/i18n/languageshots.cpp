// Screenshots of the app in another language for the README: the worker's queue
// and the admin's dispatch board, signed in through the app's own sign-in window
// against a running server with `jobdesk-server seed-demo` data. Not a test; run it
// under Xvfb with the language's fonts installed (fonts-khmeros for Khmer):
//   languageshots http://127.0.0.1:8080 docs/screenshots km
// saves km-worker-queue.png and km-admin-dispatch.png, and for a look at the
// smaller windows km-sign-in.png (with an error) and km-preferences.png.
#include "adminwindow.h"
#include "apiclient.h"
#include "appflow.h"
#include "apptranslations.h"
#include "candidatepanel.h"
#include "dispatchboard.h"
#include "dispatchboardmodel.h"
#include "jobqueuemodel.h"
#include "jobqueueview.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "shotsession.h"
#include "workerpreferences.h"
#include "workerwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace jobdesk;

namespace {

using shots::waitFor;

// Signs `session` in through its sign-in window; whether the worker or the admin
// window opened.
bool signIn(shots::Session &session, const QString &server, const QString &email,
            const QString &password)
{
    session.flow.start(server);
    shots::Session::submitSignIn(session.flow.loginWindow(), email, password);
    return waitFor([&] {
        return (session.flow.workerWindow() && session.flow.workerWindow()->isVisible()) ||
               (session.flow.adminWindow() && session.flow.adminWindow()->isVisible());
    });
}

bool save(QWidget *window, const QString &path)
{
    return shots::save(window, path, 800); // layouts, fonts, the last repaint
}

// The first job of `group` in the worker's queue, 0 when there is none.
qint64 firstJob(ui::JobQueueModel *model, ui::JobQueueModel::Group group)
{
    const QModelIndex g = model->groupIndex(group);
    if (model->rowCount(g) == 0)
        return 0;
    return model->index(0, 0, g).data(ui::JobQueueModel::JobIdRole).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4) {
        qWarning("usage: languageshots SERVER_URL OUTPUT_DIR LANGUAGE");
        return 2;
    }
    const QString server = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const QString language = QString::fromLocal8Bit(argv[3]);
    ui::AppTranslations::install(&app, language);
    bool ok = true;

    {
        shots::Session first;
        first.flow.start(server);
        ui::LoginWindow *login = first.flow.loginWindow();
        login->setError(net::ApiClient::clientTooOldMessage(
            QStringLiteral("0.2.0"), QStringLiteral("https://jobs.example.com/app")));
        ok = save(login, out.filePath(language + QStringLiteral("-sign-in.png"))) && ok;
        ui::WorkerPreferences prefs(&first.settings);
        prefs.show();
        ok = save(&prefs, out.filePath(language + QStringLiteral("-preferences.png"))) && ok;
    }
    {
        shots::Session worker;
        if (!signIn(worker, server, QStringLiteral("sokha@demo.jobdesk"),
                    QStringLiteral("worker-demo-pass"))) {
            qWarning("the worker window did not open");
            return 1;
        }
        ui::WorkerWindow *window = worker.flow.workerWindow();
        window->setGeometry(0, 0, 1280, 800);
        ui::JobQueueModel *model = window->queueModel();
        ok = waitFor([&] { return model->count(ui::JobQueueModel::Group::Active) > 0; }) && ok;
        // An offer when there is one (its countdown and buttons), else an active job.
        qint64 job = firstJob(model, ui::JobQueueModel::Group::Offers);
        if (!job)
            job = firstJob(model, ui::JobQueueModel::Group::Active);
        window->queueView()->selectJob(job);
        ok = save(window, out.filePath(language + QStringLiteral("-worker-queue.png"))) && ok;
    }
    {
        shots::Session admin;
        if (!signIn(admin, server, QStringLiteral("admin@demo.jobdesk"),
                    QStringLiteral("admin-demo-pass"))) {
            qWarning("the admin window did not open");
            return 1;
        }
        ui::AdminWindow *window = admin.flow.adminWindow();
        window->setGeometry(0, 0, 1440, 900);
        ui::DispatchBoard *board = window->dispatchBoard();
        ok = waitFor([&] { return board->isLoaded(); }) && ok;
        // A pending job, whose ranking shows candidates, scores and reasons.
        ui::DispatchBoardModel *model = board->model();
        for (const auto g : {ui::DispatchBoardModel::Group::Pending,
                             ui::DispatchBoardModel::Group::NeedsAttention}) {
            const QModelIndex group = model->groupIndex(g);
            if (model->rowCount(group) == 0)
                continue;
            board->selectJob(model->index(0, 0, group)
                                 .data(ui::DispatchBoardModel::JobRole)
                                 .toJsonObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger());
            ok = waitFor([&] { return board->panel()->isRankingLoaded(); }) && ok;
            break;
        }
        ok = save(window, out.filePath(language + QStringLiteral("-admin-dispatch.png"))) && ok;
    }
    return ok ? 0 : 1;
}
