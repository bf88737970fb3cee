#include "declinedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

DeclineDialog::DeclineDialog(const QString &jobTitle, QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Decline offer"));
    m_preset->setObjectName(QStringLiteral("declinePreset"));
    m_details->setObjectName(QStringLiteral("declineReason"));
    m_preset->addItem(tr("Choose a reason…"));
    m_preset->addItems({tr("I don't have time right now"), tr("Outside my skills"),
                        tr("The deadline is too tight"), tr("Other")});
    m_details->setPlaceholderText(tr("Anything the team should know (optional unless "
                                     "\"Other\")"));
    m_details->setFixedHeight(80);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Decline offer"));
    auto *intro = new QLabel(
        tr("Decline <b>%1</b>? The job goes to another worker.").arg(jobTitle.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preset);
    layout->addWidget(m_details);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &DeclineDialog::updateOk);
    connect(m_details, &QPlainTextEdit::textChanged, this, &DeclineDialog::updateOk);
    resize(420, sizeHint().height());
    updateOk();
}

QString DeclineDialog::reason() const
{
    const QString details = m_details->toPlainText().trimmed();
    const int i = m_preset->currentIndex();
    const bool other = i == m_preset->count() - 1;
    if (i <= 0 || other)
        return details;
    return details.isEmpty() ? m_preset->currentText()
                             : QStringLiteral("%1: %2").arg(m_preset->currentText(), details);
}

void DeclineDialog::setReason(const QString &text)
{
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_details->setPlainText(text);
}

void DeclineDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace jobdesk::ui
