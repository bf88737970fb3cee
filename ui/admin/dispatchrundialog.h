#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonArray>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace jobdesk::ui {

// Bulk auto-dispatch: says it is running, then lists each job's outcome
// (offered to whom, nobody eligible, skipped and why).
class DispatchRunDialog final : public QDialog
{
    Q_OBJECT

public:
    // `titles` names the jobs being dispatched, by id.
    DispatchRunDialog(const QHash<qint64, QString> &titles, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DispatchRunDialog)

    void setResults(const QJsonArray &items, const QHash<qint64, QString> &workerNames);
    void setError(const QString &message);
    QTreeWidget *results() const { return m_results; }

private:
    QHash<qint64, QString> m_titles;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
};

} // namespace jobdesk::ui
