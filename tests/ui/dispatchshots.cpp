// Screenshots of the console's Dispatch board, Review queue and Job editor for
// the README: signs in through the app's own sign-in window against a running
// server with `jobdesk-server seed-demo` data and saves PNGs. Not a test; run it
// under Xvfb:  dispatchshots http://127.0.0.1:8080 docs/screenshots
#include "attachmentlist.h"
#include "candidatelist.h"
#include "candidatepanel.h"
#include "dispatchboard.h"
#include "dispatchboardmodel.h"
#include "jobeditordialog.h"
#include "reviewpane.h"
#include "reviewqueue.h"
#include "shotsession.h"

#include <QDir>
#include <QFile>
#include <QTreeWidget>

using namespace jobdesk;
using shots::settle;
using shots::waitFor;

namespace {

bool save(QWidget *window, const QString &path)
{
    return shots::save(window, path, 700);
}

qint64 jobTitled(ui::DispatchBoardModel *model, const QString &prefix)
{
    for (int g = 0; g < ui::DispatchBoardModel::GroupCount; ++g) {
        const QModelIndex group = model->groupIndex(ui::DispatchBoardModel::Group(g));
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QJsonObject job =
                model->index(r, 0, group).data(ui::DispatchBoardModel::JobRole).toJsonObject();
            if (job.value(QStringLiteral("title")).toString().startsWith(prefix))
                return job.value(QStringLiteral("id")).toInteger();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    return shots::run(
        argc, argv, "dispatchshots",
        [](ui::AdminWindow *window, const QDir &out, const QTemporaryDir &data) {
            bool ok = true;

            // Dispatch: the logo job, whose ranking has candidates and exclusions.
            ui::DispatchBoard *board = window->dispatchBoard();
            ok = waitFor([&] { return board->isLoaded(); }) && ok;
            const qint64 logo = jobTitled(board->model(), QStringLiteral("Logo for Mekong"));
            board->selectJob(logo);
            ok = waitFor([&] { return board->panel()->isRankingLoaded(); }) && ok;
            settle(400); // the history
            ok = save(window, out.filePath(QStringLiteral("admin-dispatch.png"))) && ok;

            // Job editor: the same job being edited, with a brief attached.
            ui::JobEditorDialog *editor = board->openEditor(logo);
            editor->resize(680, 720);
            const QString brief = data.filePath(QStringLiteral("brand-guide.pdf"));
            QFile f(brief);
            if (f.open(QIODevice::WriteOnly))
                f.write(QByteArray("%PDF demo ").repeated(24000));
            f.close();
            editor->attachments()->addFiles({brief});
            ok = save(editor, out.filePath(QStringLiteral("admin-job-editor.png"))) && ok;
            editor->reject();

            // Review: the icon set, on its second version after a revision.
            window->showPage(ui::AdminWindow::Page::Review);
            ui::ReviewQueue *review = window->reviewQueue();
            ok = waitFor([&] { return review->isLoaded(); }) && ok;
            for (int i = 0; i < review->list()->topLevelItemCount(); ++i) {
                if (review->list()->topLevelItem(i)->text(0).startsWith(QLatin1String("Icon set")))
                    review->list()->setCurrentItem(review->list()->topLevelItem(i));
            }
            ok = waitFor([&] { return review->pane()->isLoaded(); }) && ok;
            review->pane()->setRating(4);
            ok = save(window, out.filePath(QStringLiteral("admin-review.png"))) && ok;
            return ok;
        });
}
