#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk::ui {

// A small table of text cells and its RFC 4180 form: UTF-8 with a byte order
// mark (so spreadsheet programs read the encoding right), CRLF line ends, cells
// quoted when they hold a comma, quote or line break. A text cell that a
// spreadsheet would run as a formula (leading = + - @ tab or CR) is prefixed with
// an apostrophe; numbers are left alone.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;

    QByteArray toCsv() const;
    // Writes atomically (QSaveFile); false with `error` set on failure.
    bool save(const QString &path, QString *error) const;

    static QString cell(const QString &text);
};

} // namespace jobdesk::ui
