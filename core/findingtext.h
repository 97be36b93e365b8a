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
// Hours with at most two decimals and no trailing zeros: 4, 1.75.
QString formatHours(int minutes);
// A number with one decimal unless it is whole: 2, 1.3; "∞" for infinity.
QString formatNumber(double v);

} // namespace ordo
