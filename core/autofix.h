// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "planedit.h"

// Turns a finding's AutoFix into one PlanEdit (one undo step). Called by the Fix button,
// by tests and by `ordo check` consumers. Returns an empty edit if the fix no longer applies.
namespace ordo {

PlanEdit autoFixEdit(const Plan &plan, const AutoFix &fix, ClockFormat clock = ClockFormat::H24);

// docs/rules.md 3.10.8: one click never makes the plan worse. Keeps a finding's auto-fix only if
// the plan with that edit applied no longer has the finding (same rule, same sessions) and has
// no warning or critical finding it did not have before; otherwise the fix stays text only.
// Analyses the edited plan once per auto-fix. The desktop app's document and `ordo check` both
// call it on the analysis they show.
void keepHelpfulFixes(const Plan &plan, Analysis &analysis);

} // namespace ordo
