// SPDX-License-Identifier: GPL-3.0-or-later

#include "loadrules.h"

#include "findingtext.h"
#include "ruletable.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

// 37 (R2): a day at or above max(load.highDayMinAU, load.highDayFactor × the mean load of
// the plan's training days) that holds at least two training sessions (docs/rules.md).
void LoadRules::highLoadDays(RuleContext &ctx) const
{
    if (!ctx.wants(rule::HighLoadDay))
        return;
    const PlanFacts &facts = ctx.facts();
    const QList<DayFigures> &days = ctx.figures().days;
    double total = 0;
    int trainingDays = 0;
    for (int d = 0; d < days.size() && d < facts.dayCount; ++d) {
        if (facts.trainingSessions[d] > 0) {
            total += days[d].load;
            ++trainingDays;
        }
    }
    const double mean = trainingDays > 0 ? total / trainingDays : 0;
    for (int d = 0; d < days.size() && d < facts.dayCount; ++d) {
        const DayFigures &df = days[d];
        if (!df.highLoad || facts.trainingSessions[d] < 2)
            continue;
        const QList<int> s = ctx.sessionsOnDays(d, 1, [](const SessionFacts &) { return true; });
        // The training session with the second-largest load (on a tie, the later one).
        QList<int> training;
        for (int i : s) {
            if (ctx.item(i).training)
                training.append(i);
        }
        std::stable_sort(training.begin(), training.end(), [&ctx](int x, int y) {
            const double lx = ctx.item(x).load, ly = ctx.item(y).load;
            if (lx != ly)
                return lx > ly;
            return ctx.item(x).start < ctx.item(y).start;
        });
        int second = training.size() >= 2 ? training[1] : -1;
        if (training.size() >= 2 && ctx.item(training[0]).load == ctx.item(training[1]).load)
            second = ctx.item(training[0]).start > ctx.item(training[1]).start ? training[0] : training[1];
        // The lightest day of the same plan week (on a tie, the earliest).
        const int week = d / kDaysPerWeek;
        int lightest = week * kDaysPerWeek;
        for (int k = week * kDaysPerWeek; k < (week + 1) * kDaysPerWeek && k < days.size(); ++k) {
            if (days[k].load < days[lightest].load)
                lightest = k;
        }
        if (Finding *f = ctx.add(rule::HighLoadDay, s, d * kMinutesPerDay)) {
            f->message = tr("%1 carries a training load of %2 (minutes × effort on the RPE 1–10 scale), %3× "
                            "your average training day, from %4 sessions.")
                             .arg(formatPlanDay(ctx.plan(), d))
                             .arg(std::lround(df.load))
                             .arg(formatNumber(mean > 0 ? std::round(10 * df.load / mean) / 10 : 0))
                             .arg(facts.trainingSessions[d]);
            f->fix = second >= 0 ? tr("Move %1 to a lighter day such as %2, or make it easier.")
                                       .arg(ctx.title(second), formatPlanDay(ctx.plan(), lightest))
                                 : tr("Move a session to a lighter day, or make it easier.");
        }
    }
}

// 38: load spike (ACWR); 39: monotony, per plan week.
void LoadRules::weeks(RuleContext &ctx) const
{
    const Thresholds &t = ctx.thresholds();
    const QList<WeekFigures> &weeks = ctx.figures().weeks;
    // Rule 39 (R2): hard-session load per day (strength, moderate and HIIT cardio), split by
    // minutes across midnight like the daily figures; excluded duplicates left out.
    const PlanFacts &facts = ctx.facts();
    QList<double> hardDay(facts.dayCount, 0.0);
    for (const SessionFacts &x : facts.items) {
        if (x.excluded || !(x.strength || x.hard) || x.end <= x.start)
            continue;
        const double perMinute = x.load / (x.end - x.start);
        for (int m = x.start; m < x.end;) {
            const int dayNumber = m >= 0 ? m / kMinutesPerDay : -1 - (-m - 1) / kMinutesPerDay;
            const int pieceEnd = std::min(x.end, (dayNumber + 1) * kMinutesPerDay);
            const int day = facts.wrapDay(dayNumber);
            if (day >= 0)
                hardDay[day] += perMinute * (pieceEnd - m);
            m = pieceEnd;
        }
    }
    const auto hardWeek = [&](int w, double &total) {
        double sum = 0, sq = 0;
        for (int d = w * kDaysPerWeek; d < (w + 1) * kDaysPerWeek && d < hardDay.size(); ++d) {
            sum += hardDay[d];
            sq += hardDay[d] * hardDay[d];
        }
        total = sum;
        // Population SD; identical non-zero days count as infinitely monotonous.
        const double mean = sum / kDaysPerWeek;
        const double sd = std::sqrt(std::max(0.0, sq / kDaysPerWeek - mean * mean));
        if (mean <= 0)
            return 0.0;
        return sd < 1e-9 * mean ? std::numeric_limits<double>::infinity() : mean / sd;
    };
    QList<double> hardLoad(weeks.size(), 0.0), hardMonotony(weeks.size(), 0.0);
    double meanHard = 0;
    for (int w = 0; w < weeks.size(); ++w) {
        hardMonotony[w] = hardWeek(w, hardLoad[w]);
        meanHard += hardLoad[w];
    }
    meanHard = weeks.isEmpty() ? 0 : meanHard / weeks.size();
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
        // 39 (R2): hard-session load only, and only weeks with at least monotony.minWeekAU of
        // it and, in a plan of two or more weeks, monotony.minWeekShare of the mean week.
        const bool heavyWeek = hardLoad[w] >= t.monotonyMinWeekAU
            && (weeks.size() < 2 || hardLoad[w] >= t.monotonyMinWeekShare * meanHard);
        if (ctx.wants(rule::Monotony) && hardLoad[w] > 0 && heavyWeek && hardMonotony[w] > t.monotonyMax) {
            if (Finding *f = ctx.add(rule::Monotony, {}, w * kMinutesPerWeek)) {
                const QString prefix = weeks.size() > 1 ? tr("Week %1: ").arg(w + 1) : QString();
                const QString m = formatNumber(
                    std::isinf(hardMonotony[w]) ? hardMonotony[w] : std::round(10 * hardMonotony[w]) / 10);
                f->message = prefix
                    + tr("Training load is very similar from day to day (monotony %1: the average daily load "
                         "divided by its day-to-day spread; above 2 means little variation). Alternating "
                         "harder and easier days recovers better.")
                          .arg(m);
                f->fix = tr("Make one day clearly easier (rest or Zone 1 only) and another a little harder.");
                // docs/rules.md 3.10.4 d: shown inside a no-rest-day finding of the same week.
                ctx.mergeLater(f, RuleContext::MergeInto::RestDayRunInWeek,
                               tr("The daily training load is also very uniform (monotony %1).").arg(m), w);
            }
        }
    }
}

} // namespace ordo
