// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderrules.h"

#include "enums.h"
#include "findingtext.h"
#include "ruletable.h"

namespace ordo {

namespace {

using MaybeSeverity = std::optional<Severity>;

// docs/rules.md "Severity": one step lower is warning → info → none.
MaybeSeverity lower(MaybeSeverity s)
{
    if (!s || *s == Severity::Info)
        return std::nullopt;
    return *s == Severity::Critical ? Severity::Warning : Severity::Info;
}

// Rule 10 by goal, level and intensity; light lifting one step lower.
MaybeSeverity ampkSeverity(const RuleContext &ctx, const SessionFacts &c, const SessionFacts &s)
{
    MaybeSeverity sev;
    if (c.s->intensity == Intensity::Hiit) {
        // R2: none for endurance; cardio first is its recommended order, and rule 14 gives
        // the advice instead (docs/rules.md rule 10).
        sev = ctx.goal() == Goal::Endurance ? MaybeSeverity {} : MaybeSeverity { Severity::Warning };
    } else if (ctx.goal() == Goal::Endurance) {
        sev = std::nullopt;
    } else if (ctx.beginner()) {
        sev = Severity::Info;
    } else {
        sev = ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }) ? Severity::Warning : Severity::Info;
    }
    if (s.s->load == Load::Light)
        sev = lower(sev);
    return sev;
}

AutoFix swapFix(const RuleContext &ctx, const SessionPair &p, const QString &description)
{
    AutoFix fix;
    fix.type = AutoFix::Type::Swap;
    fix.sessionId = ctx.session(p.first).id;
    fix.otherSessionId = ctx.session(p.second).id;
    fix.description = description;
    return fix;
}

// Rules 9–12 and 14: cardio first.
void cardioThenStrength(const RuleContext &ctx, const SessionPair &p, PairCandidates &out)
{
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &c = ctx.item(p.cardio);
    const SessionFacts &s = ctx.item(p.strength);
    const int g = p.gap;
    const Session &cs = *c.s;
    // 9: a hard "warm-up".
    if (c.hard && cs.durationMin <= t.warmupHardMaxMin && g >= 0 && g <= t.warmupMaxGapMin)
        offer(ctx, out, rule::WarmupTooHard);
    // 10: lifting inside the AMPK window.
    if (c.hard && !c.warmup && g >= 0 && g < c.window)
        offer(ctx, out, rule::AmpkWindow, ampkSeverity(ctx, c, s));
    // 11: split sessions closer than the recommended gap.
    const bool splitCardio
        = c.hiitCounted || (cs.intensity == Intensity::Moderate && cs.durationMin >= t.splitMinModerateMin);
    if (splitCardio && cs.intensity != Intensity::Easy && s.s->load != Load::Light && g >= c.window
        && g < t.splitMinGapMin && ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }) && !ctx.beginner())
        offer(ctx, out, rule::SplitGap);
    // 12: beginners starting with intense cardio.
    if (ctx.beginner() && c.hiitCounted && g >= 0 && g <= t.beginnerIntenseFirstGapMin)
        offer(ctx, out, rule::BeginnerIntenseFirst);
    // 14: endurance, lifting after the key cardio.
    if (ctx.goal() == Goal::Endurance && (c.hiit || cs.durationMin >= t.enduranceDoseCardioMin)
        && (s.heavy || s.s->durationMin > t.enduranceLiftMaxMin) && g >= 0 && g <= t.enduranceOrderGapMin)
        offer(ctx, out, rule::EnduranceLiftDose);
}

// Rules 13, 15 and 16: lifting first.
void strengthThenCardio(const RuleContext &ctx, const SessionPair &p, PairCandidates &out)
{
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &s = ctx.item(p.strength);
    const SessionFacts &c = ctx.item(p.cardio);
    const int g = p.gap;
    const Session &cs = *c.s;
    // 13: endurance, lifting before the key cardio.
    if (ctx.goal() == Goal::Endurance
        && (c.hiit || (cs.intensity == Intensity::Moderate && cs.durationMin >= t.enduranceKeyModerateMin)
            || cs.durationMin >= t.enduranceKeyAnyMin)
        && g >= 0 && g < t.enduranceOrderGapMin)
        offer(ctx, out, rule::EnduranceOrder, (c.hiit || s.heavyLower) ? Severity::Warning : Severity::Info);
    // 15: HIIT straight after lifting (the HL + LLC pair belongs to rule 19).
    if (s.s->load != Load::Light && c.hiitCounted && g >= 0 && g <= t.combinedMaxGapMin
        && !(s.heavyLower && c.legLoading)) {
        if (ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }))
            offer(ctx, out, rule::PostLiftHiit, Severity::Warning);
        else if (ctx.isGoal({ Goal::FatLoss, Goal::GeneralFitness }))
            offer(ctx, out, rule::PostLiftHiit, Severity::Info);
    }
    // 16: long moderate cardio after lifting.
    if (cs.intensity == Intensity::Moderate && cs.durationMin > t.postLiftMaxModerateMin && g >= 0
        && g <= t.combinedMaxGapMin && ctx.isGoal({ Goal::FatLoss, Goal::MuscleGrowth, Goal::Strength }))
        offer(ctx, out, rule::PostLiftLong);
}

} // namespace

QList<int> OrderRules::rules() const
{
    return { rule::Warmup,       rule::WarmupLong,           rule::WarmupTooHard,  rule::AmpkWindow,
             rule::SplitGap,     rule::BeginnerIntenseFirst, rule::EnduranceOrder, rule::EnduranceLiftDose,
             rule::PostLiftHiit, rule::PostLiftLong,         rule::CombinedTooLong };
}

QList<int> OrderRules::pairRules() const
{
    return { rule::WarmupTooHard,  rule::AmpkWindow,        rule::SplitGap,     rule::BeginnerIntenseFirst,
             rule::EnduranceOrder, rule::EnduranceLiftDose, rule::PostLiftHiit, rule::PostLiftLong };
}

void OrderRules::evaluate(RuleContext &ctx) const
{
    warmups(ctx);
    combinedSessions(ctx);
}

// --- 3.2 Warm-ups (rules 7, 8) -------------------------------------------------------------

void OrderRules::warmups(RuleContext &ctx) const
{
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &c = ctx.item(i);
        if (c.warmup && ctx.wants(rule::Warmup)) {
            if (Finding *f = ctx.add(rule::Warmup, { i })) {
                f->message = tr("Warm-up, not a cardio session — no interference expected.");
                f->fix = QString();
            }
        } else if (c.warmupLong && ctx.wants(rule::WarmupLong)) {
            if (Finding *f = ctx.add(rule::WarmupLong, { i })) {
                f->message = tr("%1 is longer than a typical warm-up (10–15 min). Still easy, so no "
                                "interference is expected, but it counts as a cardio session.")
                                 .arg(ctx.title(i));
                f->fix = tr("Shorten to ≤ %1 min if it is meant as a warm-up.")
                             .arg(int(ctx.thresholds().warmupMaxMin));
            }
        }
    }
}

// --- 3.3–3.4 Pairs (rules 9–16) -------------------------------------------------------------

void OrderRules::evaluatePair(RuleContext &ctx, SessionPair &p, PairCandidates &out) const
{
    if (p.cardio == p.first)
        cardioThenStrength(ctx, p, out);
    else
        strengthThenCardio(ctx, p, out);
}

void OrderRules::describePair(const RuleContext &ctx, const SessionPair &p, const PairCandidates &all,
                              Finding &f) const
{
    const int won = all.first().rule;
    describe(ctx, won, p, f);
    if (won == rule::BeginnerIntenseFirst) {
        // Rule 12: with rule 10 on the same pair, one finding shows both texts.
        for (qsizetype k = 1; k < all.size(); ++k) {
            if (all[k].rule == rule::AmpkWindow) {
                Finding other;
                describe(ctx, rule::AmpkWindow, p, other);
                f.message += u' ' + other.message;
            }
        }
    }
}

void OrderRules::describe(const RuleContext &ctx, int number, const SessionPair &p, Finding &f) const
{
    const Thresholds &t = ctx.thresholds();
    const Plan &plan = ctx.plan();
    const int c = p.cardio;
    const int s = p.strength;
    const SessionFacts &cf = ctx.item(c);
    const QString gap = formatDuration(std::max(0, p.gap));
    switch (number) {
    case rule::WarmupTooHard:
        f.message = tr("%1 is a workout, not a warm-up (breathless or sweating heavily = training stimulus).")
                        .arg(ctx.title(c));
        f.fix = tr("Keep warm-ups easy (≤ 60 % HRmax, RPE ≤ 3) or move this cardio after lifting.");
        break;
    case rule::AmpkWindow: {
        const int until = cf.end + cf.window;
        const QString word = intensityWord(ctx.session(c).intensity);
        f.message = tr("%1 starts %2 after %3 (%4). AMPK is estimated to stay elevated until %5 (%6 h after "
                       "%4 cardio), which may blunt the lifting stimulus; pre-tired muscles also manage "
                       "fewer reps.")
                        .arg(ctx.title(s), gap, ctx.title(c), word, formatWhen(plan, until, ctx.clock()),
                             formatHours(cf.window));
        f.fix = tr("Swap the order (lift first), or move %1 to %2 or later.")
                    .arg(ctx.title(s), formatWhen(plan, until, ctx.clock()));
        f.autoFix = swapFix(ctx, p, tr("Swap “%1” and “%2” (lift first)").arg(ctx.title(c), ctx.title(s)));
        break;
    }
    case rule::SplitGap:
        f.message = tr("%1 between %2 and %3: past the estimated AMPK window, but the seeds ask for 4–6 h "
                       "between split sessions; %4 gives more margin.")
                        .arg(gap, ctx.title(c), ctx.title(s), formatDuration(int(t.splitMinGapMin)));
        f.fix = tr("Keep ≥ %1, or lift first.").arg(formatDuration(int(t.splitMinGapMin)));
        break;
    case rule::BeginnerIntenseFirst:
        f.message = tr("When you are new to lifting, don't start with intense cardio: tired muscles make "
                       "technique break down (this is about form, not AMPK).");
        f.fix = tr("Easy 5–15 min warm-up, then lift, then optional easy cardio.");
        break;
    case rule::EnduranceOrder:
        f.message = tr("For endurance, do the key session (%1) first, while fresh. Lifting before it carries "
                       "fatigue into it (worse running economy up to the next day).")
                        .arg(ctx.title(c));
        f.fix = tr("Swap the order (cardio first, then short lifting), or separate them by ≥ %1.")
                    .arg(formatDuration(int(t.enduranceOrderGapMin)));
        f.autoFix = swapFix(ctx, p, tr("Swap “%1” and “%2” (cardio first)").arg(ctx.title(s), ctx.title(c)));
        break;
    case rule::EnduranceLiftDose:
        f.message
            = tr("After the key cardio, keep lifting short and moderate (compound lifts, no max effort).");
        f.fix = tr("Make %1 moderate and ≤ %2 min.").arg(ctx.title(s)).arg(int(t.enduranceLiftMaxMin));
        break;
    case rule::PostLiftHiit:
        f.message = tr("HIIT straight after lifting adds a large recovery cost. Sources disagree: one "
                       "recommends it for fat loss, two advise keeping post-lifting cardio moderate.");
        f.fix = tr("Make it easy or moderate and ≤ 30 min, or move the HIIT to a non-lifting day (or ≥ 6 "
                   "h later).");
        break;
    case rule::PostLiftLong:
        f.message = tr("%1 min of moderate cardio after lifting; %2 min or less keeps recovery cost low.")
                        .arg(ctx.session(c).durationMin)
                        .arg(int(t.postLiftMaxModerateMin));
        f.fix = tr("Shorten to ≤ %1 min, or make the extra minutes easy (Zone 1).")
                    .arg(int(t.postLiftMaxModerateMin));
        break;
    default:
        break;
    }
}

// --- 3.4 Combined sessions (rule 17) ---------------------------------------------------------

void OrderRules::combinedSessions(RuleContext &ctx) const
{
    if (!ctx.wants(rule::CombinedTooLong))
        return;
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    QList<int> order;
    for (int i = 0; i < ctx.itemCount(); ++i) {
        if (!ctx.item(i).excluded && ctx.item(i).s->kind != Kind::Mobility)
            order.append(i);
    }
    if (order.size() < 2)
        return;
    const int n = int(order.size());
    const int maxGap = int(t.combinedMaxGapMin);
    // On a cyclic plan start the walk after a real break so no chain is cut at the wrap.
    int first = 0;
    if (facts.axis.isCyclic()) {
        first = -1;
        for (int k = 0; k < n; ++k) {
            const int prev = order[(k + n - 1) % n];
            if (facts.gap(ctx.item(prev), ctx.item(order[k])) > maxGap) {
                first = k;
                break;
            }
        }
        if (first < 0)
            first = 0;
    }
    QList<int> chain;
    int chainStart = 0, chainEnd = 0;
    const auto close = [&]() {
        if (chain.size() < 2)
            return;
        bool lift = false, cardio = false;
        for (int i : std::as_const(chain)) {
            lift = lift || ctx.item(i).strength;
            cardio = cardio || ctx.item(i).cardio;
        }
        const int span = chainEnd - chainStart;
        if (lift && cardio && span > t.combinedMaxSpanMin) {
            if (Finding *f = ctx.add(rule::CombinedTooLong, chain)) {
                f->message = tr("Combined session lasts %1 min; the seed keeps lifting plus cardio under "
                                "75–80 min.")
                                 .arg(span);
                f->fix = tr("Trim the cardio, or split it off to another time.");
            }
        }
    };
    for (int k = 0; k < n; ++k) {
        const int idx = order[(first + k) % n];
        const bool wrapped = facts.axis.isCyclic() && first + k >= n;
        const int start = ctx.item(idx).start + (wrapped ? facts.axis.period() : 0);
        const int end = ctx.item(idx).end + (wrapped ? facts.axis.period() : 0);
        if (!chain.isEmpty() && start - chainEnd <= maxGap) {
            chain.append(idx);
            chainEnd = std::max(chainEnd, end);
            continue;
        }
        close();
        chain = { idx };
        chainStart = start;
        chainEnd = end;
    }
    close();
}

} // namespace ordo
