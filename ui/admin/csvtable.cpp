#include "csvtable.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace jobdesk::ui {

namespace {

bool looksLikeNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

void appendLine(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += CsvTable::cell(cells.at(i));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QString CsvTable::cell(const QString &text)
{
    QString value = text;
    static const QString formulaLead = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaLead.contains(value.front()) && !looksLikeNumber(value))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvTable::toCsv() const
{
    QString text;
    if (!header.isEmpty())
        appendLine(text, header);
    for (const QStringList &row : rows)
        appendLine(text, row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool CsvTable::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace jobdesk::ui
