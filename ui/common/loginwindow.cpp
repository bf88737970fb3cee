#include "loginwindow.h"

#include "advanceddialog.h"
#include "apiclient.h"
#include "appicon.h"
#include "registerdialog.h"
#include "session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace jobdesk::ui {

LoginWindow::LoginWindow(net::ApiClient *api, net::Session *session, QSettings *settings,
                         QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_session(session)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("Keep me signed in"), this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Sign in — Jobdesk"));
    setWindowIcon(AppIcon::icon());
    m_server->setObjectName(QStringLiteral("loginServer"));
    m_email->setObjectName(QStringLiteral("loginEmail"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_keep->setObjectName(QStringLiteral("loginKeep"));
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_server->setPlaceholderText(tr("https://jobs.example.com"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setText(settings->value(QStringLiteral("account/server")).toString());
    m_email->setText(settings->value(QStringLiteral("account/email")).toString());
    m_keep->setChecked(settings->value(QStringLiteral("account/keep"), false).toBool());
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(34);
    m_signIn->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1f6feb; color: white; border: none; border-radius: 5px; "
        "font-weight: 600; padding: 6px 18px; } QPushButton:disabled { background: #8fb3f0; }"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse); // e.g. an update's address
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; background: #fdeceb; border-radius: "
                                          "5px; padding: 8px;"));
    m_error->hide();

    auto *logo = new QLabel(this);
    logo->setPixmap(AppIcon::icon().pixmap(48, 48));
    auto *title = new QLabel(tr("Sign in to Jobdesk"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    auto *subtitle = new QLabel(tr("Your jobs, offers and time in one place."), this);
    subtitle->setStyleSheet(QStringLiteral("color: #6b7280;"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_keep);
    auto *registerLink = new QLabel(
        QStringLiteral("<a href=\"register\">%1</a>").arg(tr("Register as a new worker")), this);
    registerLink->setObjectName(QStringLiteral("loginRegister"));
    registerLink->setAlignment(Qt::AlignCenter);
    // Before a first sign-in to a self-hosted server the user may need to trust its
    // certificate authority, so this is here and not only in Preferences.
    auto *advancedLink =
        new QLabel(QStringLiteral("<a href=\"advanced\">%1</a>").arg(tr("Advanced…")), this);
    advancedLink->setObjectName(QStringLiteral("loginAdvanced"));
    advancedLink->setAlignment(Qt::AlignCenter);
    advancedLink->setToolTip(tr("Trust a certificate authority file"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 28);
    layout->setSpacing(10);
    layout->addWidget(logo, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(subtitle, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_signIn);
    layout->addSpacing(6);
    layout->addWidget(registerLink);
    layout->addWidget(advancedLink);
    layout->addStretch();
    setFixedWidth(460);

    connect(m_signIn, &QPushButton::clicked, this, &LoginWindow::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWindow::signIn);
    connect(registerLink, &QLabel::linkActivated, this, &LoginWindow::openRegistration);
    connect(advancedLink, &QLabel::linkActivated, this, &LoginWindow::openAdvanced);
    connect(m_session, &net::Session::signInFailed, this,
            [this](const QString &message, const QString &problem) {
                setBusy(false);
                setError(explain(message, problem));
            });
    connect(m_session, &net::Session::signedIn, this, [this] {
        setBusy(false);
        m_password->clear();
        setError(QString());
    });
    if (!m_email->text().isEmpty())
        m_password->setFocus();
}

void LoginWindow::setServer(const QString &url)
{
    m_server->setText(url);
}

QString LoginWindow::explain(const QString &message, const QString &problem)
{
    if (problem == QLatin1String("invalid-credentials"))
        return tr("The email or password is not right. Check both and try again.");
    if (problem == QLatin1String("account-pending"))
        return tr("Your account is waiting for an admin's approval. You can sign in once it "
                  "is approved.");
    if (problem == QLatin1String("account-disabled") ||
        problem == QLatin1String("account-inactive"))
        return tr("This account is disabled. Contact your Jobdesk admin.");
    if (problem == QLatin1String("too-many-attempts"))
        return tr("Too many failed sign-ins. %1").arg(message.section(QStringLiteral(". "), 1));
    return message;
}

bool LoginWindow::applyServer()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()) {
        setError(tr("Enter your server's address, for example https://jobs.example.com."));
        return false;
    }
    m_api->setBaseUrl(url);
    return true;
}

void LoginWindow::signIn()
{
    if (m_busy)
        return;
    const QString email = m_email->text().trimmed();
    if (!applyServer())
        return;
    if (email.isEmpty() || m_password->text().isEmpty()) {
        setError(tr("Enter your email and password."));
        return;
    }
    m_settings->setValue(QStringLiteral("account/server"), m_api->baseUrl().toString());
    m_settings->setValue(QStringLiteral("account/email"), email);
    m_settings->setValue(QStringLiteral("account/keep"), m_keep->isChecked());
    setError(QString());
    setBusy(true);
    m_session->signIn(email, m_password->text(), m_keep->isChecked());
}

void LoginWindow::openRegistration()
{
    if (!applyServer())
        return;
    auto *dialog = new RegisterDialog(m_session, this);
    dialog->setObjectName(QStringLiteral("registerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterDialog::registeredAs, this,
            [this](const QString &email) { m_email->setText(email); });
    dialog->open();
}

void LoginWindow::openAdvanced()
{
    auto *dialog = new AdvancedDialog(m_settings, this);
    dialog->setObjectName(QStringLiteral("advancedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The next attempt verifies with the authorities chosen now.
        m_api->resetConnections();
        setError(QString());
    });
    dialog->open();
}

void LoginWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_email, m_password, m_keep})
        w->setEnabled(!busy);
}

void LoginWindow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    adjustSize();
}

QString LoginWindow::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace jobdesk::ui
