// SPDX-License-Identifier: GPL-3.0-or-later

#include "plandates.h"

#include <QCoreApplication>

namespace ordo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PlanDates)
};

} // namespace

std::optional<QDate> dateOf(const Plan &plan, int week, Day day)
{
    if (!plan.anchorDate || !plan.anchorDate->isValid())
        return std::nullopt;
    return plan.anchorDate->addDays(qint64(week) * kDaysPerWeek + int(day));
}

std::optional<PlanDay> planDayOf(const Plan &plan, const QDate &date)
{
    if (!plan.anchorDate || !plan.anchorDate->isValid() || !date.isValid())
        return std::nullopt;
    const qint64 days = plan.anchorDate->daysTo(date);
    if (days < 0 || days >= qint64(plan.weeks) * kDaysPerWeek)
        return std::nullopt;
    return PlanDay { int(days / kDaysPerWeek), Day(days % kDaysPerWeek) };
}

QString weekRangeText(const Plan &plan, int week, const QLocale &locale)
{
    const std::optional<QDate> monday = dateOf(plan, week, Day::Mon);
    if (!monday)
        return {};
    const QDate sunday = monday->addDays(kDaysPerWeek - 1);
    if (monday->year() != sunday.year())
        return Tr::tr("%1 – %2").arg(locale.toString(*monday, Tr::tr("d MMM yyyy")),
                                     locale.toString(sunday, Tr::tr("d MMM yyyy")));
    if (monday->month() != sunday.month())
        return Tr::tr("%1 – %2").arg(dayMonthText(*monday, locale), dayMonthText(sunday, locale));
    return Tr::tr("%1–%2").arg(monday->day()).arg(dayMonthText(sunday, locale));
}

QString dayMonthText(const QDate &date, const QLocale &locale)
{
    // The pattern is the language's own ("4. Jan." in German), names come from the locale.
    return locale.toString(date, Tr::tr("d MMM"));
}

QString dayHeaderText(const Plan &plan, int week, Day day, const QLocale &locale, QLocale::FormatType form)
{
    // QLocale counts days 1 = Monday … 7 = Sunday, like the plan's Day + 1.
    const QString name = locale.dayName(int(day) + 1, form);
    const std::optional<QDate> date = dateOf(plan, week, day);
    return date ? Tr::tr("%1 %2").arg(name, dayMonthText(*date, locale)) : name;
}

} // namespace ordo
