#pragma once

#include <QWidget>

namespace jobdesk::ui {

// What an admin sees until the operations console ships.
class AdminPlaceholderWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPlaceholderWindow(const QString &name, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AdminPlaceholderWindow)

Q_SIGNALS:
    void signOutRequested();
};

} // namespace jobdesk::ui
