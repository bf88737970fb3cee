// Screenshots of the console's Workers, Timesheets, Analytics and Audit pages
// for the README: signs in through the app's own sign-in window against a
// running server (normally `jobdesk-server seed-demo` data) and saves each page
// of the admin window as PNG. Not a test; run it under Xvfb:
//   adminpageshots http://127.0.0.1:8080 docs/screenshots
#include "adminformat.h"
#include "analyticspage.h"
#include "auditpage.h"
#include "shotsession.h"
#include "timesheetspage.h"
#include "workerspage.h"

#include <QDir>
#include <QTreeWidget>

using namespace jobdesk;
using shots::settle;
using shots::waitFor;

namespace {

bool save(QWidget *window, const QString &path)
{
    return shots::save(window, path, 600);
}

} // namespace

int main(int argc, char *argv[])
{
    return shots::run(
        argc, argv, "adminpageshots",
        [](ui::AdminWindow *window, const QDir &out, const QTemporaryDir &) {
            bool ok = true;

            window->showPage(ui::AdminWindow::Page::Workers);
            auto *workers =
                qobject_cast<ui::WorkersPage *>(window->page(ui::AdminWindow::Page::Workers));
            ok = waitFor([&] { return workers->isLoaded(); }) && ok;
            // The first active worker, so the editor shows skills and availability.
            for (int i = 0; i < workers->table()->topLevelItemCount(); ++i) {
                if (workers->table()->topLevelItem(i)->text(ui::WorkersPage::StatusColumn) ==
                    ui::WorkersPage::tr("Active")) {
                    workers->table()->setCurrentItem(workers->table()->topLevelItem(i));
                    break;
                }
            }
            ok = save(window, out.filePath(QStringLiteral("admin-workers.png"))) && ok;

            window->showPage(ui::AdminWindow::Page::Timesheets);
            auto *timesheets =
                qobject_cast<ui::TimesheetsPage *>(window->page(ui::AdminWindow::Page::Timesheets));
            bool weekLoaded = false;
            QObject::connect(timesheets, &ui::TimesheetsPage::loaded, timesheets,
                             [&weekLoaded] { weekLoaded = true; });
            timesheets->showWeek(QDate::currentDate().addDays(-14));
            ok = waitFor([&] { return weekLoaded; }) && ok;
            if (QTreeWidgetItem *first = timesheets->tree()->topLevelItem(0)) {
                bool entries = false;
                QObject::connect(timesheets, &ui::TimesheetsPage::entriesLoaded, timesheets,
                                 [&entries] { entries = true; });
                timesheets->tree()->setCurrentItem(first);
                first->setExpanded(true);
                waitFor([&] { return entries; });
            }
            ok = save(window, out.filePath(QStringLiteral("admin-timesheets.png"))) && ok;

            window->showPage(ui::AdminWindow::Page::Analytics);
            auto *analytics =
                qobject_cast<ui::AnalyticsPage *>(window->page(ui::AdminWindow::Page::Analytics));
            settle(300);
            ok = waitFor([&] { return !analytics->isLoading(); }) && ok;
            ok = save(window, out.filePath(QStringLiteral("admin-analytics.png"))) && ok;

            window->showPage(ui::AdminWindow::Page::Audit);
            auto *audit = qobject_cast<ui::AuditPage *>(window->page(ui::AdminWindow::Page::Audit));
            ok = waitFor([&] { return audit->table()->topLevelItemCount() > 0; }) && ok;
            // A profile change reads best as a diff.
            for (int i = 0; i < audit->table()->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = audit->table()->topLevelItem(i);
                if (item->text(ui::AuditPage::ActionColumn) == QLatin1String("user.update")) {
                    audit->table()->setCurrentItem(item);
                    audit->table()->scrollToItem(item);
                    break;
                }
            }
            ok = save(window, out.filePath(QStringLiteral("admin-audit.png"))) && ok;
            return ok;
        });
}
