#include "csvwriter.h"

namespace jobdesk::server {

CsvWriter::CsvWriter()
    : m_data(QByteArrayLiteral("\xEF\xBB\xBF"))
{}

void CsvWriter::addRecord(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_data += ',';
        QString cell = cells.at(i);
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
            cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'))) {
            cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
            cell = QLatin1Char('"') + cell + QLatin1Char('"');
        }
        m_data += cell.toUtf8();
    }
    m_data += "\r\n";
}

QString CsvWriter::text(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

QString CsvWriter::hundredths(qint64 value)
{
    return QStringLiteral("%1.%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace jobdesk::server
