#include "adminformat.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace jobdesk::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jobdesk::ui::AdminFormat", text);
}

} // namespace

QString AdminFormat::money(qint64 cents)
{
    // Integer arithmetic keeps large amounts exact; the locale supplies the separators.
    const QLocale locale;
    const qint64 whole = qAbs(cents) / 100;
    const int fraction = int(qAbs(cents) % 100);
    QString text = locale.toString(whole) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        text.prepend(locale.negativeSign());
    return text;
}

qint64 AdminFormat::cents(double amount)
{
    return qint64(std::llround(amount * 100.0));
}

QString AdminFormat::minutes(qint64 minutes)
{
    return DisplayText::duration(minutes * 60);
}

QString AdminFormat::hours(double hours)
{
    return tr("%1 h").arg(QLocale().toString(hours, 'f', 1));
}

QString AdminFormat::rate(const QJsonValue &rate)
{
    if (!rate.isDouble())
        return tr("—");
    return QLocale().toString(qRound(rate.toDouble() * 100.0)) + QLocale().percent();
}

QString AdminFormat::rating(const QJsonValue &rating)
{
    if (!rating.isDouble())
        return tr("—");
    return QLocale().toString(rating.toDouble(), 'f', 1);
}

QDate AdminFormat::monday(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QString AdminFormat::week(const QDate &monday)
{
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    return tr("%1 – %2").arg(locale.toString(monday, QStringLiteral("d MMM")),
                             locale.toString(sunday, QStringLiteral("d MMM yyyy")));
}

QString AdminFormat::minuteOfDay(int minute)
{
    if (minute >= 24 * 60)
        return QStringLiteral("24:00");
    // Some locales' short format carries seconds; a time of day here never does.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return QTime(minute / 60, minute % 60).toString(format);
}

QString AdminFormat::weekday(int weekday)
{
    return QLocale().dayName(qBound(1, weekday, 7), QLocale::LongFormat);
}

} // namespace jobdesk::ui
