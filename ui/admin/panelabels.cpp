#include "panelabels.h"

#include <QLabel>

namespace jobdesk::ui {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}

void makeHeading(QLabel *title)
{
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    title->setWordWrap(true);
}

} // namespace jobdesk::ui
