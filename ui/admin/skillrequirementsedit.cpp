#include "skillrequirementsedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

SkillRequirementsEdit::SkillRequirementsEdit(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add skill"), this))
{
    m_table->setObjectName(QStringLiteral("requiredSkills"));
    m_add->setObjectName(QStringLiteral("addSkill"));
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Minimum level"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMinimumHeight(72);
    m_table->setMaximumHeight(128);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        Q_EMIT changed();
    });
}

void SkillRequirementsEdit::setSkills(const QJsonArray &skills)
{
    const QJsonArray current = value();
    m_skills = skills;
    setValue(current);
}

void SkillRequirementsEdit::setValue(const QJsonArray &required)
{
    m_table->setRowCount(0);
    for (const QJsonValue &v : required) {
        const QJsonObject o = v.toObject();
        addRow(o.value(QStringLiteral("skill")).toString(),
               o.value(QStringLiteral("minLevel")).toInt(1));
    }
}

void SkillRequirementsEdit::addRow(const QString &skill, int minLevel)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *combo = new QComboBox(m_table);
    combo->setObjectName(QStringLiteral("skillKey"));
    for (const QJsonValue &v : m_skills) {
        const QJsonObject s = v.toObject();
        combo->addItem(s.value(QStringLiteral("name")).toString(),
                       s.value(QStringLiteral("key")).toString());
    }
    if (!skill.isEmpty() && combo->findData(skill) < 0)
        combo->addItem(skill, skill); // not in the list (any more): kept as it is
    if (!skill.isEmpty())
        combo->setCurrentIndex(combo->findData(skill));
    auto *level = new QSpinBox(m_table);
    level->setObjectName(QStringLiteral("skillLevel"));
    level->setRange(1, 5);
    level->setValue(qBound(1, minLevel, 5));
    auto *remove = new QToolButton(m_table);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this skill"));
    m_table->setCellWidget(row, 0, combo);
    m_table->setCellWidget(row, 1, level);
    m_table->setCellWidget(row, 2, remove);
    connect(combo, &QComboBox::currentIndexChanged, this, &SkillRequirementsEdit::changed);
    connect(level, &QSpinBox::valueChanged, this, &SkillRequirementsEdit::changed);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, 2) == remove) {
                m_table->removeRow(r);
                Q_EMIT changed();
                return;
            }
        }
    });
}

QJsonArray SkillRequirementsEdit::value() const
{
    QJsonArray out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, 0));
        const auto *level = qobject_cast<QSpinBox *>(m_table->cellWidget(r, 1));
        if (!combo || !level || combo->currentIndex() < 0)
            continue;
        out.append(QJsonObject{{QStringLiteral("skill"), combo->currentData().toString()},
                               {QStringLiteral("minLevel"), level->value()}});
    }
    return out;
}

} // namespace jobdesk::ui
