#include "jobqueuedelegate.h"

#include "displaytext.h"
#include "jobqueuemodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace jobdesk::ui {

namespace {

constexpr int Margin = 10;
constexpr int ButtonWidth = 72;
constexpr int ButtonHeight = 24;

QColor mutedText(const QPalette &pal)
{
    QColor c = pal.color(QPalette::Text);
    c.setAlphaF(0.62f);
    return c;
}

} // namespace

JobQueueDelegate::JobQueueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRect JobQueueDelegate::acceptRect(const QRect &row)
{
    return QRect(row.right() - Margin - 2 * ButtonWidth - 6, row.bottom() - ButtonHeight - 8,
                 ButtonWidth, ButtonHeight);
}

QRect JobQueueDelegate::declineRect(const QRect &row)
{
    return QRect(row.right() - Margin - ButtonWidth, row.bottom() - ButtonHeight - 8, ButtonWidth,
                 ButtonHeight);
}

QSize JobQueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    if (index.data(JobQueueModel::IsGroupRole).toBool())
        return {200, line + 14};
    const bool offer = index.data(JobQueueModel::OfferIdRole).toLongLong() != 0;
    return {200, offer ? 2 * line + ButtonHeight + 26 : 2 * line + 20};
}

void JobQueueDelegate::paintGroup(QPainter *p, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QFont f = option.font;
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p->setFont(f);
    p->setPen(mutedText(option.palette));
    const QRect r = option.rect.adjusted(Margin, 6, -Margin, 0);
    const QString text = QStringLiteral("%1  ·  %2")
                             .arg(index.data().toString().toUpper(),
                                  QLocale().toString(index.data(JobQueueModel::CountRole).toInt()));
    p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
}

void JobQueueDelegate::paintButton(QPainter *p, const QRect &r, const QString &text,
                                   bool primary) const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p->fillPath(path, primary ? QColor(0x1F, 0x6F, 0xEB) : QColor(Qt::white));
    p->setPen(primary ? QColor(0x1F, 0x6F, 0xEB) : QColor(0xC4, 0xC9, 0xD0));
    p->drawPath(path);
    p->setPen(primary ? QColor(Qt::white) : QColor(0x33, 0x38, 0x40));
    p->drawText(r, Qt::AlignCenter, text);
}

void JobQueueDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (index.data(JobQueueModel::IsGroupRole).toBool()) {
        paintGroup(p, option, index);
        p->restore();
        return;
    }
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(4, 2, -4, -2);
    if (selected) {
        QPainterPath path;
        path.addRoundedRect(QRectF(card), 6, 6);
        p->fillPath(path, QColor(0xE8, 0xF0, 0xFE));
        p->setPen(QColor(0x1F, 0x6F, 0xEB));
        p->drawPath(path);
    } else if (option.state & QStyle::State_MouseOver) {
        QPainterPath path;
        path.addRoundedRect(QRectF(card), 6, 6);
        p->fillPath(path, QColor(0xF4, 0xF6, 0xF8));
    }

    const auto status = JobStatus(index.data(JobQueueModel::StatusRole).toInt());
    const qint64 offerId = index.data(JobQueueModel::OfferIdRole).toLongLong();
    const QFontMetrics fm(option.font);
    const int line = fm.height();

    // Status chip, top right.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sfm(small);
    const QString chip = DisplayText::status(status);
    const int chipW = sfm.horizontalAdvance(chip) + 14;
    const QRect chipRect(card.right() - Margin - chipW + 4, card.top() + 8, chipW,
                         sfm.height() + 4);
    QPainterPath chipPath;
    chipPath.addRoundedRect(QRectF(chipRect), chipRect.height() / 2.0, chipRect.height() / 2.0);
    p->fillPath(chipPath, DisplayText::statusBackground(status));
    p->setFont(small);
    p->setPen(DisplayText::statusForeground(status));
    p->drawText(chipRect, Qt::AlignCenter, chip);

    // Unread chat messages: a count badge left of the chip.
    int titleRight = chipRect.left();
    const int unread = index.data(JobQueueModel::UnreadRole).toInt();
    if (unread > 0) {
        QFont bf = small;
        bf.setWeight(QFont::Bold);
        const QString count = unread > 99 ? QStringLiteral("99+") : QLocale().toString(unread);
        const int w = qMax(chipRect.height(), QFontMetrics(bf).horizontalAdvance(count) + 12);
        const QRect badge(chipRect.left() - 6 - w, chipRect.top(), w, chipRect.height());
        QPainterPath badgePath;
        badgePath.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
        p->fillPath(badgePath, QColor(0x1F, 0x6F, 0xEB));
        p->setFont(bf);
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, count);
        titleRight = badge.left();
    }

    // Title.
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    const QRect titleRect(card.left() + Margin, card.top() + 8,
                          titleRight - card.left() - 2 * Margin, line);
    p->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));

    // Second line: client and due date, or the offer's countdown.
    QStringList parts;
    const QString client = index.data(JobQueueModel::ClientRefRole).toString();
    if (!client.isEmpty())
        parts << client;
    const QDateTime due = index.data(JobQueueModel::DueAtRole).toDateTime();
    if (due.isValid())
        parts << tr("Due %1").arg(DisplayText::due(due, QDateTime::currentDateTimeUtc()));
    const QRect subRect(card.left() + Margin, titleRect.bottom() + 4, card.width() - 2 * Margin,
                        line);
    p->setFont(option.font);
    p->setPen(mutedText(pal));
    if (offerId != 0) {
        const qint64 left = index.data(JobQueueModel::SecondsLeftRole).toLongLong();
        const QString countdown = DisplayText::countdown(left);
        p->setPen(left > 120 ? QColor(0x8A, 0x55, 0x00) : QColor(0xB3, 0x26, 0x1E));
        QFont cf = option.font;
        cf.setWeight(QFont::DemiBold);
        p->setFont(cf);
        p->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, countdown);
        const int used = QFontMetrics(cf).horizontalAdvance(countdown);
        p->setFont(option.font);
        p->setPen(mutedText(pal));
        if (!parts.isEmpty())
            p->drawText(subRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(QStringLiteral("  ·  ") + parts.join(QStringLiteral("  ·  ")),
                                      Qt::ElideRight, subRect.width() - used));
        paintButton(p, acceptRect(option.rect), tr("Accept"), true);
        paintButton(p, declineRect(option.rect), tr("Decline"), false);
    } else {
        p->drawText(
            subRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(parts.join(QStringLiteral("  ·  ")), Qt::ElideRight, subRect.width()));
    }
    p->restore();
}

bool JobQueueDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                   const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const qint64 offerId = index.data(JobQueueModel::OfferIdRole).toLongLong();
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (offerId != 0 && mouse->button() == Qt::LeftButton) {
            const qint64 jobId = index.data(JobQueueModel::JobIdRole).toLongLong();
            const QPoint pos = mouse->position().toPoint();
            if (acceptRect(option.rect).contains(pos)) {
                Q_EMIT acceptClicked(offerId, jobId);
                return true;
            }
            if (declineRect(option.rect).contains(pos)) {
                Q_EMIT declineClicked(offerId, jobId);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace jobdesk::ui
