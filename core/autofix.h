// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "planedit.h"

#include <QSet>
#include <QString>

// Turns a finding's AutoFix into one PlanEdit (one undo step). Called by the Fix button,
// by tests and by `ordo check` consumers. Returns an empty edit if the fix no longer applies.
namespace ordo {

PlanEdit autoFixEdit(const Plan &plan, const AutoFix &fix, ClockFormat clock = ClockFormat::H24);

// docs/rules.md 3.10.8: one click never makes the plan worse. A finding's auto-fix is offered
// only if the plan with that edit applied no longer has the finding (same rule, same sessions)
// and has no warning or critical finding it did not have before; otherwise the fix stays text
// only. Each check analyses the edited plan once, so FixCheck answers for one finding at a time:
// the desktop app asks only for the fixes it shows (an edit of a plan offering a hundred fixes
// must not analyse it a hundred times), `ordo check` asks for all of them.
class FixCheck
{
public:
    // `plan` and `analysis` (the analysis of `plan`) must outlive the check.
    FixCheck(const Plan &plan, const Analysis &analysis);
    // Whether the finding's auto-fix helps; false when it has none.
    bool helpful(const Finding &finding) const;
    // Names a finding within one analysis: its rule and its sessions.
    static QString key(const Finding &finding);

private:
    const Plan &m_plan;
    const Analysis &m_analysis;
    mutable QSet<QString> m_before; // the keys of the analysis' findings, built when first needed
    mutable bool m_haveBefore = false;
};

// Drops every auto-fix FixCheck rejects, as `ordo check` shows them.
void keepHelpfulFixes(const Plan &plan, Analysis &analysis);

} // namespace ordo
