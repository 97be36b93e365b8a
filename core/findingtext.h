// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "whentext.h"

#include <QString>

// Small formatting helpers for finding messages, fixes and auto-fix texts. Times, days and
// durations come from whentext.h, so every rule writes them the same way.
namespace ordo {

// "easy", "moderate", "HIIT" for use inside a sentence.
QString intensityWord(Intensity i);
// What a cardio session is, for a sentence (docs/rules.md 3.11.5): "easy cardio", "moderate
// cardio", "hard steady cardio" (moderate at or above ampk.vigorous.minRpe) or "HIIT".
QString cardioWords(const Session &cardio, double vigorousMinRpe);
// A number with one decimal unless it is whole: 2, 1.3; "∞" for infinity.
QString formatNumber(double v);

} // namespace ordo
