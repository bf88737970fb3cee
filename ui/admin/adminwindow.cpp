#include "adminwindow.h"

#include "analyticspage.h"
#include "apiclient.h"
#include "appicon.h"
#include "auditpage.h"
#include "connectionstate.h"
#include "dispatchboard.h"
#include "realtimeclient.h"
#include "reviewqueue.h"
#include "session.h"
#include "settingsdialog.h"
#include "timesheetspage.h"
#include "workerspage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace jobdesk::ui {

AdminWindow::AdminWindow(net::ApiClient *api, net::Session *session, net::RealtimeClient *realtime,
                         QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_session(session)
    , m_realtime(realtime)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dispatch(new DispatchBoard(api, session, realtime, this))
    , m_review(new ReviewQueue(api, session, realtime, this))
    , m_connection(new QLabel(this))
    , m_user(new QLabel(this))
{
    setWindowTitle(tr("Jobdesk operations — %1")
                       .arg(session->user().value(QStringLiteral("name")).toString()));
    setWindowIcon(AppIcon::icon());
    m_nav->setObjectName(QStringLiteral("adminNavigation"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFixedWidth(168);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget { background: #f3f4f6; padding-top: 8px; }"
                       "QListWidget::item { padding: 8px 14px; border-radius: 4px; margin: 0 6px; }"
                       "QListWidget::item:selected { background: #dbe6f6; color: #1f4e9a; }"));

    // The pages, in the order of the list and of Ctrl+1..6. Each area's page
    // replaces its placeholder here.
    addPage(Page::Dispatch, tr("Dispatch"), m_dispatch);
    addPage(Page::Review, tr("Review"), m_review);
    addPage(Page::Workers, tr("Workers"), new WorkersPage(api, realtime, this));
    addPage(Page::Timesheets, tr("Timesheets"), new TimesheetsPage(api, realtime, this));
    addPage(Page::Analytics, tr("Analytics"), new AnalyticsPage(api, realtime, this));
    addPage(Page::Audit, tr("Audit log"), new AuditPage(api, realtime, this));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_user->setObjectName(QStringLiteral("signedInAs"));
    m_user->setText(signedInText());
    auto *signOut = new QToolButton(this);
    signOut->setObjectName(QStringLiteral("adminSignOut"));
    signOut->setText(tr("Sign out"));
    signOut->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(signOut);
    buildMenus();
    resize(1360, 840);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(signOut, &QToolButton::clicked, this, &AdminWindow::signOutRequested);
    connect(m_dispatch, &DispatchBoard::message, this, &AdminWindow::toast);
    connect(m_review, &ReviewQueue::message, this, &AdminWindow::toast);
    connect(m_review, &ReviewQueue::countChanged, this, [this](int n) {
        m_nav->item(int(Page::Review))->setText(n > 0 ? tr("Review (%1)").arg(n) : tr("Review"));
    });
    connect(m_realtime, &net::RealtimeClient::stateChanged, this, &AdminWindow::updateConnection);
    connect(m_api, &net::ApiClient::reachabilityChanged, this, [this](bool online) {
        m_online = online;
        updateConnection();
    });
    m_nav->setCurrentRow(0);
    updateConnection();
}

void AdminWindow::setAttachmentUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker)
{
    m_dispatch->setAttachmentUploads(uploads, linker);
}

void AdminWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    Q_ASSERT(m_pages->count() == int(page));
    widget->setParent(m_pages);
    m_pages->addWidget(widget);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(int(page) + 1));
}

QWidget *AdminWindow::placeholder(const QString &title)
{
    auto *label = new QLabel(
        tr("<h3>%1</h3><p>This page is on its way.</p>").arg(title.toHtmlEscaped()), this);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: #6b7280;"));
    return label;
}

void AdminWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Jobdesk"));
    file->addAction(tr("&New job…"), QKeySequence::New, m_dispatch, &DispatchBoard::newJob);
    file->addAction(tr("&Reload"), QKeySequence::Refresh, this, [this] {
        m_dispatch->reload();
        m_review->reload();
    });
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        auto *dialog = new SettingsDialog(nullptr, this);
        dialog->setObjectName(QStringLiteral("preferencesDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &AdminWindow::signOutRequested);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = go->addAction(m_nav->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        connect(a, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
}

void AdminWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

AdminWindow::Page AdminWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QWidget *AdminWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}

QString AdminWindow::signedInText() const
{
    const QJsonObject user = m_session->user();
    return tr("Signed in as %1 (%2)")
        .arg(user.value(QStringLiteral("name")).toString(),
             user.value(QStringLiteral("email")).toString(m_session->email()));
}

void AdminWindow::updateConnection()
{
    m_connection->setText(connectionBadge(connectionState(m_online, m_realtime), connectionText()));
}

QString AdminWindow::connectionText() const
{
    return ui::connectionText(connectionState(m_online, m_realtime),
                              tr("Offline — changes by others are not shown"), tr("Live"),
                              tr("Reconnecting…"));
}

void AdminWindow::toast(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

} // namespace jobdesk::ui
