#include "skillseditor.h"

#include "rowtable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace jobdesk::ui {

SkillsEditor::SkillsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("skillsTable"));
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Level (1–5)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QPushButton *add = layOutRowTable(this, m_table, tr("Add skill"), tr("Remove"), 96, 150,
                                      [this] { Q_EMIT changed(); });
    add->setObjectName(QStringLiteral("addSkill"));

    connect(add, &QPushButton::clicked, this, [this] {
        // The first catalogue skill the worker does not have yet.
        const QJsonArray have = skills();
        QString key;
        for (const auto &[k, name] : m_catalogue) {
            bool taken = false;
            for (const QJsonValue &v : have)
                taken = taken || v.toObject().value(QStringLiteral("skill")).toString() == k;
            if (!taken) {
                key = k;
                break;
            }
        }
        addRow(key, 1);
        Q_EMIT changed();
    });
}

void SkillsEditor::setCatalogue(const QList<std::pair<QString, QString>> &skills)
{
    const QJsonArray current = this->skills();
    m_catalogue = skills;
    setSkills(current);
}

void SkillsEditor::setSkills(const QJsonArray &skills)
{
    const QSignalBlocker block(this);
    m_table->setRowCount(0);
    for (const QJsonValue &v : skills) {
        const QJsonObject o = v.toObject();
        addRow(o.value(QStringLiteral("skill")).toString(),
               o.value(QStringLiteral("level")).toInt(1));
    }
}

QJsonArray SkillsEditor::skills() const
{
    QJsonArray out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *skill = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0));
        const auto *level = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 1));
        if (!skill || !level)
            continue;
        out.append(QJsonObject{{QStringLiteral("skill"), skill->currentData().toString()},
                               {QStringLiteral("level"), level->value()}});
    }
    return out;
}

void SkillsEditor::addRow(const QString &key, int level)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *skill = new QComboBox(m_table);
    for (const auto &[k, name] : m_catalogue)
        skill->addItem(name, k);
    if (!key.isEmpty() && skill->findData(key) < 0)
        skill->addItem(key, key);
    skill->setCurrentIndex(qMax(0, skill->findData(key)));
    auto *spin = new QSpinBox(m_table);
    spin->setRange(1, 5);
    spin->setValue(level);
    m_table->setCellWidget(row, 0, skill);
    m_table->setCellWidget(row, 1, spin);
    connect(skill, &QComboBox::currentIndexChanged, this, &SkillsEditor::changed);
    connect(spin, &QSpinBox::valueChanged, this, &SkillsEditor::changed);
}

} // namespace jobdesk::ui
