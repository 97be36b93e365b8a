// SPDX-License-Identifier: GPL-3.0-or-later

#include "legdayrules.h"

#include "enums.h"
#include "findingtext.h"
#include "physiology.h"
#include "ruletable.h"

#include <QHash>
#include <QSet>

#include <memory>

#include <algorithm>
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
    const bool gentle = !c.warmup && cs.intensity != Intensity::Hiit
        && ((cs.modality == Modality::ArmErgometer)
            || (cs.modality == Modality::Swimming && !cs.loadsLegs.value_or(false))
            || (cs.modality == Modality::Walking && cs.intensity == Intensity::Easy && !c.legLoading));
    if (gentle)
        offer(ctx, out, rule::LegDayFriendly);
    if (cs.modality == Modality::Rowing && cs.intensity == Intensity::Moderate)
        offer(ctx, out, rule::RowingAfterLegs);
}

// 22: active recovery after heavy legs (R2: the long easy-cycling variant is rule 46).
void activeRecovery(const RuleContext &ctx, SessionPair &p, PairCandidates &out)
{
    const SessionFacts &s = ctx.item(p.strength);
    const SessionFacts &c = ctx.item(p.cardio);
    if (s.heavyLower && c.activeRecovery && c.recoveryAfter == p.strength)
        offer(ctx, out, rule::ActiveRecovery);
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
    if (!ctx.texts())
        return; // words only (rule, severity and sessions are set by the engine)
    const Thresholds &t = ctx.thresholds();
    const int c = p.cardio;
    const SessionFacts &cf = ctx.item(c);
    const QString gap = formatDuration(std::max(0, p.gap));
    switch (all.first().rule) {
    case rule::LegDayCardio:
        f.message
            = (ctx.item(p.first).dayIndex == ctx.item(p.second).dayIndex
                   ? tr("%1 loads the legs on your heavy-leg day (%2 apart): both sessions lose output and "
                        "leg recovery slows.")
                   : tr("%1 loads the legs within 12 h of heavy legs (%2 apart): both sessions lose "
                        "output and leg recovery slows."))
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
        f.message = tr("Active recovery: %1–%2 min easy after heavy legs.")
                        .arg(int(t.activeRecoveryMinMin))
                        .arg(int(t.activeRecoveryMaxMin));
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
                                           "Your legs are still about %1 % fatigued at %2, mostly "
                                           "from %3 (100 % = legs right after a 60-min heavy leg "
                                           "session). Below %4 % is the usual mark for training "
                                           "them hard again.");
    case Region::Upper:
        return QCoreApplication::translate("ordo::Rules",
                                           "Your upper body is still about %1 % fatigued at %2, "
                                           "mostly from %3 (100 % = legs right after a 60-min heavy "
                                           "leg session). Below %4 % is the usual mark for training "
                                           "it hard again.");
    case Region::Core:
        return QCoreApplication::translate("ordo::Rules",
                                           "Your core is still about %1 % fatigued at %2, mostly "
                                           "from %3 (100 % = legs right after a 60-min heavy leg "
                                           "session). Below %4 % is the usual mark for training it "
                                           "hard again.");
    }
    return {};
}

// docs/rules.md rule 25: full body overlaps lower and upper, but not core (R2).
using Residual = std::array<double, kRegionCount>;

// S's group (docs/physiology.md 2.3, R2): lower → legs, upper → upper, core → core, full → the
// higher of legs and upper (legs on a tie).
Region groupOf(const Session &s, const Residual &r)
{
    if (s.focus == Focus::Full)
        return r[int(Region::Upper)] > r[int(Region::Legs)] ? Region::Upper : Region::Legs;
    return mainRegion(s);
}

} // namespace

// The carried-over residual R(S) of docs/rules.md rule 25, in AU per region: the region recovery
// chart's value at S.start (Analysis::liftFatigue, one computation for both) less the cardio that
// ended under sameDay.windowMin before S, which the pair rules judge.
std::array<double, kRegionCount> LegDayRules::residual(const RuleContext &ctx, int i, double chartPercent[])
{
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &s = ctx.item(i);
    Residual r {};
    for (int g = 0; g < kRegionCount; ++g)
        r[g] = chartPercent[g] / 100.0 * t.fatigueRefAU;
    const int reach = int(t.sameDayWindowMin) + facts.maxDuration;
    const int maxSteps = std::min(ctx.itemCount(), std::max(1, int(t.findingsMaxPairNeighbours)));
    for (int k = facts.previous(i), steps = 0; k >= 0 && k != i && steps < maxSteps;
         k = facts.previous(k), ++steps) {
        const SessionFacts &q = ctx.item(k);
        const int d = facts.axis.isCyclic() ? facts.axis.forward(q.start, s.start) : s.start - q.start;
        if (d > reach || (facts.axis.isCyclic() && 2 * d >= facts.axis.period()))
            break;
        const int duration = q.end - q.start;
        if (q.excluded || !q.cardio || d <= 0 || duration - d <= -t.sameDayWindowMin)
            continue;
        const auto w = physiology::regionWeights(*q.s);
        const double f
            = physiology::fatigueAt(q.load, -d, duration, physiology::fatigueTauMinutes(*q.s, t), 0);
        for (int g = 0; g < kRegionCount; ++g)
            r[g] = std::max(0.0, r[g] - w[g] * f);
    }
    return r;
}

void LegDayRules::muscleNotRecovered(RuleContext &ctx) const
{
    if (!ctx.wants(rule::MuscleNotRecovered))
        return;
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    const Analysis &figures = ctx.figures();
    const double limit = t.fatigueNotRecoveredPct / 100.0 * t.fatigueRefAU;
    QHash<QString, int> liftIndex;
    for (int k = 0; k < figures.liftFatigue.size(); ++k)
        liftIndex.insert(figures.liftFatigue[k].sessionId, k);
    // Clause A looks back over back-to-back sessions only: day gap ≤ 1 (under 2 days of start
    // gap) or a start gap below spacing.backToBackMaxStartGapMin (docs/rules.md rule 25).
    const int reach = std::max(int(t.spacingBackToBackMaxStartGapMin), 2 * kMinutesPerDay);
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &s = ctx.item(i);
        if (s.excluded || !s.strength || s.s->load == Load::Light)
            continue;
        const auto lift = liftIndex.constFind(s.s->id);
        if (lift == liftIndex.constEnd())
            continue;
        double chart[kRegionCount];
        for (int g = 0; g < kRegionCount; ++g)
            chart[g] = figures.liftFatigue[*lift].percent[size_t(g)];
        const Residual r = residual(ctx, i, chart);
        const Region g = groupOf(*s.s, r);
        // Clause A: the latest earlier heavy session for overlapping muscles that is back-to-back.
        int prev = -1, prevDelta = 0;
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
            if (q.heavy && facts.backToBack(q, s)) {
                prev = k;
                prevDelta = d;
                break;
            }
        }
        if (prev < 0 && r[int(g)] < limit)
            continue;
        // Each earlier session's share of R(S) at S.start: the chart's sum over the sessions
        // before S, less cardio that ended under sameDay.windowMin before S, bounded like the
        // pair walk (findings.maxPairNeighbours) so crowded plans stay linear.
        QList<QPair<int, double>> shares; // item, AU
        for (int k = facts.previous(i), steps = 0; k >= 0 && k != i && steps < maxSteps;
             k = facts.previous(k), ++steps) {
            const SessionFacts &q = ctx.item(k);
            const int d = facts.axis.isCyclic() ? facts.axis.forward(q.start, s.start) : s.start - q.start;
            if (d > 20 * kMinutesPerDay || (facts.axis.isCyclic() && 2 * d >= facts.axis.period()))
                break;
            const int duration = q.end - q.start;
            if (q.excluded || d <= 0 || q.s->kind == Kind::Mobility
                || (q.cardio && duration - d > -t.sameDayWindowMin))
                continue;
            const double v = phys::regionWeights(*q.s)[int(g)]
                * phys::fatigueAt(q.load, -d, duration, phys::fatigueTauMinutes(*q.s, t), 0);
            if (v > 0)
                shares.append({ k, v });
        }
        std::stable_sort(shares.begin(), shares.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        int pIndex = prev;
        if (pIndex < 0 && !shares.isEmpty())
            pIndex = shares.first().first;
        if (pIndex < 0 || pIndex == i)
            continue;
        RuleContext::PendingPair pending;
        pending.rule = rule::MuscleNotRecovered;
        pending.severity = s.heavy ? Severity::Warning : Severity::Info;
        pending.first = pIndex;
        pending.second = i;
        if (!ctx.texts()) {
            ctx.addPendingPair(pending); // counted only: no words, no search for a time in the fix
            continue;
        }
        const QString sTitle = ctx.title(i);
        if (prev >= 0) {
            // The group both sessions train: S's own group unless S is full body and P is not.
            Region shared = g;
            if (s.s->focus == Focus::Full && ctx.item(prev).s->focus != Focus::Full)
                shared = mainRegion(*ctx.item(prev).s);
            const SessionFacts &p = ctx.item(prev);
            const int dayGap = facts.dayGap(p, s);
            const QString when = dayGap == 0 ? tr("earlier today")
                : dayGap == 1                ? tr("yesterday")
                              : tr("on %1").arg(formatPlanDay(ctx.plan(), facts.wrapDay(p.dayIndex)));
            pending.message = trainedHardSentence(shared).arg(when, ctx.title(prev),
                                                              formatWhen(ctx.plan(), p.start, ctx.clock()))
                + u' '
                + tr("The same muscles usually get 48–72 h, at least one day without hard work for them in "
                     "between.");
            if (r[int(shared)] >= limit)
                pending.message += u' '
                    + tr("They are still about %1 % fatigued.")
                          .arg(std::lround(100.0 * r[int(shared)] / t.fatigueRefAU));
        } else {
            QStringList from;
            for (const auto &[k, v] : std::as_const(shares)) {
                if (from.size() == 2 || v < 0.25 * r[int(g)])
                    break;
                from << tr("%1 (%2)").arg(ctx.title(k),
                                          formatPlanDay(ctx.plan(), facts.wrapDay(ctx.item(k).dayIndex)));
            }
            if (from.isEmpty() && !shares.isEmpty())
                from << ctx.title(shares.first().first);
            const QString sources = from.size() == 2 ? tr("%1 and %2").arg(from[0], from[1]) : from.value(0);
            pending.message = stillFatiguedSentence(g)
                                  .arg(std::lround(100.0 * r[int(g)] / t.fatigueRefAU))
                                  .arg(formatWhen(ctx.plan(), s.start, ctx.clock()), sources)
                                  .arg(int(t.fatigueNotRecoveredPct));
        }
        // Earliest time both clauses clear. Clause A: the later of S's clock time two session days
        // after P and P.start + the back-to-back start gap; then, in autofix.snapMin steps, the
        // residual of the sessions before S below the limit (searched up to 7 days ahead).
        int clear = s.start;
        if (prev >= 0) {
            const int pStart = s.start - prevDelta; // P on S's side of the wrap
            const int pDay
                = pStart >= 0 ? pStart / kMinutesPerDay : -((-pStart + kMinutesPerDay - 1) / kMinutesPerDay);
            const int clock = s.start % kMinutesPerDay;
            clear = std::max({ clear, (pDay + 2) * kMinutesPerDay + clock,
                               pStart + int(t.spacingBackToBackMaxStartGapMin) });
        }
        const int snap = std::max(1, int(t.autoFixSnapMin));
        clear = (clear + snap - 1) / snap * snap;
        // The sessions before S that the search sums, relative to S.start, bounded like the pair
        // walk; the search runs only for a finding that is shown.
        struct Near
        {
            int start = 0, duration = 0;
            double load = 0, tau = 1;
            std::array<double, kRegionCount> weights {};
            bool cardio = false;
        };
        QList<Near> near;
        for (int k = facts.previous(i), steps = 0; k >= 0 && k != i && steps < maxSteps;
             k = facts.previous(k), ++steps) {
            const SessionFacts &q = ctx.item(k);
            const int d = facts.axis.isCyclic() ? facts.axis.forward(q.start, s.start) : s.start - q.start;
            if (d > 20 * kMinutesPerDay || (facts.axis.isCyclic() && 2 * d >= facts.axis.period()))
                break;
            if (q.excluded || d <= 0 || q.s->kind == Kind::Mobility)
                continue;
            near.append({ -d, q.end - q.start, q.load, phys::fatigueTauMinutes(*q.s, t),
                          phys::regionWeights(*q.s), q.cardio });
        }
        const Plan &plan = ctx.plan();
        const ClockFormat clockFormat = ctx.clock();
        const Session *sSession = s.s;
        const int sStart = s.start;
        const bool afterPlan = !facts.axis.isCyclic();
        const int period = facts.axis.period();
        const double sameDay = t.sameDayWindowMin;
        pending.describeFix = [near, &plan, clockFormat, sSession, sStart, clear, snap, limit, afterPlan,
                               period, sameDay, sTitle]() {
            const auto residualAt = [&](int at) {
                const int rel = at - sStart;
                Residual v {};
                for (const Near &e : near) {
                    if (e.cardio && e.start + e.duration > rel - sameDay)
                        continue;
                    const double f = phys::fatigueAt(e.load, e.start, e.duration, e.tau, rel);
                    for (int k = 0; k < kRegionCount; ++k)
                        v[k] += e.weights[k] * f;
                }
                return v[int(groupOf(*sSession, v))];
            };
            int found = -1;
            for (int at = clear; at <= clear + 7 * kMinutesPerDay; at += snap) {
                if (residualAt(at) < limit) {
                    found = at;
                    break;
                }
            }
            return found >= 0 && !(afterPlan && found >= period)
                ? tr("Move %1 to %2 or later, change its focus, or make it light.")
                      .arg(sTitle, formatWhen(plan, found, clockFormat))
                : tr("Move %1 to a later day, change its focus, or make it light.").arg(sTitle);
        };
        ctx.addPendingPair(pending);
    }
}

} // namespace ordo
