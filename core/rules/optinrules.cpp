// SPDX-License-Identifier: GPL-3.0-or-later

#include "optinrules.h"

#include "ruletable.h"

#include <QCoreApplication>

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
    const int planDays = plan.weeks * kDaysPerWeek;
    // R2: a repeating plan whose length is not a multiple of the cycle cannot follow it; one
    // plan-level note instead of notes that move from one repetition to the next.
    if (plan.repeat && planDays % length != 0) {
        bool anyHiit = false;
        for (int i = 0; i < ctx.itemCount() && !anyHiit; ++i)
            anyHiit = !ctx.item(i).excluded && ctx.item(i).hiit;
        if (!anyHiit)
            return;
        if (Finding *f = ctx.add(rule::CyclePhase, {}, 0)) {
            f->message
                = tr("Your plan repeats every %1 days but your cycle is %2 days long, so each weekday falls "
                     "in a different phase from one repetition to the next: a fixed weekly plan can't "
                     "follow the cycle. Research shows small, inconsistent effects of cycle phase — go by "
                     "how you feel.")
                      .arg(planDays)
                      .arg(length);
            f->fix = length % kDaysPerWeek == 0
                ? tr("To plan by cycle phase, make the plan %n weeks long or turn repeat off and plan each "
                     "block.",
                     nullptr, length / kDaysPerWeek)
                : tr("To plan by cycle phase, turn repeat off and plan each block.");
        }
        return;
    }
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
