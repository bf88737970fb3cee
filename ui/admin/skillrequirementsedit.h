#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace jobdesk::ui {

// The skills a job needs and the minimum level (1..5) of each, picked from the
// server's skill list (GET /skills); a skill the list does not know is kept.
class SkillRequirementsEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit SkillRequirementsEdit(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SkillRequirementsEdit)

    // [{key, name}] from GET /skills.
    void setSkills(const QJsonArray &skills);
    // [{skill, minLevel}] as on the wire.
    void setValue(const QJsonArray &required);
    QJsonArray value() const;
    void addRow(const QString &skill = {}, int minLevel = 3);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QJsonArray m_skills;
    QTableWidget *m_table;
    QPushButton *m_add;
};

} // namespace jobdesk::ui
