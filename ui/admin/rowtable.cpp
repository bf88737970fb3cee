#include "rowtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jobdesk::ui {

QPushButton *layOutRowTable(QWidget *owner, QTableWidget *table, const QString &addText,
                            const QString &removeText, int minHeight, int maxHeight,
                            const std::function<void()> &removed)
{
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(minHeight);
    table->setMaximumHeight(maxHeight);
    auto *add = new QPushButton(addText, owner);
    auto *remove = new QPushButton(removeText, owner);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    QObject::connect(remove, &QPushButton::clicked, owner, [table, removed] {
        const int row = table->currentRow();
        if (row < 0)
            return;
        table->removeRow(row);
        removed();
    });
    return add;
}

} // namespace jobdesk::ui
