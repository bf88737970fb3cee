#pragma once

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QTableWidget;

namespace jobdesk::ui {

// A worker's skills with their certification levels (1..5): one row per skill,
// chosen from the catalogue (GET /skills); a key the catalogue lacks stays as is.
class SkillsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit SkillsEditor(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SkillsEditor)

    // (key, human name) pairs.
    void setCatalogue(const QList<std::pair<QString, QString>> &skills);
    // [{skill, level}] as on the wire.
    void setSkills(const QJsonArray &skills);
    QJsonArray skills() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString &key, int level);

    QTableWidget *m_table;
    QList<std::pair<QString, QString>> m_catalogue;
};

} // namespace jobdesk::ui
