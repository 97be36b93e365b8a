// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QString>

// Small formatting helpers for finding messages, fixes and auto-fix texts, so every rule
// writes times the same way ("Tue 10:45", "week 2 Tue 10:45", "2 h 20 min").
namespace ordo {

// Plan-axis minute as "Mon 10:45" (one-week plans) or "week 2 Mon 10:45"; wraps on cyclic plans.
QString formatWhen(const Plan &plan, int axisMinute);
// Plan day index as "Mon" or "week 2 Mon".
QString formatPlanDay(const Plan &plan, int dayIndex);
// "easy", "moderate", "HIIT" for use inside a sentence.
QString intensityWord(Intensity i);
// Hours with at most two decimals and no trailing zeros: 4, 1.75.
QString formatHours(int minutes);
// A number with one decimal unless it is whole: 2, 1.3; "∞" for infinity.
QString formatNumber(double v);

} // namespace ordo
