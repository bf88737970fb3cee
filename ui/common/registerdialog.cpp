#include "registerdialog.h"

#include "session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace jobdesk::ui {

RegisterDialog::RegisterDialog(net::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Register as a new worker"));
    m_name->setObjectName(QStringLiteral("registerName"));
    m_email->setObjectName(QStringLiteral("registerEmail"));
    m_password->setObjectName(QStringLiteral("registerPassword"));
    m_message->setObjectName(QStringLiteral("registerMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 12 characters"));
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("An admin reviews every new account before it can sign in."), this));
    form->addRow(tr("Full name"), m_name);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_message);
    form->addRow(m_buttons);
    resize(440, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &net::Session::registered, this, [this] {
        m_done = true;
        m_message->setStyleSheet(QStringLiteral("color: #1b6b3a;"));
        m_message->setText(tr("Thanks! Your account is registered. An admin must approve it "
                              "before you can sign in."));
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        Q_EMIT registeredAs(m_email->text().trimmed());
    });
    connect(m_session, &net::Session::registrationFailed, this, [this](const QString &message) {
        m_buttons->setEnabled(true);
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(message);
    });
}

void RegisterDialog::submit()
{
    if (m_done) {
        accept();
        return;
    }
    if (m_name->text().trimmed().isEmpty() || m_email->text().trimmed().isEmpty() ||
        m_password->text().isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_message->setText(tr("Fill in your name, email and a password."));
        return;
    }
    m_buttons->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Registering…"));
    m_session->registerWorker(m_email->text().trimmed(), m_name->text().trimmed(),
                              m_password->text());
}

} // namespace jobdesk::ui
