#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSettings;

namespace jobdesk::ui {

// The certificate authority file an organisation with its own authority hands its
// people: a path (typed or chosen) and a button to go back to the system's
// authorities only. Used by the sign-in window's Advanced dialog and Preferences.
class CaFileField final : public QWidget
{
    Q_OBJECT

public:
    explicit CaFileField(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CaFileField)

    QString path() const;
    void setPath(const QString &path);
    // The stored choice; empty for the system's authorities only.
    static QString stored(const QSettings &settings);
    // Checks the file, stores it and trusts it from now on (for every connection
    // made after this). A file that holds no certificate changes nothing: false,
    // with why in `error`.
    bool save(QSettings *settings, QString *error);

Q_SIGNALS:
    void pathChanged(); // typed, chosen or cleared

private:
    void choose();

    QLineEdit *m_path;
    QPushButton *m_choose;
    QPushButton *m_clear;
};

} // namespace jobdesk::ui
