// SPDX-License-Identifier: GPL-3.0-or-later

#include "integrityrules.h"

#include "enums.h"
#include "findingtext.h"
#include "ruletable.h"

namespace ordo {

QList<int> IntegrityRules::rules() const
{
    return { rule::Overlap,        rule::Duplicate,           rule::CrossesMidnight,
             rule::CrossesPlanEnd, rule::ImplausibleDuration, rule::RpeMismatch };
}

void IntegrityRules::evaluate(RuleContext &ctx) const
{
    for (int i = 0; i < ctx.itemCount(); ++i) {
        const SessionFacts &x = ctx.item(i);
        if (x.excluded) {
            duplicate(ctx, x.duplicateOf, i);
            continue;
        }
        crossesMidnight(ctx, i);
        crossesPlanEnd(ctx, i);
        implausibleDuration(ctx, i);
        rpeMismatch(ctx, i);
    }
}

// Rule 1, on the overlapping pairs of the pair walk (any kinds, mobility included).
void IntegrityRules::evaluatePair(RuleContext &ctx, SessionPair &p, PairCandidates &) const
{
    if (!ctx.wants(rule::Overlap))
        return;
    const SessionFacts &a = ctx.item(p.first);
    const SessionFacts &b = ctx.item(p.second);
    const int d = p.gap + (a.end - a.start); // start distance
    const int minutes = std::min(a.end - a.start - d, b.end - b.start);
    if (minutes < 1)
        return;
    if (Finding *f = ctx.add(rule::Overlap, { p.first, p.second })) {
        const Plan &plan = ctx.plan();
        f->message = tr("%1 and %2 overlap by %3 min — they can't both be done.")
                         .arg(ctx.title(p.first), ctx.title(p.second))
                         .arg(minutes);
        // Move the later-starting one to A's end, snapped up to 15 min.
        const int snap = std::max(1, int(ctx.thresholds().autoFixSnapMin));
        const int target = (a.end + snap - 1) / snap * snap;
        f->fix = tr("Move %1 to %2, or shorten one of them.")
                     .arg(ctx.title(p.second), formatWhen(plan, target, ctx.clock()));
        const TimeAxis &axis = ctx.facts().axis;
        if (axis.isCyclic() || target < axis.period()) {
            AutoFix fix;
            fix.type = AutoFix::Type::Move;
            fix.sessionId = ctx.session(p.second).id;
            fix.newAxisStart = axis.wrap(target);
            fix.description
                = tr("Move “%1” to %2").arg(ctx.title(p.second), formatWhen(plan, target, ctx.clock()));
            f->autoFix = fix;
        }
    }
}

void IntegrityRules::duplicate(RuleContext &ctx, int a, int b) const
{
    if (!ctx.wants(rule::Duplicate) || a < 0)
        return;
    if (Finding *f = ctx.add(rule::Duplicate, { a, b })) {
        const SessionFacts &x = ctx.item(a);
        f->message = tr("%1 duplicates %2: same start, %3, and same type. Until one is deleted, Ordo counts "
                        "only the first.")
                         .arg(ctx.title(b), ctx.title(a), formatWhen(ctx.plan(), x.start, ctx.clock()));
        f->fix = tr("Delete one of them.");
        AutoFix fix;
        fix.type = AutoFix::Type::Delete;
        fix.sessionId = ctx.session(b).id;
        fix.description = tr("Delete the second “%1”").arg(ctx.title(b));
        f->autoFix = fix;
    }
}

void IntegrityRules::crossesMidnight(RuleContext &ctx, int i) const
{
    const SessionFacts &x = ctx.item(i);
    const Session &s = *x.s;
    if (!ctx.wants(rule::CrossesMidnight) || s.startMinute + s.durationMin <= kMinutesPerDay)
        return;
    const int m1 = kMinutesPerDay - s.startMinute;
    if (Finding *f = ctx.add(rule::CrossesMidnight, { i })) {
        f->message = tr("%1 runs past midnight: it counts as a %2 session; charts split its load and energy "
                        "by minutes (%3 min on %2, %4 min on %5).")
                         .arg(ctx.title(i), formatPlanDay(ctx.plan(), x.dayIndex))
                         .arg(m1)
                         .arg(s.durationMin - m1)
                         .arg(formatPlanDay(ctx.plan(), x.dayIndex + 1));
        f->fix = tr("None needed; start earlier if this was not intended.");
        // R2: at the end of a one-off plan, the crosses-plan-end finding says it all.
        ctx.mergeLater(f, RuleContext::MergeInto::PlanEndOfSession, QString());
    }
}

void IntegrityRules::crossesPlanEnd(RuleContext &ctx, int i) const
{
    const SessionFacts &x = ctx.item(i);
    const int period = ctx.facts().axis.period();
    if (!ctx.wants(rule::CrossesPlanEnd) || ctx.plan().repeat || x.end <= period)
        return;
    if (Finding *f = ctx.add(rule::CrossesPlanEnd, { i })) {
        const QString day = formatPlanDay(ctx.plan(), x.dayIndex);
        f->message = tr("%1 runs %2 min past the end of the plan (midnight after %3); it counts as a %3 "
                        "session, and those %2 min are left out of the charts and totals.")
                         .arg(ctx.title(i))
                         .arg(x.end - period)
                         .arg(day);
        f->fix = tr("Shorten it, start it earlier, or add a week.");
    }
}

void IntegrityRules::implausibleDuration(RuleContext &ctx, int i) const
{
    if (!ctx.wants(rule::ImplausibleDuration))
        return;
    const Thresholds &t = ctx.thresholds();
    const Session &s = ctx.session(i);
    double limit = 0;
    if (s.kind == Kind::Strength) {
        limit = t.durationStrengthMaxMin;
    } else if (s.kind == Kind::Cardio) {
        limit = s.intensity == Intensity::Hiit   ? t.durationHiitMaxMin
            : s.intensity == Intensity::Moderate ? t.durationModerateMaxMin
                                                 : t.durationEasyMaxMin;
    } else {
        return;
    }
    if (s.durationMin <= limit)
        return;
    // The words only for a finding: this runs for every session of every analysis.
    const QString what = s.kind == Kind::Strength ? tr("strength training")
        : s.intensity == Intensity::Hiit          ? tr("HIIT")
        : s.intensity == Intensity::Moderate      ? tr("moderate cardio")
                                                  : tr("easy cardio");
    // R2: info for endurance, where long rides and runs are normal (it only catches typing errors).
    const Severity sev = ctx.goal() == Goal::Endurance ? Severity::Info : Severity::Warning;
    if (Finding *f = ctx.add(rule::ImplausibleDuration, sev, { i })) {
        f->message = tr("%1: %2 of %3 is unusually long; check the duration.")
                         .arg(ctx.title(i), formatDuration(s.durationMin), what);
        f->fix = tr("Correct the duration or split the session.");
    }
}

void IntegrityRules::rpeMismatch(RuleContext &ctx, int i) const
{
    if (!ctx.wants(rule::RpeMismatch))
        return;
    const Thresholds &t = ctx.thresholds();
    const Session &s = ctx.session(i);
    const double r = s.effectiveRpe();
    bool mismatch = false;
    if (s.kind == Kind::Cardio) {
        switch (s.intensity) {
        case Intensity::Easy:
            mismatch = r >= t.rpeEasyMismatchMin;
            break;
        case Intensity::Moderate:
            mismatch = r <= t.rpeModerateMismatchMax || r >= t.rpeModerateMismatchMin;
            break;
        case Intensity::Hiit:
            mismatch = r <= t.rpeHiitMismatchMax;
            break;
        }
    } else if (s.kind == Kind::Strength) {
        if (s.load == Load::Heavy)
            mismatch = r <= t.rpeHeavyMismatchMax;
        else if (s.load == Load::Light)
            mismatch = r >= t.rpeLightMismatchMin;
    }
    if (!mismatch)
        return;
    if (Finding *f = ctx.add(rule::RpeMismatch, { i })) {
        const QString label
            = s.kind == Kind::Cardio ? intensityWord(s.intensity) : displayName(s.load).toLower();
        f->message
            = tr("%1: RPE %2 does not match “%3”. Findings go by the intensity (moderate cardio at RPE "
                 "%4 or more counts as hard steady cardio, with a longer AMPK window); training load "
                 "goes by the RPE.")
                  .arg(ctx.title(i), QString::number(r), label, QString::number(t.ampkVigorousMinRpe));
        f->fix = tr("Change the intensity or the RPE.");
    }
}

} // namespace ordo
