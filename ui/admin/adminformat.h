#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace jobdesk::ui {

// How the operations console words numbers: money, hours, rates and weeks, in
// the user's locale. The server keeps money in cents of the service's one
// currency and has no currency code yet, so amounts are plain locale numbers.
class AdminFormat final
{
public:
    // 123450 cents → "1,234.50" (en) / "1.234,50" (de).
    static QString money(qint64 cents);
    // A money amount typed or shown in a spin box back to cents (rounded).
    static qint64 cents(double amount);
    // Minutes as "12 h 05 min" / "45 min" (DisplayText::duration).
    static QString minutes(qint64 minutes);
    // Decimal hours with one decimal: "12.5 h".
    static QString hours(double hours);
    // A 0..1 rate as a whole percentage ("85%"); "—" when null (nothing to rate).
    static QString rate(const QJsonValue &rate);
    // A 1..5 mean rating with one decimal ("4.6"); "—" when null.
    static QString rating(const QJsonValue &rating);
    // The Monday of the ISO week that holds `day`.
    static QDate monday(const QDate &day);
    // "17 Nov – 23 Nov 2025" style range of the week starting `monday`.
    static QString week(const QDate &monday);
    // Minutes after midnight as a time of day in the locale ("08:30", "24:00" for 1440).
    static QString minuteOfDay(int minute);
    // Monday..Sunday for weekday 1..7, in the locale.
    static QString weekday(int weekday);
};

} // namespace jobdesk::ui
