#pragma once

#include "jobstatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace jobdesk::ui {

// How the app words and colours things, in one place, so every view says the same.
// All strings are translated; times are shown in the user's locale and time zone.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(jobdesk::ui::DisplayText)

public:
    static QString status(JobStatus s);
    // Chip colours: a soft background and a readable foreground.
    static QColor statusBackground(JobStatus s);
    static QColor statusForeground(JobStatus s);
    // 1:05:09 style running time (hours are not padded, minutes and seconds are).
    static QString clock(qint64 seconds);
    // "2 h 05 min", "45 min", "0 min".
    static QString duration(qint64 seconds);
    // "in 3 hours", "in 2 days", "2 days late", "due now".
    static QString due(const QDateTime &due, const QDateTime &now);
    // "14:32 left" / "Expired".
    static QString countdown(qint64 secondsLeft);
    // A date and time in the user's locale and time zone (short form).
    static QString dateTime(const QDateTime &utc);
    static QString date(const QDate &date);
    // A wire timestamp (RFC 3339) to a QDateTime; invalid when absent.
    static QDateTime parseTime(const QString &wire);
};

} // namespace jobdesk::ui
