// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

#include <QList>

// Two versions of a plan side by side (docs/comparing-plans.md): the findings only one of them
// has and the load of every day in both. A pure function of the two plans and their analyses,
// read by the comparison window (ui/compare) and cheap enough to run after every edit of
// either side.
namespace ordo {

// One plan day's recovery load (AU, docs/physiology.md) in version A and in version B; a day
// past the end of the shorter plan counts as 0 there.
struct DayLoadComparison
{
    int week = 0;
    Day day = Day::Mon;
    double loadA = 0;
    double loadB = 0;
    bool highLoadA = false;
    bool highLoadB = false;
    bool operator==(const DayLoadComparison &) const = default;
};

struct PlanComparison
{
    QList<Finding> onlyInA; // in A's order (most severe first, then by time)
    QList<Finding> onlyInB; // in B's order
    QList<DayLoadComparison> days; // max(A weeks, B weeks) × 7, in plan order

    // The seven days of one week (plan order, Monday first).
    QList<DayLoadComparison> daysOfWeek(int week) const;
    bool operator==(const PlanComparison &) const = default;
};

// Whether a finding of A and one of B are the same finding: the same rule about the same
// sessions in the same week. A session is the same when it has the same id and the same title
// in both plans, so a variant made by duplicating the plan matches session by session while an
// unrelated file that happens to use the same ids does not. The order of the sessions, their
// day and time within the week and the wording of the message do not matter: swapping two
// sessions or moving a pair to another day keeps the finding; moving it to another week makes
// it another one. A finding about no session is matched by rule, week and day. Findings hidden
// by default (the positive badges) are left out, as in the findings list.
PlanComparison comparePlans(const Plan &a, const Analysis &analysisA, const Plan &b,
                            const Analysis &analysisB);

} // namespace ordo
