#pragma once

#include "timeentry.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace jobdesk::ui {

// Time worked away from the timer, or an edit of an existing entry: job, start,
// end, note. Checks end > start and the 24 h limit before it lets the worker save.
class ManualEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    ManualEntryDialog(const QList<QJsonObject> &jobs, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ManualEntryDialog)

    // Edit mode: fills the fields from `entry` and keeps its id and revision.
    void setEntry(const TimeEntry &entry);
    TimeEntry entry() const;

private:
    void validate();

    TimeEntry m_entry;
    QComboBox *m_job;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace jobdesk::ui
