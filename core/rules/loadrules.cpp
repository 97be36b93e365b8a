// SPDX-License-Identifier: GPL-3.0-or-later

#include "loadrules.h"

#include "findingtext.h"
#include "ruletable.h"

#include <cmath>

namespace ordo {

QList<int> LoadRules::rules() const
{
    return { rule::HighLoadDay, rule::LoadSpike, rule::Monotony };
}

void LoadRules::evaluate(RuleContext &ctx) const
{
    highLoadDays(ctx);
    weeks(ctx);
}

// 37: days the figures mark as high load.
void LoadRules::highLoadDays(RuleContext &ctx) const
{
    if (!ctx.wants(rule::HighLoadDay))
        return;
    const QList<DayFigures> &days = ctx.figures().days;
    double total = 0;
    for (const DayFigures &d : days)
        total += d.load;
    const double mean = days.isEmpty() ? 0 : total / days.size();
    for (int d = 0; d < days.size(); ++d) {
        const DayFigures &df = days[d];
        if (!df.highLoad)
            continue;
        const QList<int> s = ctx.sessionsOnDays(d, 1, [](const SessionFacts &) { return true; });
        if (Finding *f = ctx.add(rule::HighLoadDay, s, d * kMinutesPerDay)) {
            f->message = tr("%1 carries %2 AU, %3× your average day.")
                             .arg(formatPlanDay(ctx.plan(), d))
                             .arg(std::lround(df.load))
                             .arg(formatNumber(mean > 0 ? df.load / mean : 0));
            f->fix = tr("Move a session to a lighter day.");
        }
    }
}

// 38: load spike (ACWR); 39: monotony, per plan week.
void LoadRules::weeks(RuleContext &ctx) const
{
    const Thresholds &t = ctx.thresholds();
    const QList<WeekFigures> &weeks = ctx.figures().weeks;
    for (int w = 0; w < weeks.size(); ++w) {
        const WeekFigures &wf = weeks[w];
        if (ctx.wants(rule::LoadSpike) && wf.acwr && *wf.acwr >= t.acwrInfoRatio) {
            const Severity sev = *wf.acwr > t.acwrWarnRatio ? Severity::Warning : Severity::Info;
            if (Finding *f = ctx.add(rule::LoadSpike, sev, {}, w * kMinutesPerWeek)) {
                f->message = tr("This week's load is %1× the average of the previous %2 weeks.")
                                 .arg(formatNumber(*wf.acwr))
                                 .arg(int(t.acwrChronicWeeks));
                f->fix = tr("Smaller step-ups, for example +10–20 % per week.");
            }
        }
        if (ctx.wants(rule::Monotony) && wf.load > 0 && wf.monotony > t.monotonyMax) {
            if (Finding *f = ctx.add(rule::Monotony, {}, w * kMinutesPerWeek)) {
                f->message = std::isinf(wf.monotony) ? tr("Very similar load every day (monotony ∞: "
                                                          "every day carries the same load); alternating "
                                                          "hard and easy days recovers better.")
                                                     : tr("Very similar load every day (monotony %1); "
                                                          "alternating hard and easy days recovers "
                                                          "better.")
                                                           .arg(formatNumber(wf.monotony));
                f->fix = tr("Make one day easier and another harder, or add a rest day.");
            }
        }
    }
}

} // namespace ordo
