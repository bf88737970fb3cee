#include "workerpreferences.h"

#include "generalsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jobdesk::ui {

namespace {

const QString IdleKey = QStringLiteral("worker/idleMinutes");
const QString TrayKey = QStringLiteral("worker/closeToTray");

} // namespace

int WorkerPreferences::idleMinutes(const QSettings *settings)
{
    if (!settings)
        return DefaultIdleMinutes;
    return qBound(0, settings->value(IdleKey, DefaultIdleMinutes).toInt(), 240);
}

bool WorkerPreferences::closeToTray(const QSettings *settings)
{
    return settings && settings->value(TrayKey, false).toBool();
}

WorkerPreferences::WorkerPreferences(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_idle(new QCheckBox(tr("Ask about time away from the computer"), this))
    , m_minutes(new QSpinBox(this))
    , m_tray(new QCheckBox(tr("Closing the window keeps Jobdesk in the tray"), this))
    , m_general(new GeneralSettings(settings, this))
{
    setWindowTitle(tr("Preferences"));
    m_idle->setObjectName(QStringLiteral("prefIdle"));
    m_minutes->setObjectName(QStringLiteral("prefIdleMinutes"));
    m_tray->setObjectName(QStringLiteral("prefCloseToTray"));
    m_minutes->setRange(1, 240);
    m_minutes->setSuffix(tr(" min"));
    const int minutes = idleMinutes(settings);
    m_idle->setChecked(minutes > 0);
    m_minutes->setValue(minutes > 0 ? minutes : DefaultIdleMinutes);
    m_minutes->setEnabled(minutes > 0);
    m_tray->setChecked(closeToTray(settings));

    auto *idleRow = new QHBoxLayout;
    idleRow->addSpacing(24);
    idleRow->addWidget(new QLabel(tr("after no keyboard or mouse input for"), this));
    idleRow->addWidget(m_minutes);
    idleRow->addStretch();
    auto *trayNote = new QLabel(
        tr("While a timer runs, closing the window always keeps Jobdesk in the tray, so the "
           "timer is never stopped by accident."),
        this);
    trayNote->setWordWrap(true);
    trayNote->setStyleSheet(QStringLiteral("color: #6b7280;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_idle);
    layout->addLayout(idleRow);
    layout->addSpacing(8);
    layout->addWidget(m_tray);
    layout->addWidget(trayNote);
    layout->addSpacing(12);
    layout->addWidget(m_general);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    connect(m_idle, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void WorkerPreferences::save()
{
    if (!m_settings)
        return;
    m_settings->setValue(IdleKey, m_idle->isChecked() ? m_minutes->value() : 0);
    m_settings->setValue(TrayKey, m_tray->isChecked());
    QString error;
    if (!m_general->save(&error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace jobdesk::ui
