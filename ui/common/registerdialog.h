#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace jobdesk::net {
class Session;
}

namespace jobdesk::ui {

// A new worker asks for an account; an admin approves it before the first sign-in.
class RegisterDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterDialog(net::Session *session, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RegisterDialog)

Q_SIGNALS:
    void registeredAs(const QString &email);

private:
    void submit();

    net::Session *m_session;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_done = false;
};

} // namespace jobdesk::ui
