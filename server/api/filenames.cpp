#include "filenames.h"

#include <QUrl>

#include <algorithm>

namespace jobdesk::server {

namespace {

// Invisible characters that reorder text: "invoice\u202Efdp.exe" shows as "...exe.pdf".
bool isBidiControl(char16_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString trimDotsAndSpaces(const QString &s)
{
    qsizetype from = 0;
    qsizetype to = s.size();
    const auto strip = [](QChar c) { return c == QLatin1Char('.') || c == QLatin1Char(' '); };
    while (from < to && strip(s.at(from)))
        ++from;
    while (to > from && strip(s.at(to - 1)))
        --to;
    return s.mid(from, to - from);
}

// Cuts to `length` code units without splitting a surrogate pair.
QString cut(const QString &s, qsizetype length)
{
    if (s.size() <= length)
        return s;
    if (length > 0 && s.at(length - 1).isHighSurrogate())
        --length;
    return s.left(length);
}

} // namespace

QString sanitizeFilename(const QString &name)
{
    // The last path component, whichever separator the client's system uses.
    const qsizetype slash =
        std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    const QString base = name.mid(slash + 1);
    QString kept;
    kept.reserve(base.size());
    for (const QChar c : base) {
        if (c.isSpace()) // tabs and line breaks too: they separate words
            kept.append(QLatin1Char(' '));
        else if (c.category() != QChar::Other_Control && !isBidiControl(c.unicode()))
            kept.append(c);
    }
    QString result = trimDotsAndSpaces(kept.simplified());
    if (result.size() > MaxFilenameLength) {
        const qsizetype dot = result.lastIndexOf(QLatin1Char('.'));
        const qsizetype extLength = dot > 0 ? result.size() - dot : 0;
        if (extLength > 0 && extLength <= 20) {
            const QString ext = result.mid(dot);
            result = trimDotsAndSpaces(cut(result.left(dot), MaxFilenameLength - extLength)) + ext;
        } else {
            result = trimDotsAndSpaces(cut(result, MaxFilenameLength));
        }
    }
    return result.isEmpty() ? QStringLiteral("file") : result;
}

QByteArray contentDisposition(const QString &name)
{
    QByteArray ascii;
    ascii.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool plain = u >= 0x20 && u < 0x7f && u != '"' && u != '\\' && u != '%';
        if (plain)
            ascii.append(char(u));
        else if (!c.isLowSurrogate()) // one replacement per character, not per code unit
            ascii.append('_');
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           QUrl::toPercentEncoding(name);
}

} // namespace jobdesk::server
