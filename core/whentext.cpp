// SPDX-License-Identifier: GPL-3.0-or-later

#include "whentext.h"

#include "enums.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ordo {

// Texts that had a home elsewhere before ("week %1 %2", the durations) keep their translation
// contexts, so the catalogues still find them.

ClockFormat clockFormatFor(const QLocale &locale)
{
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    return format.contains(u"a"_s, Qt::CaseInsensitive) ? ClockFormat::H12 : ClockFormat::H24;
}

QString formatTime(int minuteOfDay, ClockFormat clock)
{
    const int m = ((minuteOfDay % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    if (clock == ClockFormat::H24)
        return u"%1:%2"_s.arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
    const int hour12 = (m / 60) % 12 == 0 ? 12 : (m / 60) % 12;
    const QString time = u"%1:%2"_s.arg(hour12).arg(m % 60, 2, 10, QChar(u'0'));
    return m < 12 * 60 ? QCoreApplication::translate("ordo::WhenText", "%1 AM").arg(time)
                       : QCoreApplication::translate("ordo::WhenText", "%1 PM").arg(time);
}

QString formatTimeRange(int startMinute, int endMinute, ClockFormat clock)
{
    const QString end = clock == ClockFormat::H24 && endMinute == kMinutesPerDay
        ? u"24:00"_s
        : formatTime(endMinute, clock);
    return formatTime(startMinute, clock) + u'\u2013' + end;
}

QString formatDayTime(Day day, int minuteOfDay, ClockFormat clock)
{
    return QCoreApplication::translate("ordo::WhenText", "%1 %2")
        .arg(displayName(day), formatTime(minuteOfDay, clock));
}

QString formatWeek(int week)
{
    return QCoreApplication::translate("ordo::WhenText", "Week %1").arg(week + 1);
}

QString formatPlanDay(const Plan &plan, int dayIndex)
{
    const int days = std::max(1, plan.weeks) * kDaysPerWeek;
    const int d = ((dayIndex % days) + days) % days;
    const QString name = displayName(Day(d % kDaysPerWeek));
    if (plan.weeks <= 1)
        return name;
    return QCoreApplication::translate("ordo::FindingText", "week %1 %2").arg(d / kDaysPerWeek + 1).arg(name);
}

QString formatWhen(const Plan &plan, int axisMinute, ClockFormat clock)
{
    const int period = std::max(1, plan.weeks) * kMinutesPerWeek;
    const int m = ((axisMinute % period) + period) % period;
    return formatWhen(m / kMinutesPerWeek, Day((m / kMinutesPerDay) % kDaysPerWeek), m % kMinutesPerDay,
                      plan.weeks, clock);
}

QString formatWhen(int week, Day day, int minuteOfDay, int planWeeks, ClockFormat clock)
{
    const QString dayTime = formatDayTime(day, minuteOfDay, clock);
    if (planWeeks <= 1)
        return dayTime;
    return QCoreApplication::translate("ordo::FindingText", "week %1 %2").arg(week + 1).arg(dayTime);
}

QString formatSessionWhen(const Session &session, int planWeeks, ClockFormat clock)
{
    return formatWhen(session.week, session.day, session.startMinute, planWeeks, clock);
}

QString formatDuration(int minutes)
{
    const int h = minutes / 60;
    const int m = minutes % 60;
    // QString::number, not arg(int): the same digits, without arg's number formatting, which
    // cost half of this function in every analysis (docs/performance.md, "A cheaper analysis").
    if (h == 0)
        return QCoreApplication::translate("ordo::Enums", "%1 min").arg(QString::number(m));
    if (m == 0)
        return QCoreApplication::translate("ordo::Enums", "%1 h").arg(QString::number(h));
    // Two-digit minutes after hours: "2 h 05 min" (docs/rules.md 3.11).
    return QCoreApplication::translate("ordo::Enums", "%1 h %2 min")
        .arg(QString::number(h), QString::number(m).rightJustified(2, u'0'));
}

} // namespace ordo
