#pragma once

// What the README screenshot programs (adminpageshots, dispatchshots, workershots,
// languageshots) share: the
// app's own flow signed in as the demo admin (`jobdesk-server seed-demo` data)
// through the sign-in window, and waiting for and saving what the window shows.
#include "adminwindow.h"
#include "appflow.h"
#include "apptranslations.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <functional>

namespace jobdesk::shots {

// Runs the event loop until `ready` holds or `ms` pass.
template <typename Ready> bool waitFor(Ready ready, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!ready() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return ready();
}

inline void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

// Saves `window` as PNG after `settleMs` for layouts and the last repaint.
inline bool save(QWidget *window, const QString &path, int settleMs)
{
    settle(settleMs);
    const bool ok = window->grab().save(path, "PNG");
    qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(path));
    return ok;
}

// The app in a temporary data folder, signed in as the demo admin.
struct Session
{
    QTemporaryDir data;
    QSettings settings{data.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QNetworkAccessManager nam;
    net::MemoryCredentialStore credentials;
    ui::AppFlow flow{&nam, &credentials, &settings, data.filePath(QStringLiteral("data"))};

    // Signs in against `server`; the admin window, 1440×900, or null (with a
    // warning) when it did not open.
    ui::AdminWindow *signIn(const QString &server)
    {
        flow.start(server);
        submitSignIn(flow.loginWindow(), QStringLiteral("admin@demo.jobdesk"),
                     QStringLiteral("admin-demo-pass"));
        if (!waitFor([&] { return flow.adminWindow() && flow.adminWindow()->isVisible(); })) {
            qWarning("the admin window did not open");
            return nullptr;
        }
        ui::AdminWindow *window = flow.adminWindow();
        window->setGeometry(0, 0, 1440, 900);
        return window;
    }

    // Types the email and password into a sign-in window, unticks "keep me
    // signed in", and clicks Sign in.
    static void submitSignIn(ui::LoginWindow *login, const QString &email, const QString &password)
    {
        login->findChild<QLineEdit *>(QStringLiteral("loginEmail"))->setText(email);
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(password);
        login->findChild<QCheckBox *>(QStringLiteral("loginKeep"))->setChecked(false);
        login->findChild<QPushButton *>(QStringLiteral("loginSignIn"))->click();
    }
};

// What a screenshot program does once signed in: saves its shots into `out`
// (`data` is a scratch folder) and says whether all were saved.
using Shoot =
    std::function<bool(ui::AdminWindow *window, const QDir &out, const QTemporaryDir &data)>;

// The whole program `program SERVER_URL OUTPUT_DIR`: the exit code.
inline int run(int argc, char *argv[], const char *program, const Shoot &shoot)
{
    QApplication app(argc, argv);
    ui::AppTranslations::install(&app);
    if (argc < 3) {
        qWarning("usage: %s SERVER_URL OUTPUT_DIR", program);
        return 2;
    }
    const QString server = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    Session session;
    ui::AdminWindow *window = session.signIn(server);
    if (!window)
        return 1;
    return shoot(window, out, session.data) ? 0 : 1;
}

} // namespace jobdesk::shots
