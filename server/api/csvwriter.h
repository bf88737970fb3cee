#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jobdesk::server {

// A CSV download for spreadsheets: UTF-8 with a byte-order mark (so Excel reads
// it as UTF-8), CRLF after every record, RFC 4180 quoting.
class CsvWriter final
{
public:
    CsvWriter();
    // Cells with a comma, a quote or a line break are quoted, quotes doubled.
    void addRecord(const QStringList &cells);
    QByteArray data() const { return m_data; }

    // Free text as a cell a spreadsheet will not run: text that starts like a
    // formula (= + - @, tab, CR) gets a leading apostrophe.
    static QString text(const QString &value);
    // A non-negative amount in hundredths with two decimals: 1234 -> "12.34".
    static QString hundredths(qint64 value);

private:
    QByteArray m_data;
};

} // namespace jobdesk::server
