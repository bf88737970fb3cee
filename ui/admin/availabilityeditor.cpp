#include "availabilityeditor.h"

#include "adminformat.h"
#include "rowtable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>

namespace jobdesk::ui {

namespace {

QComboBox *minuteBox(int minute, int first, int last, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (int m = first; m <= last; m += 15)
        box->addItem(AdminFormat::minuteOfDay(m), m);
    if (box->findData(minute) < 0) {
        int at = 0;
        while (at < box->count() && box->itemData(at).toInt() < minute)
            ++at;
        box->insertItem(at, AdminFormat::minuteOfDay(minute), minute);
    }
    box->setCurrentIndex(box->findData(minute));
    return box;
}

} // namespace

AvailabilityEditor::AvailabilityEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    m_table->setObjectName(QStringLiteral("availabilityTable"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("Until")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QPushButton *add = layOutRowTable(this, m_table, tr("Add slot"), tr("Remove"), 150, 250,
                                      [this] { Q_EMIT changed(); });
    add->setObjectName(QStringLiteral("addSlot"));

    connect(add, &QPushButton::clicked, this, [this] {
        // The day after the last slot, office hours: the usual next entry.
        const QJsonArray have = slots();
        const int last =
            have.isEmpty() ? 0 : have.last().toObject().value(QStringLiteral("weekday")).toInt();
        addRow(last % 7 + 1, 9 * 60, 17 * 60);
        Q_EMIT changed();
    });
}

void AvailabilityEditor::setSlots(const QJsonArray &slots)
{
    const QSignalBlocker block(this);
    m_table->setRowCount(0);
    for (const QJsonValue &v : slots) {
        const QJsonObject o = v.toObject();
        addRow(o.value(QStringLiteral("weekday")).toInt(1),
               o.value(QStringLiteral("startMinute")).toInt(),
               o.value(QStringLiteral("endMinute")).toInt(1440));
    }
}

QJsonArray AvailabilityEditor::slots() const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *day = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        const auto *from = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        const auto *until = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
        if (!day || !from || !until)
            continue;
        out.append(QJsonObject{{QStringLiteral("weekday"), day->currentData().toInt()},
                               {QStringLiteral("startMinute"), from->currentData().toInt()},
                               {QStringLiteral("endMinute"), until->currentData().toInt()}});
    }
    return out;
}

void AvailabilityEditor::addRow(int weekday, int startMinute, int endMinute)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *day = new QComboBox(m_table);
    for (int d = 1; d <= 7; ++d)
        day->addItem(AdminFormat::weekday(d), d);
    day->setCurrentIndex(qBound(1, weekday, 7) - 1);
    // The server checks that a slot ends after it starts and says so per field.
    auto *from = minuteBox(startMinute, 0, 24 * 60 - 15, m_table);
    auto *until = minuteBox(endMinute, 15, 24 * 60, m_table);
    m_table->setCellWidget(row, 0, day);
    m_table->setCellWidget(row, 1, from);
    m_table->setCellWidget(row, 2, until);
    for (QComboBox *box : {day, from, until})
        connect(box, &QComboBox::currentIndexChanged, this, &AvailabilityEditor::changed);
}

} // namespace jobdesk::ui
