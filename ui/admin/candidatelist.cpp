#include "candidatelist.h"

#include "dispatchwords.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>

namespace jobdesk::ui {

namespace {

constexpr int BarHeight = 10;
constexpr int NumberWidth = 76;

QString points(double p)
{
    return QLocale().toString(p, 'f', 1);
}

} // namespace

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant factors = index.data(FactorsRole);
    const QString factor = index.data(FactorRole).toString();
    if (!factors.isValid() && factor.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    const int full = qMax(20, area.width() - NumberWidth);
    const QRect track(area.left(), area.center().y() - BarHeight / 2 + 1, full, BarHeight);
    const double value = index.data(PointsRole).toDouble();
    QString label;
    if (factors.isValid()) {
        painter->fillRect(track, QColor(0xEC, 0xEE, 0xF1));
        double x = track.left();
        for (const QJsonValue &v : factors.toJsonArray()) {
            const QJsonObject f = v.toObject();
            const double w = f.value(QStringLiteral("points")).toDouble() * full / 100.0;
            const QRectF segment(x, track.top(), qMax(0.0, w), track.height());
            painter->fillRect(
                segment, DispatchWords::factorColour(f.value(QStringLiteral("factor")).toString()));
            x += w;
        }
        label = points(value);
    } else {
        const double max = index.data(MaxPointsRole).toDouble();
        QRect room = track;
        room.setWidth(int(full * qBound(0.0, max, 100.0) / 100.0));
        painter->fillRect(room, QColor(0xEC, 0xEE, 0xF1));
        QRect filled = track;
        filled.setWidth(int(full * qBound(0.0, value, 100.0) / 100.0));
        painter->fillRect(filled, DispatchWords::factorColour(factor));
        label = tr("%1 / %2").arg(points(value), QLocale().toString(qRound(max)));
    }
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    const QRect text(track.right() + 6, option.rect.top(), NumberWidth - 6, option.rect.height());
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, label);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), BarHeight + 12));
    return s;
}

RankedList::RankedList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("rankedCandidates"));
    setColumnCount(4);
    setHeaderLabels({tr("#"), tr("Worker"), tr("Score"), tr("Why")});
    setItemDelegateForColumn(ScoreColumn, new ScoreBarDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The explanations wrap rather than hide behind an ellipsis.
    setWordWrap(true);
    setUniformRowHeights(false);
    setIndentation(14);
    header()->setStretchLastSection(true);
    header()->resizeSection(RankColumn, 40);
    header()->resizeSection(NameColumn, 124);
    header()->resizeSection(ScoreColumn, 180);
}

void RankedList::setRanked(const QJsonArray &ranked)
{
    const qint64 selected = selectedWorkerId();
    clear();
    int rank = 0;
    for (const QJsonValue &v : ranked) {
        const QJsonObject c = v.toObject();
        auto *item = new QTreeWidgetItem(this);
        const qint64 id = c.value(QStringLiteral("workerId")).toInteger();
        const double score = c.value(QStringLiteral("score")).toDouble();
        item->setText(RankColumn, QString::number(++rank));
        item->setText(NameColumn, c.value(QStringLiteral("name")).toString());
        item->setData(NameColumn, WorkerIdRole, id);
        item->setData(RankColumn, WorkerIdRole, id);
        item->setData(ScoreColumn, Qt::DisplayRole, points(score));
        item->setData(ScoreColumn, ScoreBarDelegate::PointsRole, score);
        QJsonArray bars;
        QString tip = QStringLiteral("<b>%1</b> — %2<table>")
                          .arg(c.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                               tr("score %1 of 100").arg(points(score)));
        for (const QJsonValue &fv : c.value(QStringLiteral("factors")).toArray()) {
            const QJsonObject f = fv.toObject();
            const QString code = f.value(QStringLiteral("factor")).toString();
            const double p = f.value(QStringLiteral("points")).toDouble();
            const double max = f.value(QStringLiteral("weight")).toDouble() * 100.0;
            const QString detail = f.value(QStringLiteral("detail")).toString();
            bars.append(
                QJsonObject{{QStringLiteral("factor"), code}, {QStringLiteral("points"), p}});
            auto *row = new QTreeWidgetItem(item);
            row->setText(NameColumn, DispatchWords::factor(code));
            row->setForeground(NameColumn, DispatchWords::factorColour(code).darker(115));
            row->setData(ScoreColumn, ScoreBarDelegate::FactorRole, code);
            row->setData(ScoreColumn, ScoreBarDelegate::PointsRole, p);
            row->setData(ScoreColumn, ScoreBarDelegate::MaxPointsRole, max);
            row->setText(3, detail);
            row->setToolTip(3, detail);
            row->setFlags(Qt::ItemIsEnabled);
            tip += QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td>"
                                  "<td align=right>&nbsp;%3&nbsp;</td><td>%4</td></tr>")
                       .arg(DispatchWords::factorColour(code).name(),
                            DispatchWords::factor(code).toHtmlEscaped(), points(p),
                            detail.toHtmlEscaped());
        }
        tip += QStringLiteral("</table>");
        item->setData(ScoreColumn, ScoreBarDelegate::FactorsRole, bars);
        for (int col = 0; col < 4; ++col)
            item->setToolTip(col, tip);
    }
    if (QTreeWidgetItem *first = topLevelItem(0))
        first->setExpanded(true); // the best candidate's reasons are shown at once
    selectWorker(selected ? selected : 0);
    if (!currentItem() && topLevelItem(0))
        setCurrentItem(topLevelItem(0));
}

qint64 RankedList::selectedWorkerId() const
{
    QTreeWidgetItem *item = currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(NameColumn, WorkerIdRole).toLongLong() : 0;
}

QString RankedList::selectedWorkerName() const
{
    QTreeWidgetItem *item = currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->text(NameColumn) : QString();
}

void RankedList::selectWorker(qint64 workerId)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(NameColumn, WorkerIdRole).toLongLong() == workerId) {
            setCurrentItem(item);
            return;
        }
    }
}

QStringList RankedList::workerNames() const
{
    QStringList names;
    for (int i = 0; i < topLevelItemCount(); ++i)
        names << topLevelItem(i)->text(NameColumn);
    return names;
}

ExcludedList::ExcludedList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("excludedWorkers"));
    setColumnCount(2);
    setHeaderLabels({tr("Worker"), tr("Why not")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 150);
}

void ExcludedList::setExcluded(const QJsonArray &excluded,
                               const QHash<QString, QString> &skillNames)
{
    clear();
    for (const QJsonValue &v : excluded) {
        const QJsonObject w = v.toObject();
        QStringList reasons;
        for (const QJsonValue &r : w.value(QStringLiteral("reasons")).toArray()) {
            const QJsonObject reason = r.toObject();
            reasons << DispatchWords::exclusion(reason.value(QStringLiteral("code")).toString(),
                                                reason.value(QStringLiteral("detail")).toString(),
                                                skillNames);
        }
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, w.value(QStringLiteral("name")).toString());
        item->setText(1, reasons.join(QStringLiteral("; ")));
        item->setToolTip(1, reasons.join(QLatin1Char('\n')));
        item->setData(0, Qt::UserRole, w.value(QStringLiteral("workerId")).toInteger());
    }
}

QStringList ExcludedList::lines() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out << topLevelItem(i)->text(0) + QStringLiteral(": ") + topLevelItem(i)->text(1);
    return out;
}

} // namespace jobdesk::ui
