// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "availability.h"
#include "busyimport.h"
#include "plan.h"
#include "planedit.h"
#include "whentext.h"

#include <QDate>
#include <QList>

// The edits of the availability editor, the week grid's Shift+drag and File ▸ Import busy
// times: a window added to or removed from a weekday of the weekly pattern, a weekday made
// unavailable or unrestricted again, imported busy times. Each builds the whole new
// availability and goes through PlanEdits::setAvailability, PlanEdits::setBusyTimes or
// PlanEdits::changeHeader, with its own undo text. An edit that would change nothing, or
// leave the plan invalid, comes back empty.
namespace ordo::AvailabilityEdits {

// "Add available time Tue 07:00–09:00". Windows of the same kinds that overlap or touch the
// new one merge with it.
PlanEdit addWindow(const Plan &plan, Day day, const TimeWindow &window, ClockFormat clock);
// "Remove available time Tue 07:00–09:00": the weekly pattern's window `index` of `day`.
// Removing a day's last window leaves the day unrestricted, not unavailable.
PlanEdit removeWindow(const Plan &plan, Day day, int index, ClockFormat clock);
// "Mark Sunday as not available": the day's windows replaced by none.
PlanEdit setDayUnavailable(const Plan &plan, Day day);
// "Make Sunday available all day": the day's entry removed from the weekly pattern.
PlanEdit clearDay(const Plan &plan, Day day);

// One day of one plan week (sick, travelling): "Mark Tuesday of week 2 as not available". The
// week's override (docs/plan-format.md, "Availability") gets the day with no windows, and the
// sessions planned that day are marked missed in the same step, so re-planning the week places
// them again. Empty when the day already is unavailable that week.
PlanEdit setDayUnavailableInWeek(const Plan &plan, int week, Day day);
// The day taken out of the week's override again (the override dropped when nothing is left);
// sessions marked missed stay missed. Empty unless the day is unavailable that week.
PlanEdit clearDayInWeek(const Plan &plan, int week, Day day);
// Whether the week's override makes the whole day unavailable.
bool isDayUnavailableInWeek(const Plan &plan, int week, Day day);

// The imported busy times added to the plan's (those it holds already are not added twice)
// and, when the plan has none, its anchor date set: one step, "Import 12 busy times".
// `added` (if given) receives how many were new; empty when none is, or when the plan would
// hold more than PlanLimits::kMaxBusyIntervals. Summaries are cut to the format's length.
PlanEdit importBusyTimes(const Plan &plan, const QDate &anchorDate, const QList<ImportedBusyTime> &busy,
                         int *added = nullptr);
// "Remove busy times": every busy time dropped, the windows kept.
PlanEdit removeBusyTimes(const Plan &plan);

} // namespace ordo::AvailabilityEdits
