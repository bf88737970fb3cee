#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStyledItemDelegate>
#include <QTreeWidget>

namespace jobdesk::ui {

// Paints a score as a bar stacked from its factors' points (0..100), with the
// number beside it; on a factor row, that factor's points against its weight.
class ScoreBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        FactorsRole = Qt::UserRole + 10, // ranked rows: [{factor, points}]
        FactorRole,                      // factor rows: the factor code
        PointsRole,                      // double
        MaxPointsRole                    // factor rows: weight × 100
    };
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The ranked candidates of GET /jobs/{id}/candidates, best first: rank, name and
// a stacked score bar; each expands into its six factors with points and the
// server's explanation. The tooltip on a row holds the same breakdown.
class RankedList final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        NameColumn,
        ScoreColumn
    };
    enum Role
    {
        WorkerIdRole = Qt::UserRole + 1
    };

    explicit RankedList(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RankedList)

    void setRanked(const QJsonArray &ranked);
    qint64 selectedWorkerId() const;
    QString selectedWorkerName() const;
    void selectWorker(qint64 workerId);
    QStringList workerNames() const; // in rank order
};

// The workers left out, each with every reason in words.
class ExcludedList final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ExcludedList(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExcludedList)

    void setExcluded(const QJsonArray &excluded, const QHash<QString, QString> &skillNames);
    // "Name: reason; reason" per worker, for tests and the clipboard.
    QStringList lines() const;
};

} // namespace jobdesk::ui
