#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace jobdesk::ui {

class JobQueueDelegate;
class JobQueueFilter;
class JobQueueModel;

// The left column: search, status filter and the grouped queue. Arrows move,
// Enter opens, Ctrl+F searches; offers count down once a second.
class JobQueueView final : public QWidget
{
    Q_OBJECT

public:
    explicit JobQueueView(JobQueueModel *model, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobQueueView)

    qint64 currentJobId() const;
    void selectJob(qint64 jobId);
    QTreeView *tree() const { return m_tree; }
    JobQueueDelegate *delegate() const { return m_delegate; }
    // A message instead of the list (loading, could not load).
    void setPlaceholder(const QString &text);

Q_SIGNALS:
    void currentJobChanged(qint64 jobId);
    void jobActivated(qint64 jobId);
    void acceptRequested(qint64 offerId, qint64 jobId);
    void declineRequested(qint64 offerId, qint64 jobId);

private:
    void modelChanged();

    JobQueueModel *m_model;
    JobQueueFilter *m_filter;
    JobQueueDelegate *m_delegate;
    QLineEdit *m_search;
    QComboBox *m_status;
    QTreeView *m_tree;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QTimer m_tick;
    qint64 m_current = 0;
};

} // namespace jobdesk::ui
