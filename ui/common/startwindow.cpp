#include "startwindow.h"

#include "serverprobe.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace jobdesk::ui {

StartWindow::StartWindow(net::ServerProbe *probe, const QString &serverUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_probe(probe)
    , m_address(new QLineEdit(serverUrl, this))
    , m_check(new QPushButton(tr("Check server"), this))
    , m_status(new QLabel(tr("Not connected yet."), this))
{
    setWindowTitle(tr("Jobdesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title =
        new QLabel(tr("<h2>Jobdesk</h2><p>Sign-in and the job queue arrive in the "
                      "next release. For now you can check that your server answers.</p>"),
                   central);
    title->setWordWrap(true);
    auto *form = new QFormLayout;
    m_address->setPlaceholderText(tr("https://jobs.example.com"));
    form->addRow(tr("Server address"), m_address);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    m_status->setWordWrap(true);
    setCentralWidget(central);
    resize(520, 280);

    connect(m_check, &QPushButton::clicked, this, &StartWindow::check);
    connect(m_address, &QLineEdit::returnPressed, this, &StartWindow::check);
    connect(m_probe, &net::ServerProbe::reachable, this,
            [this](const QString &version, const QString &database) {
                m_check->setEnabled(true);
                m_status->setText(tr("Server reachable: Jobdesk %1 on %2. Not connected yet.")
                                      .arg(version, database));
            });
    connect(m_probe, &net::ServerProbe::unreachable, this, [this](const QString &reason) {
        m_check->setEnabled(true);
        m_status->setText(tr("Not connected: %1").arg(reason));
    });
}

void StartWindow::check()
{
    m_check->setEnabled(false);
    m_status->setText(tr("Checking…"));
    m_probe->probe(QUrl::fromUserInput(m_address->text().trimmed()));
}

} // namespace jobdesk::ui
