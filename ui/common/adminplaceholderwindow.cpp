#include "adminplaceholderwindow.h"

#include "appicon.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

AdminPlaceholderWindow::AdminPlaceholderWindow(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Jobdesk — administrator"));
    setWindowIcon(AppIcon::icon());
    auto *text = new QLabel(tr("<h2>Welcome, %1</h2><p>You are signed in as an administrator. "
                               "The operations console arrives in the next release; until "
                               "then, use the server's command line.</p>")
                                .arg(name.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto *signOut = new QPushButton(tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("adminSignOut"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->addWidget(text);
    layout->addWidget(signOut, 0, Qt::AlignLeft);
    layout->addStretch();
    resize(520, 240);
    connect(signOut, &QPushButton::clicked, this, &AdminPlaceholderWindow::signOutRequested);
}

} // namespace jobdesk::ui
