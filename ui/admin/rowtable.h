#pragma once

#include <QString>

#include <functional>

class QPushButton;
class QTableWidget;
class QWidget;

namespace jobdesk::ui {

// The frame of the console's row editors (skills, availability): `table`, with
// whole rows selected, no row numbers and between `minHeight` and `maxHeight`
// tall, over an Add and a Remove button, filling `owner` without margins. Remove
// takes out the current row, if any, and calls `removed`. Returns the Add button
// for the editor to connect.
QPushButton *layOutRowTable(QWidget *owner, QTableWidget *table, const QString &addText,
                            const QString &removeText, int minHeight, int maxHeight,
                            const std::function<void()> &removed);

} // namespace jobdesk::ui
