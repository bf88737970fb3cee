#pragma once

#include <QFrame>
#include <QJsonObject>
#include <QList>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jobdesk::net {
class TimeTracker;
}

namespace jobdesk::ui {

// The banner under the timer that asks about time away from the computer:
// while away it says the timer is not counting; once the worker is back it
// offers the span: Keep (it counts), Discard (it stays out), or Assign it to
// another job the worker holds, with a note. A gap (the computer asleep or
// its clock changed while the timer ran) is asked about the same way. Not modal: the worker may answer
// later (the span waits on disk) and work on meanwhile.
class AwayPrompt final : public QFrame
{
    Q_OBJECT

public:
    explicit AwayPrompt(net::TimeTracker *tracker, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AwayPrompt)

    // The jobs the worker holds: titles, and where the time may be assigned.
    void setJobs(const QList<QJsonObject> &jobs);
    // The span on show (null when none).
    QUuid currentSpan() const { return m_span; }
    QString text() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void refresh();
    void answer(int choice);
    QString jobTitle(qint64 id) const;

    net::TimeTracker *m_tracker;
    QList<QJsonObject> m_jobs;
    QUuid m_span;
    QLabel *m_text;
    QPushButton *m_keep;
    QPushButton *m_discard;
    QComboBox *m_assignJob;
    QLineEdit *m_assignNote;
    QPushButton *m_assign;
};

} // namespace jobdesk::ui
