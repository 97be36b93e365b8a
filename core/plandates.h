// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

// Plan weeks and days as calendar dates, for a plan with an anchor date (the Monday of week 0,
// docs/plan-format.md). Dates are counted in whole days (QDate), so a change to or from
// daylight saving time or the turn of a year moves nothing. Without an anchor date there are
// no dates and every function here says so.
namespace ordo {

// The date of a plan week's day; nothing without an anchor date.
std::optional<QDate> dateOf(const Plan &plan, int week, Day day);
// The plan week and day of a date, if the date falls inside the plan.
struct PlanDay
{
    int week = 0;
    Day day = Day::Mon;
    bool operator==(const PlanDay &) const = default;
};
std::optional<PlanDay> planDayOf(const Plan &plan, const QDate &date);
// The week's Monday to Sunday in the locale's short words: "19–25 Jan", "26 Jan – 1 Feb",
// "29 Dec 2025 – 4 Jan 2026" across a year end; empty without an anchor date.
QString weekRangeText(const Plan &plan, int week, const QLocale &locale);
// A date as day and short month in the locale's words ("5 Jan"): the form of the navigator's
// week range and of the week grid's day headers, shared so they always agree.
QString dayMonthText(const QDate &date, const QLocale &locale);
// A week grid's day header: the day's name in `form` followed by its date ("Mon 5 Jan"), or
// the name alone without an anchor date.
QString dayHeaderText(const Plan &plan, int week, Day day, const QLocale &locale, QLocale::FormatType form);

} // namespace ordo
