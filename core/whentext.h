// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QString>

class QLocale;

// The one home for time texts a person reads: clock times in the user's 12- or 24-hour clock,
// days with times, plan weeks and durations. Every place that shows a time (week grid and
// ruler, inspector, findings and their messages, undo texts, PDF, calendar descriptions, the
// command line) formats it here, so the same moment reads the same everywhere:
// "week 2 Tue 07:00" (or "week 2 Tue 7:00 AM"), "Tue 07:00" on one-week plans, "2 h 05 min".
// The clock is a parameter: core never reads the user's settings; the desktop app passes its
// preference, the command line the 24-hour clock.
namespace ordo {

enum class ClockFormat { H24, H12 };

// The clock the locale writes times in: 12-hour when its short time format has an AM/PM mark.
ClockFormat clockFormatFor(const QLocale &locale);

// "07:05" or "7:05 AM" from minutes after midnight (wraps at 24 h).
QString formatTime(int minuteOfDay, ClockFormat clock);
// "07:00–08:15"; an end at midnight reads "24:00" (or "12:00 AM").
QString formatTimeRange(int startMinute, int endMinute, ClockFormat clock);
// "Tue 07:00".
QString formatDayTime(Day day, int minuteOfDay, ClockFormat clock);
// "Week 2" (a heading or a week-level finding).
QString formatWeek(int week);
// Plan day index as "Tue" (one-week plans) or "week 2 Tue"; wraps on repeating plans.
QString formatPlanDay(const Plan &plan, int dayIndex);
// Plan-axis minute as "Tue 10:45" (one-week plans) or "week 2 Tue 10:45"; wraps on repeating plans.
QString formatWhen(const Plan &plan, int axisMinute, ClockFormat clock = ClockFormat::H24);
// The same from its parts, for a plan of `planWeeks` weeks.
QString formatWhen(int week, Day day, int minuteOfDay, int planWeeks, ClockFormat clock);
// A session's start: formatWhen of its week, day and start.
QString formatSessionWhen(const Session &session, int planWeeks, ClockFormat clock);
// "2 h 20 min", "2 h 05 min", "45 min", "3 h" (never decimal hours).
QString formatDuration(int minutes);

} // namespace ordo
