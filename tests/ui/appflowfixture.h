#pragma once

// The app as a user starts it, for the UI tests that drive the whole flow: a
// running World, and the app's own AppFlow (sign-in window, then the worker or
// admin window) over a settings file and data folder in a temporary directory.
// A test class derives from it after QObject, so its members are declared (and
// torn down) in this order before the test's own.
#include "appflow.h"
#include "loginwindow.h"
#include "memorycredentialstore.h"
#include "testserver.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace jobdesk::test {

class AppFlowFixture
{
protected:
    World m_world;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    net::MemoryCredentialStore m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::AppFlow> m_flow;

    // Makes the settings and the flow; once the World is set up.
    void createFlow()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_flow = std::make_unique<ui::AppFlow>(&m_nam, &m_credentials, m_settings.get(),
                                               m_dir.filePath(QStringLiteral("data")));
    }

    // Starts the flow against the World's server and signs in through its sign-in
    // window, not kept; that window, or null (nothing typed) when there is none.
    ui::LoginWindow *signIn(const QString &email, const QString &password)
    {
        m_flow->start(m_world.server.url(QString()).toString());
        ui::LoginWindow *login = m_flow->loginWindow();
        if (!login)
            return nullptr;
        submitSignIn(login, email, password);
        return login;
    }

    // Types the email and password into a sign-in window, unticks "keep me
    // signed in", and clicks Sign in.
    static void submitSignIn(ui::LoginWindow *login, const QString &email, const QString &password)
    {
        login->findChild<QLineEdit *>(QStringLiteral("loginEmail"))->setText(email);
        login->findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(password);
        login->findChild<QCheckBox *>(QStringLiteral("loginKeep"))->setChecked(false);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("loginSignIn")),
                          Qt::LeftButton);
    }
};

} // namespace jobdesk::test
