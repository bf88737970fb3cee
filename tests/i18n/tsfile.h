#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk::test {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type;             // translation's type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
};

struct TsFile
{
    QString language; // the TS element's language attribute, e.g. "km_KH"
    QList<TsMessage> messages;
    QString error; // set when the file could not be read
};

TsFile readTs(const QString &path);

} // namespace jobdesk::test
