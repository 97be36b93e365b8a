// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"

#include "derivedterms.h"
#include "physiology.h"
#include "rules/ruleengine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ordo {

namespace phys = physiology;

QString toId(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString displayName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QCoreApplication::translate("ordo::Analysis", "Info");
    case Severity::Warning:
        return QCoreApplication::translate("ordo::Analysis", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("ordo::Analysis", "Critical");
    }
    return {};
}

int ampkWindowMinutes(const Session &cardio, const Plan &plan)
{
    return phys::ampkWindowMinutes(cardio, Thresholds::forPlan(plan));
}

double sessionLoad(const Session &s)
{
    return phys::sessionLoad(s);
}

double sessionKcal(const Session &s, double bodyMassKg)
{
    return phys::sessionKcal(s, bodyMassKg);
}

Region mainRegion(const Session &strength)
{
    switch (strength.focus) {
    case Focus::Upper:
        return Region::Upper;
    case Focus::Core:
        return Region::Core;
    case Focus::Lower:
    case Focus::Full:
        return Region::Legs;
    }
    return Region::Legs;
}

std::optional<Plan> withoutMissed(const Plan &plan)
{
    if (!plan.hasMissed())
        return std::nullopt;
    Plan counted = plan;
    counted.sessions.removeIf([](const Session &s) { return s.missed; });
    return counted;
}

double regionFatiguePercent(const Plan &original, Region region, int axisMinute)
{
    const std::optional<Plan> counted = withoutMissed(original); // docs/plan-format.md, "missed"
    const Plan &plan = counted ? *counted : original;
    const PlanFacts facts(plan);
    const Thresholds &t = facts.th;
    const int m = facts.axis.wrap(axisMinute);
    double f = 0;
    for (const phys::FatigueSweep::Entry &e :
         phys::fatigueEntries(plan, t, false, facts.excludedSessions())) {
        const double w = e.weights[int(region)];
        if (w > 0)
            f += w * phys::fatigueAt(e.load, e.start, e.end - e.start, e.tau, m);
    }
    return 100.0 * f / t.fatigueRefAU;
}

namespace {

// Calls fn(dayIndex, fromMinute, toMinute) for each part of [a, b) on a plan day: wraps on
// cyclic plans, drops what lies outside a one-off plan.
template<typename Fn> void forEachDayPiece(const PlanFacts &facts, int a, int b, Fn fn)
{
    int t = a;
    while (t < b) {
        const int dayNumber = t >= 0 ? t / kMinutesPerDay : -1 - (-t - 1) / kMinutesPerDay;
        const int dayStart = dayNumber * kMinutesPerDay;
        const int pieceEnd = std::min(b, dayStart + kMinutesPerDay);
        const int day = facts.wrapDay(dayNumber);
        if (day >= 0)
            fn(day, t - dayStart, pieceEnd - dayStart);
        t = pieceEnd;
    }
}

void fillDays(const PlanFacts &facts, Analysis &a)
{
    const Plan &plan = facts.plan;
    a.days.resize(facts.dayCount);
    for (int d = 0; d < facts.dayCount; ++d) {
        a.days[d].week = d / kDaysPerWeek;
        a.days[d].day = Day(d % kDaysPerWeek);
        a.days[d].restDay = facts.restDay[d];
    }
    // Each day's session list sized once: this runs in every analysis (the best-slot scorer
    // runs 672 of them per drag).
    QList<int> pieces(facts.dayCount, 0);
    for (const SessionFacts &f : facts.items) {
        if (!f.excluded)
            forEachDayPiece(facts, f.start, f.end, [&](int day, int, int) { ++pieces[day]; });
    }
    for (int d = 0; d < facts.dayCount; ++d)
        a.days[d].sessionIds.reserve(pieces[d]);
    // Loads and kcal split by minutes across midnight (docs/physiology.md 2.3).
    for (const SessionFacts &f : facts.items) {
        if (f.excluded)
            continue; // docs/rules.md 3.10.1 (R2): a duplicate is in no figure
        const Session &s = *f.s;
        const double load = f.load;
        const double kcal = phys::sessionKcal(s, plan.profile.bodyMassKg);
        const double perMinuteLoad = load / s.durationMin;
        const double perMinuteKcal = kcal / s.durationMin;
        forEachDayPiece(facts, f.start, f.end, [&](int day, int from, int to) {
            DayFigures &df = a.days[day];
            const int minutes = to - from;
            if (s.kind == Kind::Strength)
                df.strengthLoad += perMinuteLoad * minutes;
            else if (s.kind == Kind::Cardio)
                df.cardioLoad += perMinuteLoad * minutes;
            df.kcal += perMinuteKcal * minutes;
            // A session (≤ 600 min) meets each day at most once, so no duplicate check is needed.
            df.sessionIds.append(s.id);
        });
    }
    double total = 0;
    for (DayFigures &df : a.days) {
        df.load = df.strengthLoad + df.cardioLoad;
        total += df.load;
    }
    const double mean = facts.dayCount > 0 ? total / facts.dayCount : 0;
    // Rule 37 (R2): against the mean load of the plan's training days (docs/rules.md).
    double trainingTotal = 0;
    int trainingDays = 0;
    for (int d = 0; d < facts.dayCount; ++d) {
        if (facts.trainingSessions[d] > 0) {
            trainingTotal += a.days[d].load;
            ++trainingDays;
        }
    }
    const double trainingMean = trainingDays > 0 ? trainingTotal / trainingDays : 0;
    a.highLoadThresholdAU = std::max(facts.th.loadHighDayMinAU, facts.th.loadHighDayFactor * trainingMean);
    for (DayFigures &df : a.days)
        df.highLoad = df.load > 0 && df.load >= a.highLoadThresholdAU;

    // AMPK windows (docs/physiology.md 2.2): hard cardio that is not a warm-up.
    for (const SessionFacts &f : facts.items) {
        if (f.excluded || !f.cardio || f.window <= 0 || f.warmup)
            continue;
        AmpkWindow w;
        w.sessionId = f.s->id;
        w.cardioStart = f.start;
        w.start = f.end;
        w.end = f.end + f.window;
        w.windowMinutes = f.window;
        w.peak = phys::ampkPeak(*f.s, facts.th);
        w.tauMinutes = f.window / std::log(10.0);
        a.windows.append(w);
        forEachDayPiece(facts, w.start, w.end, [&](int day, int from, int to) {
            a.days[day].ampkWindows.append(DayWindow { w.sessionId, from, to });
        });
    }

    // Carried fatigue at 24:00 of each day, total and per region.
    phys::FatigueSweep sweep(phys::fatigueEntries(plan, facts.th, false, facts.excludedSessions()));
    for (int d = 0; d < facts.dayCount; ++d) {
        const phys::FatigueSweep::Value v = sweep.at((d + 1) * kMinutesPerDay);
        a.days[d].fatigue = v.total;
        a.days[d].regionFatigue = v.region;
    }

    // Fitness–fatigue: seeded with the mean daily load; a repeating plan is iterated until
    // the values settle (docs/physiology.md 2.3).
    const double ka = 1 - std::exp(-1.0 / facts.th.loadAtlDays);
    const double kc = 1 - std::exp(-1.0 / facts.th.loadCtlDays);
    double atl = mean, ctl = mean;
    const int passes = plan.repeat ? 1000 : 1;
    for (int pass = 0; pass < passes; ++pass) {
        const double atl0 = atl, ctl0 = ctl;
        for (DayFigures &df : a.days) {
            df.tsb = ctl - atl;
            atl += (df.load - atl) * ka;
            ctl += (df.load - ctl) * kc;
            df.atl = atl;
            df.ctl = ctl;
        }
        const double tol = facts.th.loadConvergencePct / 100.0;
        const auto settled = [tol](double before, double after) {
            return std::abs(after - before) <= tol * std::max(std::abs(before), 1e-9);
        };
        if (settled(atl0, atl) && settled(ctl0, ctl))
            break;
    }
}

// F_g at the start of every lift (docs/physiology.md 2.3), in one sweep over the lifts in time
// order: the same sum as regionFatiguePercent(), without a pass over every session per lift.
void fillLiftFatigue(const PlanFacts &facts, Analysis &a)
{
    const Plan &plan = facts.plan;
    QList<int> lifts;
    for (int i = 0; i < plan.sessions.size(); ++i) {
        if (plan.sessions[i].kind == Kind::Strength)
            lifts.append(i);
    }
    a.liftFatigue.resize(lifts.size());
    QList<int> byStart(lifts.size());
    std::iota(byStart.begin(), byStart.end(), 0);
    std::stable_sort(byStart.begin(), byStart.end(), [&](int x, int y) {
        return facts.axis.wrap(plan.sessions[lifts[x]].axisStart())
            < facts.axis.wrap(plan.sessions[lifts[y]].axisStart());
    });
    phys::FatigueSweep sweep(phys::fatigueEntries(plan, facts.th, false, facts.excludedSessions()));
    for (int k : byStart) {
        const Session &s = plan.sessions[lifts[k]];
        LiftFatigue &lift = a.liftFatigue[k];
        lift.sessionId = s.id;
        lift.axisStart = s.axisStart();
        const phys::FatigueSweep::Value v = sweep.at(facts.axis.wrap(lift.axisStart));
        for (int g = 0; g < kRegionCount; ++g)
            lift.percent[size_t(g)] = 100.0 * v.region[g] / facts.th.fatigueRefAU;
    }
}

void fillWeeks(const PlanFacts &facts, Analysis &a)
{
    const Plan &plan = facts.plan;
    a.weeks.resize(plan.weeks);
    for (int w = 0; w < plan.weeks; ++w) {
        WeekFigures &wf = a.weeks[w];
        double sum = 0, sq = 0;
        for (int d = 0; d < kDaysPerWeek; ++d) {
            const double l = a.days[w * kDaysPerWeek + d].load;
            sum += l;
            sq += l * l;
        }
        const double mean = sum / kDaysPerWeek;
        const double var = std::max(0.0, sq / kDaysPerWeek - mean * mean);
        const double sd = std::sqrt(var);
        wf.load = sum;
        // Population SD; identical non-zero days count as infinitely monotonous (rule 39).
        if (mean <= 0)
            wf.monotony = 0;
        else if (sd < 1e-9 * mean)
            wf.monotony = std::numeric_limits<double>::infinity();
        else
            wf.monotony = mean / sd;
        wf.strain = wf.load * wf.monotony;
        for (int d = 0; d < kDaysPerWeek; ++d) {
            const DayFigures &df = a.days[w * kDaysPerWeek + d];
            wf.kcal += df.kcal;
            wf.restDays += df.restDay ? 1 : 0;
        }
    }
    for (const SessionFacts &f : facts.items) {
        const Session &s = *f.s;
        if (f.excluded || s.week < 0 || s.week >= plan.weeks)
            continue; // docs/rules.md 3.10.1 (R2): a duplicate is in no figure
        WeekFigures &wf = a.weeks[s.week];
        if (f.strength || f.hard)
            wf.hardMinutes += s.durationMin;
        wf.hiitSessions += f.hiit ? 1 : 0;
        wf.liftingSessions += f.strength ? 1 : 0;
    }
    // Uncoupled ACWR for one-off plans of at least acwr.minWeeks weeks.
    const int chronic = int(facts.th.acwrChronicWeeks);
    if (!plan.repeat && plan.weeks >= facts.th.acwrMinWeeks) {
        for (int w = chronic; w < plan.weeks; ++w) {
            double prev = 0;
            for (int k = w - chronic; k < w; ++k)
                prev += a.weeks[k].load;
            prev /= chronic;
            if (prev > 0)
                a.weeks[w].acwr = a.weeks[w].load / prev;
        }
    }
}

void fillSummary(const PlanFacts &facts, Analysis &a)
{
    // Average week: for a 1-week plan these are the week's figures; for longer plans the
    // whole plan divided by its weeks (counts rounded half away from zero).
    const Plan &plan = facts.plan;
    int strength = 0, cardio = 0, mobility = 0, easy = 0, moderate = 0, hiit = 0, rest = 0;
    double kcal = 0;
    for (const SessionFacts &f : facts.items) {
        if (f.excluded)
            continue; // docs/rules.md 3.10.1 (R2): a duplicate is in no figure
        const Session &s = *f.s;
        kcal += phys::sessionKcal(s, plan.profile.bodyMassKg);
        switch (s.kind) {
        case Kind::Strength:
            ++strength;
            break;
        case Kind::Mobility:
            ++mobility;
            break;
        case Kind::Cardio:
            if (!f.warmup)
                ++cardio;
            if (s.intensity == Intensity::Easy)
                easy += s.durationMin;
            else if (s.intensity == Intensity::Moderate)
                moderate += s.durationMin;
            else
                hiit += s.durationMin;
            break;
        }
    }
    for (bool r : facts.restDay)
        rest += r ? 1 : 0;
    const double weeks = std::max(1, plan.weeks);
    const auto avg = [weeks](int v) { return int(std::lround(v / weeks)); };
    Summary &sum = a.summary;
    sum.strengthSessions = avg(strength);
    sum.cardioSessions = avg(cardio);
    sum.mobilitySessions = avg(mobility);
    sum.cardioMinutesEasy = avg(easy);
    sum.cardioMinutesModerate = avg(moderate);
    sum.cardioMinutesHiit = avg(hiit);
    sum.restDays = avg(rest);
    sum.kcal = kcal / weeks;
}

} // namespace

namespace {

Analysis analyzeWith(const Plan &original, ClockFormat clock, bool texts)
{
    Analysis a;
    a.clock = clock;
    if (original.weeks <= 0)
        return a;
    // Missed sessions did not happen: they take part in no rule and no figure
    // (docs/plan-format.md, "Session"). A plan without any is analysed as it is, uncopied.
    const std::optional<Plan> counted = withoutMissed(original);
    const Plan &plan = counted ? *counted : original;
    PlanFacts facts(plan);
    facts.texts = texts;
    a.thresholds = facts.th;
    fillDays(facts, a);
    fillLiftFatigue(facts, a);
    fillWeeks(facts, a);
    fillSummary(facts, a);
    a.findings = evaluateRules(facts, a);
    return a;
}

} // namespace

Analysis analyze(const Plan &plan, ClockFormat clock)
{
    return analyzeWith(plan, clock, true);
}

Analysis analyzeCounts(const Plan &plan)
{
    return analyzeWith(plan, ClockFormat::H24, false);
}

} // namespace ordo
