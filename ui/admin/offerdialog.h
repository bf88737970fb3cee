#pragma once

#include <QDialog>

class QComboBox;

namespace jobdesk::ui {

// Asks how long the chosen worker has to accept an offer of a job.
class OfferDialog final : public QDialog
{
    Q_OBJECT

public:
    OfferDialog(const QString &jobTitle, const QString &workerName, int defaultWindowSeconds,
                QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfferDialog)

    int windowSeconds() const;
    void setWindowSeconds(int seconds);

private:
    QComboBox *m_window;
};

} // namespace jobdesk::ui
