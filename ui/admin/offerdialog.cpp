#include "offerdialog.h"

#include "displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

OfferDialog::OfferDialog(const QString &jobTitle, const QString &workerName,
                         int defaultWindowSeconds, QWidget *parent)
    : QDialog(parent)
    , m_window(new QComboBox(this))
{
    setWindowTitle(tr("Offer the job"));
    m_window->setObjectName(QStringLiteral("offerWindow"));
    for (const int minutes : {5, 10, 15, 30, 60, 120, 240, 480})
        m_window->addItem(DisplayText::duration(qint64(minutes) * 60), minutes * 60);
    setWindowSeconds(defaultWindowSeconds > 0 ? defaultWindowSeconds : 15 * 60);
    auto *text = new QLabel(tr("Offer <b>%1</b> to <b>%2</b>. The offer lapses if it is not "
                               "accepted in time.")
                                .arg(jobTitle.toHtmlEscaped(), workerName.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Time to accept"), m_window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send offer"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

int OfferDialog::windowSeconds() const
{
    return m_window->currentData().toInt();
}

void OfferDialog::setWindowSeconds(int seconds)
{
    int i = m_window->findData(seconds);
    if (i < 0) {
        m_window->addItem(DisplayText::duration(seconds), seconds);
        i = m_window->count() - 1;
    }
    m_window->setCurrentIndex(i);
}

} // namespace jobdesk::ui
