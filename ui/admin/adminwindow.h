#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace jobdesk::net {
class ApiClient;
class AttachmentLinker;
class RealtimeClient;
class Session;
class UploadQueue;
} // namespace jobdesk::net

namespace jobdesk::ui {

class DispatchBoard;
class ReviewQueue;

// The operations console: a navigation list on the left (Ctrl+1..6) and one page
// per area on the right; connection state and the signed-in admin below. Each
// page is its own widget that loads and follows realtime events by itself.
class AdminWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Dispatch,
        Review,
        Workers,
        Timesheets,
        Analytics,
        Audit
    };
    static constexpr int PageCount = 6;

    // The realtime client is started by the caller.
    AdminWindow(net::ApiClient *api, net::Session *session, net::RealtimeClient *realtime,
                QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdminWindow)

    // Attachments for the job editor (optional).
    void setAttachmentUploads(net::UploadQueue *uploads, net::AttachmentLinker *linker);

    void showPage(Page page);
    Page currentPage() const;
    QWidget *page(Page page) const;
    DispatchBoard *dispatchBoard() const { return m_dispatch; }
    ReviewQueue *reviewQueue() const { return m_review; }
    QString connectionText() const;
    QString signedInText() const;

Q_SIGNALS:
    void signOutRequested();

private:
    void addPage(Page page, const QString &title, QWidget *widget);
    QWidget *placeholder(const QString &title);
    void buildMenus();
    void updateConnection();
    void toast(const QString &text);

    net::ApiClient *m_api;
    net::Session *m_session;
    net::RealtimeClient *m_realtime;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    DispatchBoard *m_dispatch;
    ReviewQueue *m_review;
    QLabel *m_connection;
    QLabel *m_user;
    bool m_online = true;
};

} // namespace jobdesk::ui
