#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace jobdesk::ui {

QIcon AppIcon::icon(bool running)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
        p.fillPath(path, QColor(0x1F, 0x6F, 0xEB));
        QFont f;
        f.setPixelSize(int(size * 0.62));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("J"));
        if (running) {
            const qreal d = size * 0.38;
            p.setBrush(QColor(0x2E, 0xB8, 0x62));
            p.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
            p.drawEllipse(QRectF(size - d, size - d, d - 0.5, d - 0.5));
        }
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace jobdesk::ui
