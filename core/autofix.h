// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "planedit.h"

// Turns a finding's AutoFix into one PlanEdit (one undo step). Called by the Fix button,
// by tests and by `ordo check` consumers. Returns an empty edit if the fix no longer applies.
namespace ordo {

PlanEdit autoFixEdit(const Plan &plan, const AutoFix &fix, ClockFormat clock = ClockFormat::H24);

} // namespace ordo
