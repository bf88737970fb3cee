#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace jobdesk::ui {

// The labels the console's detail panes (candidates, review) are built from.

// A demibold caption above a section.
QLabel *caption(const QString &text, QWidget *parent);

// Makes `title` the pane's heading: 1.3 times its font, demibold, wrapped.
void makeHeading(QLabel *title);

} // namespace jobdesk::ui
