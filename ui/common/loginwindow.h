#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace jobdesk::net {
class ApiClient;
class Session;
} // namespace jobdesk::net

namespace jobdesk::ui {

// Sign-in: server address, email, password and "Keep me signed in", with a busy
// state and errors a person can act on. Remembers the server and email (never a
// token) in QSettings. Registration of a new worker opens from here.
class LoginWindow final : public QWidget
{
    Q_OBJECT

public:
    LoginWindow(net::ApiClient *api, net::Session *session, QSettings *settings,
                QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LoginWindow)

    void setServer(const QString &url);
    void setError(const QString &message);
    QString errorText() const;
    // Readable text for a failed sign-in (problem slug from the server).
    static QString explain(const QString &message, const QString &problem);

private:
    void signIn();
    void openRegistration();
    void openAdvanced();
    void setBusy(bool busy);
    bool applyServer();

    net::ApiClient *m_api;
    net::Session *m_session;
    QSettings *m_settings;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_signIn;
    QLabel *m_error;
    bool m_busy = false;
};

} // namespace jobdesk::ui
