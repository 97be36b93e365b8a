// SPDX-License-Identifier: GPL-3.0-or-later

#include "optinrules.h"

#include "ruletable.h"

namespace ordo {

QList<int> OptInRules::rules() const
{
    return { rule::CyclePhase };
}

// 40: HIIT sessions late in the cycle, one finding per plan week.
void OptInRules::evaluate(RuleContext &ctx) const
{
    const Plan &plan = ctx.plan();
    const Profile &pr = plan.profile;
    if (!ctx.wants(rule::CyclePhase) || pr.sex != Sex::Female || !pr.cycle)
        return;
    const int length = std::max(1, pr.cycle->lengthDays);
    const int first = pr.cycle->firstWeek * kDaysPerWeek + int(pr.cycle->firstDay);
    QList<QList<int>> perWeek(plan.weeks);
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &x = ctx.item(i);
        if (x.excluded || !x.hiit)
            continue;
        const int cycleDay = ((x.dayIndex - first) % length + length) % length + 1;
        if (cycleDay > length - ctx.thresholds().cycleLutealDays
            && x.dayIndex / kDaysPerWeek < perWeek.size())
            perWeek[x.dayIndex / kDaysPerWeek].append(i);
    }
    for (const QList<int> &ids : std::as_const(perWeek)) {
        if (ids.isEmpty())
            continue;
        if (Finding *f = ctx.add(rule::CyclePhase, ids)) {
            f->message
                = tr("Late in the cycle, some people find hard intervals feel harder and recovery slower. "
                     "Research shows small, inconsistent effects — go by how you feel.");
            f->fix = tr("Optional: swap with an easier day if you feel flat.");
        }
    }
}

} // namespace ordo
