// SPDX-License-Identifier: GPL-3.0-or-later

#include "acrossweekrules.h"

#include "ruletable.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ordo {

QList<int> AcrossWeekRules::rules() const
{
    return { rule::LoadRamp, rule::NoLighterWeek };
}

void AcrossWeekRules::evaluate(RuleContext &ctx) const
{
    // Both rules compare weeks with each other: a plan of one week (repeating or not) has
    // nothing to compare.
    if (ctx.figures().weeks.size() < 2)
        return;
    if (ctx.wants(rule::LoadRamp))
        ramps(ctx);
    if (ctx.wants(rule::NoLighterWeek))
        lighterWeeks(ctx);
}

namespace {

// The week `back` weeks before `week`, or −1 before the first week of a one-off plan. On a
// repeating plan the last week comes before the first.
int weekBefore(int week, int back, int weeks, bool repeat)
{
    const int w = week - back;
    if (w >= 0)
        return w;
    return repeat ? w + weeks : -1;
}

} // namespace

// 49: a week's load more than ramp.infoPct (info) or ramp.warnPct (warning) above the heaviest
// of the ramp.lookbackWeeks weeks before it, for weeks of at least ramp.minWeekAU. Measuring
// from the heaviest recent week, not only the previous one, means that coming back from a
// lighter week to a load already done is not a rise. A week that rule 38 reports is left to it.
void AcrossWeekRules::ramps(RuleContext &ctx) const
{
    const Thresholds &t = ctx.thresholds();
    const QList<WeekFigures> &weeks = ctx.figures().weeks;
    const int n = int(weeks.size());
    const bool repeat = ctx.plan().repeat;
    // On a repeating plan a week can look back over the others, never at itself.
    const int lookback = std::clamp(int(t.rampLookbackWeeks), 1, repeat ? n - 1 : n);
    for (int w = 0; w < n; ++w) {
        const double load = weeks[w].load;
        if (load <= 0 || load < t.rampMinWeekAU)
            continue;
        int base = -1;
        for (int k = 1; k <= lookback; ++k) {
            const int p = weekBefore(w, k, n, repeat);
            if (p < 0)
                break;
            if (base < 0 || weeks[p].load > weeks[base].load)
                base = p; // on a tie the nearer week
        }
        if (base < 0 || weeks[base].load <= 0)
            continue;
        const double baseLoad = weeks[base].load;
        // "More than": exactly the threshold does not count (the comparison in whole
        // hundredths keeps 1,200 against 1,000 at exactly 20 %).
        const auto above = [&](double pct) { return load * 100 > baseLoad * (100 + pct) * (1 + 1e-12); };
        if (!above(t.rampInfoPct))
            continue;
        if (ctx.wants(rule::LoadSpike) && weeks[w].acwr && *weeks[w].acwr >= t.acwrInfoRatio)
            continue; // docs/rules.md rule 49: the week is rule 38's
        const Severity sev = above(t.rampWarnPct) ? Severity::Warning : Severity::Info;
        Finding *f = ctx.add(rule::LoadRamp, sev, {}, w * kMinutesPerWeek);
        if (!f)
            continue;
        const long pct = std::lround(100 * (load / baseLoad - 1));
        f->message = base < w
            ? tr("Week %1 carries %2 % more training load than week %3 (%4 against %5, minutes × effort on "
                 "the RPE 1–10 scale).")
                  .arg(w + 1)
                  .arg(pct)
                  .arg(base + 1)
                  .arg(std::lround(load))
                  .arg(std::lround(baseLoad))
            : tr("Week %1 carries %2 % more training load than week %3 before it as the plan repeats (%4 "
                 "against %5, minutes × effort on the RPE 1–10 scale).")
                  .arg(w + 1)
                  .arg(pct)
                  .arg(base + 1)
                  .arg(std::lround(load))
                  .arg(std::lround(baseLoad));
        f->fix = tr("Raise the load in smaller steps over two or three weeks.");
    }
}

// 50: more than lighter.maxRunWeeks weeks in a row without a lighter week: one whose load is at
// least lighter.dropPct below the mean of the up to lighter.maxRunWeeks weeks before it, or
// that has no training load. One finding per stretch, at the first week past the limit.
void AcrossWeekRules::lighterWeeks(RuleContext &ctx) const
{
    const Thresholds &t = ctx.thresholds();
    const QList<WeekFigures> &weeks = ctx.figures().weeks;
    const int n = int(weeks.size());
    const bool repeat = ctx.plan().repeat;
    const int limit = std::max(1, int(t.lighterMaxRunWeeks));
    const int meanWeeks = std::min(limit, repeat ? n - 1 : n);
    QVarLengthArray<bool, 64> lighter(n);
    bool anyLighter = false;
    for (int w = 0; w < n; ++w) {
        const double load = weeks[w].load;
        double sum = 0;
        int count = 0;
        for (int k = 1; k <= meanWeeks; ++k) {
            const int p = weekBefore(w, k, n, repeat);
            if (p < 0)
                break;
            sum += weeks[p].load;
            ++count;
        }
        lighter[w]
            = load <= 0 || (count > 0 && load * 100 <= sum / count * (100 - t.lighterDropPct) * (1 + 1e-12));
        anyLighter = anyLighter || lighter[w];
    }
    // `at`: the week the finding stands at and the fix names.
    const auto report = [&](int first, int length, int at) {
        Finding *f = ctx.add(rule::NoLighterWeek, {}, at * kMinutesPerWeek);
        if (!f)
            return;
        const QString drop = QString::number(std::lround(t.lighterDropPct));
        if (length < 0) {
            f->message
                = tr("The plan repeats its %1 weeks without a lighter week (one with at least %2 % less "
                     "training load than the weeks before it), so the load never drops.")
                      .arg(n)
                      .arg(drop);
        } else {
            f->message
                = tr("Weeks %1 to %2 are %3 weeks in a row without a lighter week (one with at least %4 % "
                     "less training load than the weeks before it).")
                      .arg(first + 1)
                      .arg((first + length - 1) % n + 1)
                      .arg(length)
                      .arg(drop);
        }
        f->fix = tr("Make week %1 lighter, for example by shortening its sessions by a third, or insert a "
                    "lighter week before it.")
                     .arg(at + 1);
    };
    if (!anyLighter && repeat) {
        report(0, -1, std::min(limit, n - 1));
        return;
    }
    // Stretches of weeks that are not lighter; on a repeating plan a stretch may run on from
    // the last week into the first, so the walk starts after a lighter week.
    const int start = repeat ? int(std::find(lighter.begin(), lighter.end(), true) - lighter.begin()) + 1 : 0;
    int first = -1, length = 0;
    for (int i = 0; i <= n; ++i) {
        const int w = (start + i) % n;
        const bool end = i == n || lighter[w];
        if (!end) {
            if (length++ == 0)
                first = w;
            continue;
        }
        if (length > limit)
            report(first, length, (first + limit) % n); // the first week past the limit
        length = 0;
        if (i == n)
            break;
    }
}

} // namespace ordo
