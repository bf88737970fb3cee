#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace jobdesk::ui {

namespace {

// "3 hours", "1 minute"... the largest unit that is at least one.
QString span(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    // Plural forms come from the translation (English included: jobdesk_en.ts).
    if (days >= 1)
        return DisplayText::tr("%n days", nullptr, int(days));
    if (hours >= 1)
        return DisplayText::tr("%n hours", nullptr, int(hours));
    return DisplayText::tr("%n minutes", nullptr, int(qMax<qint64>(1, minutes)));
}

} // namespace

QString DisplayText::status(JobStatus s)
{
    switch (s) {
    case JobStatus::Pending:
        return tr("Pending");
    case JobStatus::Matching:
        return tr("Offered");
    case JobStatus::Assigned:
        return tr("Assigned");
    case JobStatus::InProgress:
        return tr("In progress");
    case JobStatus::Review:
        return tr("In review");
    case JobStatus::Revision:
        return tr("Revision requested");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QColor DisplayText::statusBackground(JobStatus s)
{
    switch (s) {
    case JobStatus::Matching:
        return QColor(0xFD, 0xF1, 0xDC);
    case JobStatus::Assigned:
        return QColor(0xE3, 0xEC, 0xFA);
    case JobStatus::InProgress:
        return QColor(0xDD, 0xF3, 0xE6);
    case JobStatus::Review:
        return QColor(0xEC, 0xE6, 0xF8);
    case JobStatus::Revision:
        return QColor(0xFB, 0xE4, 0xE0);
    case JobStatus::Completed:
    case JobStatus::Cancelled:
    case JobStatus::Pending:
        break;
    }
    return QColor(0xEC, 0xEE, 0xF1);
}

QColor DisplayText::statusForeground(JobStatus s)
{
    switch (s) {
    case JobStatus::Matching:
        return QColor(0x8A, 0x55, 0x00);
    case JobStatus::Assigned:
        return QColor(0x1F, 0x4E, 0x9A);
    case JobStatus::InProgress:
        return QColor(0x1B, 0x6B, 0x3A);
    case JobStatus::Review:
        return QColor(0x55, 0x3A, 0x96);
    case JobStatus::Revision:
        return QColor(0xA3, 0x2E, 0x1E);
    case JobStatus::Completed:
    case JobStatus::Cancelled:
    case JobStatus::Pending:
        break;
    }
    return QColor(0x4A, 0x50, 0x58);
}

QString DisplayText::clock(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayText::duration(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    // The hours carry the plural; minutes are zero-padded digits of the locale.
    const QString mm = QLocale().toString(minutes % 60).rightJustified(2, QLocale().zeroDigit().at(0));
    return tr("%n h %1 min", nullptr, int(minutes / 60)).arg(mm);
}

QString DisplayText::due(const QDateTime &dueAt, const QDateTime &now)
{
    if (!dueAt.isValid())
        return tr("No due date");
    const qint64 secs = now.secsTo(dueAt);
    if (qAbs(secs) < 60)
        return tr("due now");
    if (secs > 0)
        return tr("in %1").arg(span(secs));
    return tr("%1 late").arg(span(-secs));
}

QString DisplayText::countdown(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("Expired");
    const QString mmss = secondsLeft >= 3600 ? clock(secondsLeft)
                                             : QStringLiteral("%1:%2")
                                                   .arg(secondsLeft / 60)
                                                   .arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 left").arg(mmss);
}

QString DisplayText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::date(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QDateTime DisplayText::parseTime(const QString &wire)
{
    if (wire.isEmpty())
        return {};
    return QDateTime::fromString(wire, Qt::ISODateWithMs);
}

} // namespace jobdesk::ui
