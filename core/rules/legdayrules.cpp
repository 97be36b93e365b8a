// SPDX-License-Identifier: GPL-3.0-or-later

#include "legdayrules.h"

#include "enums.h"
#include "findingtext.h"
#include "physiology.h"
#include "ruletable.h"

#include <cmath>

namespace ordo {

namespace {

namespace phys = physiology;

using MaybeSeverity = std::optional<Severity>;

// docs/rules.md rule 25: full body overlaps lower and upper, but not core (R2).
bool musclesOverlap(Focus a, Focus b)
{
    if (a == Focus::Core || b == Focus::Core)
        return a == b;
    if (a == Focus::Full || b == Focus::Full)
        return true;
    return a == b;
}

// Strength-only residual of a region at time t (cardio is covered by the leg-day rules).
// Only sessions that start before `before` count (not S itself, nor what follows it).
double strengthResidual(const QList<phys::FatigueSweep::Entry> &entries, Region g, int t, int before)
{
    double f = 0;
    for (const phys::FatigueSweep::Entry &e : entries) {
        if (e.start >= before || e.start >= t || e.end < t - 20 * kMinutesPerDay)
            continue;
        f += e.weights[int(g)] * phys::fatigueAt(e.load, e.start, e.end - e.start, e.tau, t);
    }
    return f;
}

// Rules 18–21 (either order): cardio on the heavy-leg day.
void sameDayAsHeavyLegs(const RuleContext &ctx, const SessionPair &p, PairCandidates &out)
{
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &h = ctx.item(p.strength);
    const SessionFacts &c = ctx.item(p.cardio);
    if (!h.heavyLower || !ctx.facts().sameDay(h, c))
        return;
    const Session &cs = *c.s;
    const int g = std::max(0, p.gap);
    if (c.hiit) {
        if (!c.warmup)
            offer(ctx, out, rule::LegDayHiit, c.legLoading ? Severity::Warning : Severity::Info);
        return;
    }
    const bool easyEccentric = cs.intensity == Intensity::Easy && c.eccentric;
    if (c.legLoading && (cs.intensity == Intensity::Moderate || easyEccentric)
        && cs.durationMin >= t.legsMinCardioMin && !c.warmup && !c.activeRecovery) {
        const bool close = g < t.legsSameDayGapWarnMin;
        const bool strict = ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss });
        MaybeSeverity sev = close ? (strict ? Severity::Warning : Severity::Info)
                                  : (strict ? MaybeSeverity(Severity::Info) : std::nullopt);
        if (easyEccentric && sev)
            sev = Severity::Info;
        offer(ctx, out, rule::LegDayCardio, sev);
    }
    const bool gentle = cs.intensity != Intensity::Hiit
        && ((cs.modality == Modality::ArmErgometer)
            || (cs.modality == Modality::Swimming && !cs.loadsLegs.value_or(false))
            || (cs.modality == Modality::Walking && cs.intensity == Intensity::Easy && !c.legLoading));
    if (gentle)
        offer(ctx, out, rule::LegDayFriendly);
    if (cs.modality == Modality::Rowing && cs.intensity == Intensity::Moderate)
        offer(ctx, out, rule::RowingAfterLegs);
}

// 22: active recovery after heavy legs, or the long easy-cycling variant.
void activeRecovery(const RuleContext &ctx, SessionPair &p, PairCandidates &out)
{
    const SessionFacts &s = ctx.item(p.strength);
    const SessionFacts &c = ctx.item(p.cardio);
    if (!s.heavyLower)
        return;
    const Session &cs = *c.s;
    if (c.activeRecovery && c.recoveryAfter == p.strength) {
        offer(ctx, out, rule::ActiveRecovery);
    } else if (cs.intensity == Intensity::Easy && cs.modality == Modality::Cycling
               && cs.durationMin > ctx.thresholds().activeRecoveryMaxMin && p.gap >= 0
               && ctx.facts().sameDay(s, c)) {
        p.recoveryVariant = true;
        offer(ctx, out, rule::ActiveRecovery);
    }
}

// 23: leg-loading HIIT 12–36/48 h before heavy legs.
void hiitBeforeLegs(const RuleContext &ctx, const SessionPair &p, PairCandidates &out)
{
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &c = ctx.item(p.cardio);
    const SessionFacts &s = ctx.item(p.strength);
    const int g = p.gap;
    if (c.hiit && c.legLoading && s.heavyLower && g >= t.legsHiitBeforeMinGapMin
        && g <= (c.eccentric ? t.legsHiitBeforeEccentricMaxGapMin : t.legsHiitBeforeMaxGapMin)
        && ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss }))
        offer(ctx, out, rule::HiitBeforeLegs);
}

// 24: endurance, heavy legs 12–24 h before key cardio.
void legsBeforeKeyCardio(const RuleContext &ctx, const SessionPair &p, PairCandidates &out)
{
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &s = ctx.item(p.strength);
    const SessionFacts &c = ctx.item(p.cardio);
    const Session &cs = *c.s;
    const int g = p.gap;
    if (ctx.goal() == Goal::Endurance && s.heavyLower
        && (c.hiit || (cs.modality == Modality::Running && cs.durationMin >= t.enduranceKeyRunMin))
        && g >= t.legsKeyCardioMinGapMin && g <= t.legsKeyCardioMaxGapMin)
        offer(ctx, out, rule::LegsBeforeKeyCardio);
}

} // namespace

QList<int> LegDayRules::rules() const
{
    return {
        rule::LegDayCardio,   rule::LegDayHiit,     rule::LegDayFriendly,      rule::RowingAfterLegs,
        rule::ActiveRecovery, rule::HiitBeforeLegs, rule::LegsBeforeKeyCardio, rule::MuscleNotRecovered
    };
}

QList<int> LegDayRules::pairRules() const
{
    return { rule::LegDayCardio,   rule::LegDayHiit,     rule::LegDayFriendly,     rule::RowingAfterLegs,
             rule::ActiveRecovery, rule::HiitBeforeLegs, rule::LegsBeforeKeyCardio };
}

void LegDayRules::evaluate(RuleContext &ctx) const
{
    muscleNotRecovered(ctx);
}

// --- Pairs (rules 18–24) ------------------------------------------------------------------

void LegDayRules::evaluatePair(RuleContext &ctx, SessionPair &p, PairCandidates &out) const
{
    if (p.cardio == p.first) {
        hiitBeforeLegs(ctx, p, out);
    } else {
        activeRecovery(ctx, p, out);
        legsBeforeKeyCardio(ctx, p, out);
    }
    sameDayAsHeavyLegs(ctx, p, out);
}

void LegDayRules::describePair(const RuleContext &ctx, const SessionPair &p, const PairCandidates &all,
                               Finding &f) const
{
    const Thresholds &t = ctx.thresholds();
    const int c = p.cardio;
    const SessionFacts &cf = ctx.item(c);
    const QString gap = formatDuration(std::max(0, p.gap));
    switch (all.first().rule) {
    case rule::LegDayCardio:
        f.message
            = tr("%1 loads the legs on your heavy-leg day (%2 apart): both sessions lose output and leg "
                 "recovery slows.")
                  .arg(ctx.title(c), gap);
        f.fix = tr("Swap it for the arm ergometer, easy (non-kick) swimming or a Zone 1 walk, or move %1 "
                   "to "
                   "another day.")
                    .arg(ctx.title(c));
        break;
    case rule::LegDayHiit:
        f.message = cf.legLoading
            ? tr("Leg-loading HIIT on heavy-leg day: fatigue adds up and injury risk rises; separate "
                 "them by "
                 "as many hours as possible, ideally different days.")
            : tr("HIIT on heavy-leg day: %1 spares the legs, but the recovery cost still adds up.")
                  .arg(ctx.title(c));
        f.fix = tr("Move %1 to a non-leg day, ideally ≥ 24 h (cycling) or ≥ 48 h (running, jumping) from "
                   "heavy "
                   "legs. On leg day keep cardio to Zone 1.")
                    .arg(ctx.title(c));
        break;
    case rule::LegDayFriendly:
        f.message = tr("Leg-day-friendly cardio.");
        break;
    case rule::RowingAfterLegs:
        f.message = tr("Rowing works the legs too (about half the effort). Fine on leg day only if your legs "
                       "are not very fatigued — keep it easy.");
        f.fix = tr("Make it easy, or use the arm ergometer.");
        break;
    case rule::ActiveRecovery:
        if (p.recoveryVariant) {
            f.message = tr("Easy cycling over %1 min after heavy legs starts to add leg load; keep the "
                           "resistance light.")
                            .arg(int(t.activeRecoveryMaxMin));
            f.fix = tr("Shorten it to %1 min.").arg(int(t.activeRecoveryMaxMin));
        } else {
            f.message = tr("Active recovery: %1–%2 min easy after heavy legs.")
                            .arg(int(t.activeRecoveryMinMin))
                            .arg(int(t.activeRecoveryMaxMin));
        }
        break;
    case rule::HiitBeforeLegs:
        f.message = tr("HIIT %1 before heavy legs. Leg strength comes back within about a day after hard "
                       "cycling, but running or jumping intervals can leave the legs sore for up to 2 days.")
                        .arg(gap);
        f.fix
            = tr("Keep ≥ 24 h (cycling) or ≥ 48 h (running, jumping) between hard intervals and heavy legs, "
                 "or swap the two days.");
        break;
    case rule::LegsBeforeKeyCardio:
        f.message = tr("Heavy legs the day before %1: running economy and time to exhaustion were worse the "
                       "next day in studies.")
                        .arg(ctx.title(c));
        f.fix = tr("Put heavy legs after the key session, or ≥ 48 h before it.");
        break;
    default:
        break;
    }
}

// --- Rule 25: muscle not recovered ----------------------------------------------------------

namespace {

// Whole sentences for each body region, so that a translation can make the words agree with
// the region (docs/translations.md).
QString trainedHardSentence(Region g)
{
    switch (g) {
    case Region::Legs:
        return QCoreApplication::translate("ordo::Rules", "Your legs were trained hard %1 (%2, %3).");
    case Region::Upper:
        return QCoreApplication::translate("ordo::Rules", "Your upper body was trained hard %1 (%2, %3).");
    case Region::Core:
        return QCoreApplication::translate("ordo::Rules", "Your core was trained hard %1 (%2, %3).");
    }
    return {};
}

QString stillFatiguedSentence(Region g)
{
    switch (g) {
    case Region::Legs:
        return QCoreApplication::translate("ordo::Rules",
                                           "Your legs were still about %1 % fatigued from recent lifting.");
    case Region::Upper:
        return QCoreApplication::translate(
            "ordo::Rules", "Your upper body was still about %1 % fatigued from recent lifting.");
    case Region::Core:
        return QCoreApplication::translate("ordo::Rules",
                                           "Your core was still about %1 % fatigued from recent lifting.");
    }
    return {};
}

} // namespace

void LegDayRules::muscleNotRecovered(RuleContext &ctx) const
{
    if (!ctx.wants(rule::MuscleNotRecovered))
        return;
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    const QList<phys::FatigueSweep::Entry> entries
        = phys::fatigueEntries(ctx.plan(), t, true, facts.excludedSessions());
    phys::FatigueSweep sweep(entries);
    const double limit = t.fatigueNotRecoveredPct / 100.0 * t.fatigueRefAU;
    // Clause A looks back over back-to-back sessions only: day gap ≤ 1 (under 2 days of start
    // gap) or a start gap below spacing.backToBackMaxStartGapMin (docs/rules.md rule 25).
    const int reach = std::max(int(t.spacingBackToBackMaxStartGapMin), 2 * kMinutesPerDay);
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &s = ctx.item(i);
        if (s.excluded || !s.strength || s.s->load == Load::Light)
            continue;
        const Region g = mainRegion(*s.s);
        const phys::FatigueSweep::Value residualAll = sweep.at(s.start);
        const double residual = residualAll.region[int(g)];
        // Clause A: the latest earlier heavy session for overlapping muscles that is back-to-back.
        int prev = -1, recent = -1, prevDelta = 0;
        const int maxSteps = std::min(ctx.itemCount(), std::max(1, int(t.findingsMaxPairNeighbours)));
        for (int k = facts.previous(i), steps = 0; k >= 0 && k != i && steps < maxSteps;
             k = facts.previous(k), ++steps) {
            const SessionFacts &q = ctx.item(k);
            const int d = facts.axis.isCyclic() ? facts.axis.forward(q.start, s.start) : s.start - q.start;
            if (d > reach || (facts.axis.isCyclic() && 2 * d >= facts.axis.period()))
                break;
            if (q.excluded || !q.strength || !musclesOverlap(q.s->focus, s.s->focus) || d == 0)
                continue;
            if (facts.gap(q, s) < 0)
                continue;
            if (recent < 0)
                recent = k;
            if (q.heavy && facts.backToBack(q, s)) {
                prev = k;
                prevDelta = d;
                break;
            }
        }
        if (prev < 0 && residual < limit)
            continue;
        const int ref = prev >= 0 ? prev : recent;
        const Severity sev = s.heavy ? Severity::Warning : Severity::Info;
        Finding *f
            = ctx.add(rule::MuscleNotRecovered, sev, prev >= 0 ? QList<int> { prev, i } : QList<int> { i });
        if (!f)
            continue;
        // The group both sessions train: S's own group unless S is full body and P is not.
        Region shared = g;
        if (ref >= 0 && s.s->focus == Focus::Full && ctx.item(ref).s->focus != Focus::Full)
            shared = mainRegion(*ctx.item(ref).s);
        const int pct = int(std::lround(100.0 * residualAll.region[int(shared)] / t.fatigueRefAU));
        if (prev >= 0) {
            const SessionFacts &p = ctx.item(prev);
            const int dayGap = facts.dayGap(p, s);
            const QString when = dayGap == 0 ? tr("earlier today")
                : dayGap == 1                ? tr("yesterday")
                              : tr("on %1").arg(formatPlanDay(ctx.plan(), facts.wrapDay(p.dayIndex)));
            f->message = trainedHardSentence(shared).arg(when, ctx.title(prev),
                                                         formatWhen(ctx.plan(), p.start, ctx.clock()))
                + u' '
                + tr("The same muscles usually get 48–72 h, at least one day without hard work for them in "
                     "between.");
            if (residualAll.region[int(shared)] >= limit)
                f->message += u' ' + tr("They are still about %1 % fatigued.").arg(pct);
        } else {
            f->message = stillFatiguedSentence(shared).arg(pct) + u' '
                + tr("The usual spacing between hard sessions for the same muscles is 48–72 h.");
        }
        // Earliest time both clauses clear. Clause A: the later of S's clock time two session days
        // after P and P.start + the back-to-back start gap; then the residual below the limit.
        int clear = s.start;
        if (prev >= 0) {
            const int pStart = s.start - prevDelta; // P on S's side of the wrap
            const int pDay
                = pStart >= 0 ? pStart / kMinutesPerDay : -((-pStart + kMinutesPerDay - 1) / kMinutesPerDay);
            const int clock = s.start % kMinutesPerDay;
            clear = std::max({ clear, (pDay + 2) * kMinutesPerDay + clock,
                               pStart + int(t.spacingBackToBackMaxStartGapMin) });
        }
        if (strengthResidual(entries, g, clear, s.start) >= limit) {
            int lo = clear, hi = clear + 7 * kMinutesPerDay;
            while (hi - lo > 15) {
                const int mid = (lo + hi) / 2;
                (strengthResidual(entries, g, mid, s.start) >= limit ? lo : hi) = mid;
            }
            clear = hi;
        }
        const int snap = std::max(1, int(t.autoFixSnapMin));
        clear = (clear + snap - 1) / snap * snap;
        f->fix = tr("Move %1 to %2 or later, change its focus, or make it light.")
                     .arg(ctx.title(i), formatWhen(ctx.plan(), clear, ctx.clock()));
    }
}

} // namespace ordo
