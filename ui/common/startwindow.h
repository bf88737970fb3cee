#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPushButton;

namespace jobdesk::net {
class ServerProbe;
}

namespace jobdesk::ui {

// The first window: says the app is not connected yet and checks a server address.
class StartWindow final : public QMainWindow
{
    Q_OBJECT

public:
    StartWindow(net::ServerProbe *probe, const QString &serverUrl, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StartWindow)

private:
    void check();

    net::ServerProbe *m_probe;
    QLineEdit *m_address;
    QPushButton *m_check;
    QLabel *m_status;
};

} // namespace jobdesk::ui
