#pragma once

#include <QStyledItemDelegate>

namespace jobdesk::ui {

// Paints queue rows as two-line cards (title; client, due date or countdown) with a
// status chip, group rows as quiet section headers, and offer rows with their own
// Accept and Decline buttons, which answer clicks without opening the job.
class JobQueueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit JobQueueDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobQueueDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the offer buttons sit inside a row's rectangle (tests click there).
    static QRect acceptRect(const QRect &row);
    static QRect declineRect(const QRect &row);

Q_SIGNALS:
    void acceptClicked(qint64 offerId, qint64 jobId);
    void declineClicked(qint64 offerId, qint64 jobId);

private:
    void paintGroup(QPainter *p, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintButton(QPainter *p, const QRect &r, const QString &text, bool primary) const;
};

} // namespace jobdesk::ui
