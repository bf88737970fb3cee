#pragma once

#include <QJsonArray>
#include <QWidget>

class QTableWidget;

namespace jobdesk::ui {

// Weekly availability slots in the worker's own time zone: day, from, until
// (15-minute steps, "24:00" for the end of the day; other minutes kept as they are).
class AvailabilityEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityEditor(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AvailabilityEditor)

    // [{weekday, startMinute, endMinute}] as on the wire.
    void setSlots(const QJsonArray &slots);
    QJsonArray slots() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void addRow(int weekday, int startMinute, int endMinute);

    QTableWidget *m_table;
};

} // namespace jobdesk::ui
