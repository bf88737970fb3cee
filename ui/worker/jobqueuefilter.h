#pragma once

#include <QSortFilterProxyModel>

namespace jobdesk::ui {

// Search text (title, client, description) and one group at a time; empty groups
// are hidden so the list never shows headers over nothing.
class JobQueueFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobQueueFilter(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobQueueFilter)

    void setText(const QString &text);
    void setGroup(int group); // -1 = all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_group = -1;
};

} // namespace jobdesk::ui
