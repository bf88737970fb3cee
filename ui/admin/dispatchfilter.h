#pragma once

#include <QSortFilterProxyModel>

namespace jobdesk::ui {

// The board's search and filters: text (title, client, category, skills, worker,
// #id), urgency at least, one state group, overdue only. Group rows show only
// while a job in them passes.
class DispatchFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DispatchFilter(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DispatchFilter)

    void setText(const QString &text);
    void setMinimumUrgency(int urgency); // -1: any
    void setGroup(int group);            // -1: every group
    void setOverdueOnly(bool on);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    int m_urgency = -1;
    int m_group = -1;
    bool m_overdue = false;
};

} // namespace jobdesk::ui
