// SPDX-License-Identifier: GPL-3.0-or-later

#include "orderrules.h"

#include "enums.h"
#include "findingtext.h"
#include "ruletable.h"

#include <limits>

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

// The modality of rule 46's message, as a word inside the sentence.
QString easyModalityWord(Modality m)
{
    switch (m) {
    case Modality::Walking:
        return QCoreApplication::translate("ordo::Rules", "walking");
    case Modality::Cycling:
        return QCoreApplication::translate("ordo::Rules", "cycling");
    case Modality::Elliptical:
        return QCoreApplication::translate("ordo::Rules", "elliptical");
    case Modality::Rowing:
        return QCoreApplication::translate("ordo::Rules", "rowing");
    default:
        return QCoreApplication::translate("ordo::Rules", "cardio");
    }
}

bool femaleStrength(const RuleContext &ctx)
{
    return ctx.plan().profile.sex == Sex::Female && ctx.goal() == Goal::Strength;
}

// docs/rules.md derived terms: cardio that puts most of its load on the legs (LDC), and hard
// cardio that loads the upper body (ULC).
bool legDominant(const Session &c)
{
    switch (c.modality) {
    case Modality::Walking:
    case Modality::Running:
    case Modality::Cycling:
    case Modality::StairClimbing:
    case Modality::Elliptical:
    case Modality::Jumping:
        return true;
    default:
        return false;
    }
}

bool upperLoading(const Session &c)
{
    return (c.modality == Modality::ArmErgometer || c.modality == Modality::Rowing
            || c.modality == Modality::Swimming)
        && c.intensity != Intensity::Easy;
}

bool heavyUpper(const Session &s)
{
    return s.kind == Kind::Strength && s.load == Load::Heavy
        && (s.focus == Focus::Upper || s.focus == Focus::Full);
}

// Rule 10 by goal, level and intensity, with the step-downs of docs/rules.md rule 10: (a) light
// lifting, (b) an upper-body lift after leg-dominant cardio, (c) women with a strength goal.
MaybeSeverity ampkSeverity(const RuleContext &ctx, const SessionFacts &c, const SessionFacts &s)
{
    if (ctx.goal() == Goal::Endurance)
        return std::nullopt; // R2: cardio first is the endurance order; rule 14 advises instead
    MaybeSeverity sev;
    if (c.s->intensity == Intensity::Hiit)
        sev = Severity::Warning;
    else if (ctx.beginner())
        sev = Severity::Info;
    else
        sev = ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }) ? Severity::Warning : Severity::Info;
    if (s.s->load == Load::Light)
        sev = lower(sev);
    if (s.s->focus == Focus::Upper && legDominant(*c.s))
        sev = lower(sev);
    if (femaleStrength(ctx))
        sev = lower(sev);
    return sev;
}

// Rule 44 for one cardio and one heavy upper-body session in one combined session.
MaybeSeverity upperDaySeverity(const RuleContext &ctx, const SessionFacts &c, const SessionFacts &h, int gap)
{
    const Thresholds &t = ctx.thresholds();
    if (!heavyUpper(*h.s) || !upperLoading(*c.s) || c.warmup || c.s->durationMin < t.cardioMinCountedMin
        || gap < 0 || gap > t.combinedMaxGapMin)
        return std::nullopt;
    if (c.hiit)
        return ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }) ? Severity::Warning : Severity::Info;
    if (ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength, Goal::FatLoss }))
        return Severity::Info;
    return std::nullopt;
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

// Rules 9–12, 14, 44 and 47: cardio first.
void cardioThenStrength(const RuleContext &ctx, const SessionPair &p, PairCandidates &out)
{
    const Thresholds &t = ctx.thresholds();
    const SessionFacts &c = ctx.item(p.cardio);
    const SessionFacts &s = ctx.item(p.strength);
    const int g = p.gap;
    const Session &cs = *c.s;
    // 10: lifting inside the AMPK window.
    const MaybeSeverity ampk
        = c.hard && !c.warmup && g >= 0 && g < c.window ? ampkSeverity(ctx, c, s) : MaybeSeverity {};
    offer(ctx, out, rule::AmpkWindow, ampk);
    // 11: split sessions closer than the recommended gap; none for women with a strength goal.
    const bool splitCardio
        = c.hiitCounted || (cs.intensity == Intensity::Moderate && cs.durationMin >= t.splitMinModerateMin);
    if (splitCardio && cs.intensity != Intensity::Easy && s.s->load != Load::Light && g >= c.window
        && g < t.splitMinGapMin && ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }) && !ctx.beginner()
        && !femaleStrength(ctx))
        offer(ctx, out, rule::SplitGap);
    // 12: beginners starting with intense cardio.
    const bool intenseFirst = ctx.beginner() && c.hiitCounted && g >= 0 && g <= t.beginnerIntenseFirstGapMin;
    if (intenseFirst)
        offer(ctx, out, rule::BeginnerIntenseFirst);
    // 9: a hard "warm-up", reported only beside rule 10 or 12 (R2).
    if (c.hard && cs.durationMin <= t.warmupHardMaxMin && g >= 0 && g <= t.warmupMaxGapMin
        && (ampk || intenseFirst))
        offer(ctx, out, rule::WarmupTooHard);
    // 14: endurance, lifting after the key cardio.
    if (ctx.goal() == Goal::Endurance && (c.hiit || cs.durationMin >= t.enduranceDoseCardioMin)
        && (s.heavy || s.s->durationMin > t.enduranceLiftMaxMin) && g >= 0 && g <= t.enduranceOrderGapMin)
        offer(ctx, out, rule::EnduranceLiftDose);
    // 44: upper-body cardio right before heavy upper-body lifting.
    offer(ctx, out, rule::UpperDayCardio, upperDaySeverity(ctx, c, s, g));
    // 47: explosive work soon after hard cardio.
    if (s.s->explosive && c.hard && !c.warmup && cs.durationMin >= t.cardioMinCountedMin && g >= 0
        && g < t.explosiveMinGapMin)
        offer(ctx, out, rule::ExplosiveAfterCardio,
              ctx.goal() == Goal::Endurance ? Severity::Info : Severity::Warning);
}

// Rules 13, 15, 16, 44 and 46: lifting first.
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
    // 15 (graded, R2): HIIT after lifting, band 1 within one combined session, band 2 under
    // split.minGapMin; the HL + LLC pair belongs to rule 19.
    if (s.s->load != Load::Light && c.hiitCounted && g >= 0 && g < t.splitMinGapMin
        && !(s.heavyLower && c.legLoading)) {
        const bool strict = ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength });
        if (g <= t.combinedMaxGapMin) {
            if (strict)
                offer(ctx, out, rule::PostLiftHiit, Severity::Warning);
            else if (ctx.isGoal({ Goal::FatLoss, Goal::GeneralFitness }))
                offer(ctx, out, rule::PostLiftHiit, Severity::Info);
        } else if (strict) {
            offer(ctx, out, rule::PostLiftHiit, Severity::Info);
        }
    }
    // 16: long moderate cardio after lifting.
    if (cs.intensity == Intensity::Moderate && cs.durationMin > t.postLiftMaxModerateMin && g >= 0
        && g <= t.combinedMaxGapMin && ctx.isGoal({ Goal::FatLoss, Goal::MuscleGrowth, Goal::Strength }))
        offer(ctx, out, rule::PostLiftLong);
    // 44: upper-body cardio right after heavy upper-body lifting.
    offer(ctx, out, rule::UpperDayCardio, upperDaySeverity(ctx, c, s, g));
    // 46: long easy cardio straight after heavy legs (not leg-loading; MG and ST).
    const Modality m = cs.modality;
    if (s.heavyLower && cs.intensity == Intensity::Easy && !c.legLoading
        && (m == Modality::Walking || m == Modality::Cycling || m == Modality::Elliptical
            || m == Modality::Rowing)
        && cs.durationMin > t.legsLongEasyMin && g >= 0 && g <= t.activeRecoveryMaxStartGapMin
        && ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength }))
        offer(ctx, out, rule::LegsLongEasy);
}

} // namespace

QList<int> OrderRules::rules() const
{
    return { rule::Warmup,       rule::WarmupLong,           rule::WarmupTooHard,   rule::AmpkWindow,
             rule::SplitGap,     rule::BeginnerIntenseFirst, rule::EnduranceOrder,  rule::EnduranceLiftDose,
             rule::PostLiftHiit, rule::PostLiftLong,         rule::CombinedTooLong, rule::UpperDayCardio,
             rule::LegsLongEasy, rule::ExplosiveAfterCardio };
}

QList<int> OrderRules::pairRules() const
{
    return { rule::WarmupTooHard,        rule::AmpkWindow,          rule::SplitGap,
             rule::BeginnerIntenseFirst, rule::EnduranceOrder,      rule::EnduranceLiftDose,
             rule::PostLiftHiit,         rule::PostLiftLong,        rule::UpperDayCardio,
             rule::LegsLongEasy,         rule::ExplosiveAfterCardio };
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
    // Rule 12 with rule 10 on the same pair shows rule 12's text only (R2): it is about form.
    describe(ctx, all.first().rule, p, f);
}

void OrderRules::describe(const RuleContext &ctx, int number, const SessionPair &p, Finding &f) const
{
    const Thresholds &t = ctx.thresholds();
    const Plan &plan = ctx.plan();
    const int c = p.cardio;
    const int s = p.strength;
    // docs/rules.md 3.11.5: two sessions with one title are told apart by day and time.
    const QString cTitle = ctx.titleBeside(c, s);
    const QString sTitle = ctx.titleBeside(s, c);
    const SessionFacts &cf = ctx.item(c);
    const SessionFacts &sf = ctx.item(s);
    const QString gap = formatDuration(std::max(0, p.gap));
    const auto when = [&](int axisMinute) { return formatWhen(plan, axisMinute, ctx.clock()); };
    const auto timeOrAfterEnd = [&](int axisMinute) {
        return !ctx.facts().axis.isCyclic() && axisMinute >= ctx.facts().axis.period()
            ? tr("after the end of the plan")
            : when(axisMinute);
    };
    const bool afterEnd = [&](int axisMinute) {
        return !ctx.facts().axis.isCyclic() && axisMinute >= ctx.facts().axis.period();
    }(cf.end + cf.window);
    switch (number) {
    case rule::WarmupTooHard:
        f.message = tr("%1 is a workout, not a warm-up (breathless or sweating heavily = training stimulus).")
                        .arg(cTitle);
        f.fix = tr("Keep warm-ups easy (≤ 60 % HRmax, RPE ≤ 3) or move this cardio after lifting.");
        break;
    case rule::AmpkWindow: {
        const int until = cf.end + cf.window;
        f.message
            = tr("%1 starts %2 after %3. After %4, AMPK is estimated to stay raised until %5 (%6), which "
                 "may blunt the lifting stimulus; tired muscles also manage fewer reps.")
                  .arg(sTitle, gap, cTitle, cardioWords(ctx.session(c), t.ampkVigorousMinRpe),
                       timeOrAfterEnd(until), formatDuration(cf.window));
        if (sf.s->focus == Focus::Upper && legDominant(*cf.s))
            f.message += u' '
                + tr("The effect is smaller for an upper-body session, because the legs did the cardio.");
        if (!afterEnd)
            f.fix = tr("Swap the order (lift first), or move %1 to %2 or later.").arg(sTitle, when(until));
        else
            f.fix = tr("Swap the order (lift first).");
        f.autoFix = swapFix(ctx, p, tr("Swap “%1” and “%2” (lift first)").arg(cTitle, sTitle));
        break;
    }
    case rule::SplitGap:
        f.message
            = tr("%1 between %2 and %3: past the estimated AMPK window, but coaching advice is to leave "
                 "4–6 h between split sessions; %4 gives more margin.")
                  .arg(gap, cTitle, sTitle, formatDuration(int(t.splitMinGapMin)));
        f.fix
            = tr("Keep at least %1 between them, or lift first.").arg(formatDuration(int(t.splitMinGapMin)));
        break;
    case rule::BeginnerIntenseFirst:
        f.message = tr("When you are new to lifting, don't start with intense cardio: tired muscles make "
                       "technique break down (this is about form, not about interference).");
        f.fix = tr("Easy 5–15 min warm-up, then lift, then optional easy cardio.");
        break;
    case rule::EnduranceOrder:
        f.message = tr("For endurance, do the key session (%1) first, while fresh. Lifting before it carries "
                       "fatigue into it (worse running economy up to the next day).")
                        .arg(cTitle);
        f.fix = tr("Swap the order (cardio first, then short lifting), or separate them by at least %1.")
                    .arg(formatDuration(int(t.enduranceOrderGapMin)));
        f.autoFix = swapFix(ctx, p, tr("Swap “%1” and “%2” (cardio first)").arg(sTitle, cTitle));
        break;
    case rule::EnduranceLiftDose: {
        f.message
            = tr("After the key cardio, keep lifting short and moderate (compound lifts, no max effort).");
        const int until = cf.end + cf.window;
        if (cf.window > 0 && !afterEnd) {
            f.message += u' '
                + tr("If it has to be heavy, start it after %1, when the estimated AMPK window after %2 has "
                     "passed.")
                      .arg(when(until), cTitle);
            f.fix = tr("Make %1 moderate and at most %2 min, or start it at %3 or later.")
                        .arg(sTitle)
                        .arg(int(t.enduranceLiftMaxMin))
                        .arg(when(until));
        } else {
            f.fix = tr("Make %1 moderate and at most %2 min.").arg(sTitle).arg(int(t.enduranceLiftMaxMin));
        }
        break;
    }
    case rule::PostLiftHiit: {
        if (p.gap > t.combinedMaxGapMin) {
            f.message = tr("%1 starts %2 after %3: HIIT this close to lifting still adds recovery cost; "
                           "separate them by as many hours as you can — %4 or more, or another day.")
                            .arg(cTitle, gap, sTitle, formatDuration(int(t.splitMinGapMin)));
            const int later = sf.end + int(t.splitMinGapMin);
            f.fix = !ctx.facts().axis.isCyclic() && later >= ctx.facts().axis.period()
                ? tr("Move %1 to another day.").arg(cTitle)
                : tr("Move %1 to %2 or later, or to another day.").arg(cTitle, when(later));
            break;
        }
        if (ctx.goal() == Goal::FatLoss)
            f.message
                = tr("HIIT straight after lifting: one article recommends it for fat loss, two advise "
                     "keeping cardio after lifting moderate because HIIT adds a large recovery cost. Fine "
                     "if you recover well; if your lifting stalls, make it moderate or move it.");
        else if (ctx.goal() == Goal::GeneralFitness)
            f.message = tr("HIIT straight after lifting adds a large recovery cost; moderate cardio after "
                           "lifting, or HIIT on another day, recovers better.");
        else
            f.message
                = tr("HIIT straight after lifting adds a large recovery cost and can eat into the gains "
                     "from the lifting session. Keep cardio after lifting moderate, or give the HIIT its "
                     "own slot.");
        f.fix
            = tr("Make it easy or moderate and at most 30 min, or move the HIIT to a day without lifting or "
                 "at least %1 after lifting.")
                  .arg(formatDuration(int(t.splitMinGapMin)));
        if (cf.s->durationMin <= t.postLiftMaxModerateMin) {
            AutoFix fix;
            fix.type = AutoFix::Type::ChangeIntensity;
            fix.sessionId = ctx.session(c).id;
            fix.newIntensity = Intensity::Moderate;
            fix.description = tr("Make “%1” moderate").arg(cTitle);
            f.autoFix = fix;
        }
        break;
    }
    case rule::PostLiftLong: {
        f.message = tr("%1 of moderate cardio after lifting; %2 or less keeps the recovery cost low.")
                        .arg(formatDuration(ctx.session(c).durationMin),
                             formatDuration(int(t.postLiftMaxModerateMin)));
        f.fix = tr("Shorten it to %1 or less, or make the extra minutes easy (Zone 1).")
                    .arg(formatDuration(int(t.postLiftMaxModerateMin)));
        AutoFix fix;
        fix.type = AutoFix::Type::SetDuration;
        fix.sessionId = ctx.session(c).id;
        fix.newDurationMin = int(t.postLiftMaxModerateMin);
        fix.description = tr("Set “%1” to %2").arg(cTitle, formatDuration(fix.newDurationMin));
        f.autoFix = fix;
        break;
    }
    case rule::UpperDayCardio:
        f.message
            = (p.first == s ? tr("%1 works the same upper-body muscles as %2, right after it: both sessions "
                                 "lose output and upper-body recovery slows.")
                            : tr("%1 works the same upper-body muscles as %2, right before it: both "
                                 "sessions lose output and upper-body recovery slows."))
                  .arg(cTitle, sTitle);
        if (cf.hiit)
            f.message += u' ' + tr("HIIT next to lifting also adds a large recovery cost.");
        f.fix = tr("After an upper-body day choose cardio that spares the arms and back — cycling, walking, "
                   "the "
                   "elliptical, or running on a non-leg day — or move %1 to another day.")
                    .arg(cTitle);
        break;
    case rule::LegsLongEasy: {
        f.message
            = tr("%1 of easy %2 straight after heavy legs: 10–20 min of easy cardio helps recovery, but a "
                 "long session keeps the tired legs working when they should start to recover.")
                  .arg(formatDuration(cf.s->durationMin), easyModalityWord(cf.s->modality));
        f.fix = tr("Keep it to 10–20 min here and do the rest on another day or at least %1 later.")
                    .arg(formatDuration(int(t.splitMinGapMin)));
        AutoFix fix;
        fix.type = AutoFix::Type::SetDuration;
        fix.sessionId = ctx.session(c).id;
        fix.newDurationMin = int(t.activeRecoveryMaxMin);
        fix.description = tr("Set “%1” to %2").arg(cTitle, formatDuration(fix.newDurationMin));
        f.autoFix = fix;
        break;
    }
    case rule::ExplosiveAfterCardio: {
        f.message
            = tr("%1 is explosive work (jumps, throws, Olympic lifts) %2 after %3. Speed and power suffer "
                 "most from cardio done close before them, and power gains were smaller when both were "
                 "trained within one session than with 3 h or more between.")
                  .arg(sTitle, gap, cTitle);
        const int from = cf.end + int(t.explosiveMinGapMin);
        f.fix = !ctx.facts().axis.isCyclic() && from >= ctx.facts().axis.period()
            ? tr("Do the explosive work first.")
            : tr("Do the explosive work first, or start it at %1 or later.").arg(when(from));
        break;
    }
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
    int chainEnd = 0;
    // Item starts and ends on the chain's unwrapped axis.
    QList<int> starts, ends;
    const auto close = [&]() {
        if (chain.size() < 2)
            return;
        // R2: a warm-up at the start and cool-downs at the end (easy cardio of at most
        // combined.coolDownMaxMin after the last lift) are left out of the span and do not count as
        // its cardio.
        qsizetype lo = 0, hi = chain.size();
        while (lo < hi && ctx.item(chain[lo]).warmup)
            ++lo;
        qsizetype lastLift = -1;
        for (qsizetype k = lo; k < hi; ++k) {
            if (ctx.item(chain[k]).strength)
                lastLift = k;
        }
        if (lastLift >= 0) {
            while (hi - 1 > lastLift) {
                const SessionFacts &x = ctx.item(chain[hi - 1]);
                if (!x.cardio || x.s->intensity != Intensity::Easy
                    || x.s->durationMin > t.combinedCoolDownMaxMin)
                    break;
                --hi;
            }
        }
        bool lift = false, cardio = false;
        int spanStart = std::numeric_limits<int>::max(), spanEnd = std::numeric_limits<int>::min();
        for (qsizetype k = lo; k < hi; ++k) {
            lift = lift || ctx.item(chain[k]).strength;
            cardio = cardio || ctx.item(chain[k]).cardio;
            spanStart = std::min(spanStart, starts[k]);
            spanEnd = std::max(spanEnd, ends[k]);
        }
        const int span = spanEnd - spanStart;
        if (lift && cardio && span > t.combinedMaxSpanMin) {
            if (Finding *f = ctx.add(rule::CombinedTooLong, chain); f && !ctx.texts()) {
                ctx.mergeLater(f, RuleContext::MergeInto::PairInChain, QString());
            } else if (f) {
                f->message
                    = tr("This lifting-and-cardio session lasts %1; the usual advice is to keep the whole "
                         "session under 75–80 min.")
                          .arg(formatDuration(span));
                f->fix = tr("Trim the cardio, or move it to another time.");
                ctx.mergeLater(f, RuleContext::MergeInto::PairInChain,
                               tr("The whole session lasts %1; the usual advice is under 75–80 min.")
                                   .arg(formatDuration(span)));
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
            starts.append(start);
            ends.append(end);
            chainEnd = std::max(chainEnd, end);
            continue;
        }
        close();
        // clear() keeps the lists' storage: one chain per session, in every analysis.
        chain.clear();
        starts.clear();
        ends.clear();
        chain.append(idx);
        starts.append(start);
        ends.append(end);
        chainEnd = end;
    }
    close();
}

} // namespace ordo
