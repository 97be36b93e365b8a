// SPDX-License-Identifier: GPL-3.0-or-later

#include "hiitdoserules.h"

#include "enums.h"
#include "findingtext.h"
#include "ruletable.h"

#include <limits>

namespace ordo {

namespace {

// Splits a time-ordered list into maximal chains of neighbours linked by `linked`; on a
// cyclic plan a chain may run across the wrap.
template<typename Linked>
QList<QList<int>> chains(const RuleContext &ctx, const QList<int> &list, Linked linked)
{
    QList<QList<int>> out;
    const int n = int(list.size());
    if (n == 0)
        return out;
    int first = 0;
    const bool cyclic = ctx.facts().axis.isCyclic() && n > 1;
    if (cyclic) {
        first = -1;
        for (int k = 0; k < n; ++k) {
            if (!linked(list[(k + n - 1) % n], list[k])) {
                first = k;
                break;
            }
        }
        if (first < 0) {
            out.append(list);
            return out;
        }
    }
    QList<int> cur { list[first] };
    for (int k = 1; k < n; ++k) {
        const int idx = list[(first + k) % n];
        if (linked(cur.last(), idx)) {
            cur.append(idx);
        } else {
            out.append(cur);
            cur = { idx };
        }
    }
    out.append(cur);
    return out;
}

} // namespace

QList<int> HiitDoseRules::rules() const
{
    return { rule::DoubleHiitDay, rule::HiitSpacing, rule::HiitWeekly, rule::HiitHeavyStreak,
             rule::BeginnerHiit };
}

void HiitDoseRules::evaluate(RuleContext &ctx) const
{
    const PlanFacts &facts = ctx.facts();
    QList<int> hiit;
    for (int i = 0; i < ctx.itemCount(); ++i) {
        if (!ctx.item(i).excluded && ctx.item(i).hiitCounted)
            hiit.append(i);
    }
    // 26: two or more HIIT sessions on one day or within 12 h.
    const auto sameDay = [&](int a, int b) {
        return ctx.item(a).dayIndex == ctx.item(b).dayIndex
            || facts.gap(ctx.item(a), ctx.item(b)) < ctx.thresholds().sameDayWindowMin;
    };
    QList<int> clusterOf(ctx.itemCount(), -1);
    const QList<QList<int>> days = chains(ctx, hiit, sameDay);
    for (int c = 0; c < days.size(); ++c) {
        const QList<int> &cl = days[c];
        if (cl.size() < 2)
            continue;
        for (int i : cl)
            clusterOf[i] = c;
        if (!ctx.wants(rule::DoubleHiitDay))
            continue;
        const bool legs
            = std::any_of(cl.cbegin(), cl.cend(), [&](int i) { return ctx.item(i).hiitBesideHeavyLegs; });
        if (Finding *f = ctx.add(rule::DoubleHiitDay, legs ? Severity::Critical : Severity::Warning, cl)) {
            // Clusters hold at least two sessions, so the plural is always right.
            f->message = (legs ? tr("%1 HIIT sessions in one day + heavy legs: the recovery cost stacks up.")
                               : tr("%1 HIIT sessions in one day: the recovery cost stacks up."))
                             .arg(cl.size());
            f->fix = tr("Keep one HIIT; make the other easy, or move it ≥ 48 h away.");
        }
    }
    hiitSpacing(ctx, hiit, clusterOf);
    hiitWeekly(ctx, hiit);
    beginnerHiit(ctx, hiit);
    hiitHeavyStreak(ctx);
}

// 27: HIIT spacing. Three within 72 h is a warning that absorbs the pairwise notes inside it;
// pairs already in one rule 26 cluster are left to rule 26.
void HiitDoseRules::hiitSpacing(RuleContext &ctx, const QList<int> &hiit, const QList<int> &clusterOf) const
{
    const int n = int(hiit.size());
    if (!ctx.wants(rule::HiitSpacing) || n < 2)
        return;
    const PlanFacts &facts = ctx.facts();
    const Thresholds &t = ctx.thresholds();
    const int count = std::max(2, int(t.hiitClusterCount));
    const bool cyclic = facts.axis.isCyclic();
    QList<int> groupOf(n, -1); // warning group of each HIIT position
    QList<QList<int>> groups;
    if (n >= count) {
        const int anchors = cyclic ? n : n - count + 1;
        QList<int> cur;
        int curEnd = -1; // last position (unwrapped) in the current group
        for (int k = 0; k < anchors; ++k) {
            const int a = hiit[k];
            const int b = hiit[(k + count - 1) % n];
            const int span = cyclic ? facts.axis.forward(ctx.item(a).start, ctx.item(b).start)
                                    : ctx.item(b).start - ctx.item(a).start;
            bool allSameDay = clusterOf[a] >= 0;
            for (int m = 1; m < count && allSameDay; ++m)
                allSameDay = clusterOf[hiit[(k + m) % n]] == clusterOf[a];
            if (span >= t.hiitClusterSpanMin || allSameDay)
                continue;
            if (!cur.isEmpty() && k <= curEnd) {
                for (int m = curEnd + 1; m <= k + count - 1; ++m)
                    cur.append(hiit[m % n]);
            } else {
                if (!cur.isEmpty())
                    groups.append(cur);
                cur.clear();
                for (int m = k; m <= k + count - 1; ++m)
                    cur.append(hiit[m % n]);
            }
            curEnd = k + count - 1;
            for (int m = k; m <= k + count - 1; ++m)
                groupOf[m % n] = int(groups.size());
        }
        if (!cur.isEmpty())
            groups.append(cur);
    }
    for (const QList<int> &grp : std::as_const(groups)) {
        const SessionFacts &x = ctx.item(grp.first()), &y = ctx.item(grp.last());
        const int span = cyclic ? facts.axis.forward(x.start, y.start) : y.start - x.start;
        if (Finding *f = ctx.add(rule::HiitSpacing, Severity::Warning, grp)) {
            f->message = tr("%1 HIIT sessions within %2: about 48 h between them lets you hit each one hard.")
                             .arg(grp.size())
                             .arg(formatDuration(span));
            f->fix = tr("Keep a day without HIIT between them, or make one of them moderate.");
        }
    }
    const int pairs = cyclic ? n : n - 1;
    for (int k = 0; k < pairs; ++k) {
        const int a = hiit[k], b = hiit[(k + 1) % n];
        if (a == b || (groupOf[k] >= 0 && groupOf[k] == groupOf[(k + 1) % n]))
            continue;
        if (clusterOf[a] >= 0 && clusterOf[a] == clusterOf[b])
            continue; // already rule 26
        // R2: only back-to-back pairs (docs/rules.md derived terms); every other day is fine.
        const SessionFacts &x = ctx.item(a), &y = ctx.item(b);
        if (!facts.backToBack(x, y))
            continue;
        const int delta = cyclic ? facts.axis.forward(x.start, y.start) : y.start - x.start;
        if (Finding *f = ctx.add(rule::HiitSpacing, Severity::Info, { a, b })) {
            f->message = tr("HIIT on back-to-back days (%1 and %2, %3 apart): about 48 h between interval "
                            "sessions lets you go hard again.")
                             .arg(formatPlanDay(ctx.plan(), x.dayIndex),
                                  formatPlanDay(ctx.plan(), y.dayIndex), formatDuration(delta));
            const int later = facts.wrapDay(y.dayIndex + 1);
            f->fix = later >= 0 ? tr("Keep a day without HIIT between them (for example move %1 to %2), or "
                                     "make one of them moderate.")
                                      .arg(ctx.title(b), formatPlanDay(ctx.plan(), later))
                                : tr("Keep a day without HIIT between them, or make one of them moderate.");
        }
    }
}

// 28: HIIT sessions in any rolling 7 days (R2: not for beginners, rule 45 covers them).
void HiitDoseRules::hiitWeekly(RuleContext &ctx, const QList<int> &hiit) const
{
    if (!ctx.wants(rule::HiitWeekly) || ctx.beginner())
        return;
    const int over = int(ctx.thresholds().hiitMaxPerWeek);
    const bool strict = ctx.isGoal({ Goal::MuscleGrowth, Goal::Strength });
    ctx.rolling(hiit, strict ? over : over + 1, [&](const QList<int> &window) {
        const int count = int(window.size());
        const Severity sev = count > over ? Severity::Warning : Severity::Info;
        const bool lifting = !ctx.sessionsOnDays(ctx.item(window.first()).dayIndex, kDaysPerWeek,
                                                 [](const SessionFacts &x) { return x.strength; })
                                  .isEmpty();
        if (Finding *f = ctx.add(rule::HiitWeekly, sev, window)) {
            if (!lifting)
                f->message
                    = tr("%1 HIIT sessions in 7 days leave little time to recover between them.").arg(count);
            else if (count > over)
                f->message
                    = tr("%1 HIIT sessions in 7 days; more than 2–3 a week starts to eat into recovery "
                         "between lifting sessions.")
                          .arg(count);
            else
                f->message = tr("%1 HIIT sessions in 7 days — the top of what fits beside muscle or strength "
                                "training.")
                                 .arg(count);
            f->fix = tr("Replace one with moderate or easy cardio.");
        }
    });
}

// 45 (R2): HIIT for beginners, per rolling 7 days and per session.
void HiitDoseRules::beginnerHiit(RuleContext &ctx, const QList<int> &hiit) const
{
    if (!ctx.wants(rule::BeginnerHiit) || !ctx.beginner())
        return;
    const Thresholds &t = ctx.thresholds();
    const int infoCount = std::max(1, int(t.beginnerHiitInfoCount));
    const int warnCount = std::max(infoCount, int(t.beginnerHiitWarnCount));
    ctx.rolling(hiit, infoCount, [&](const QList<int> &window) {
        const int count = int(window.size());
        const Severity sev = count >= warnCount ? Severity::Warning : Severity::Info;
        if (Finding *f = ctx.add(rule::BeginnerHiit, sev, window)) {
            f->message
                = tr("%1 HIIT sessions in 7 days. In your first months one interval session a week is "
                     "plenty: moderate effort builds the base, and hard fatigue makes lifting technique "
                     "break down.")
                      .arg(count);
            f->fix = tr("Make %n of them moderate (steady, conversational pace).", nullptr, count - 1);
            ctx.noteBeginnerWindow(f);
        }
    });
    for (int i : hiit) {
        const Session &c = ctx.session(i);
        if (c.durationMin <= t.beginnerMaxHiitMin)
            continue;
        if (Finding *f = ctx.add(rule::BeginnerHiit, Severity::Info, { i })) {
            const QString d = formatDuration(c.durationMin);
            f->message
                = tr("%1 is %2 of intervals; while you are learning to lift, keep intervals to about %3.")
                      .arg(ctx.title(i), d, formatDuration(int(t.beginnerMaxHiitMin)));
            f->fix = tr("Shorten it to %1 or make part of it moderate.")
                         .arg(formatDuration(int(t.beginnerMaxHiitMin)));
            ctx.mergeLater(f, RuleContext::MergeInto::BeginnerWindowHolding,
                           tr("%1 alone is %2; keep intervals to about %3 for now.")
                               .arg(ctx.title(i), d, formatDuration(int(t.beginnerMaxHiitMin))));
        }
    }
}

// 29: HIIT and heavy lifting on consecutive days.
void HiitDoseRules::hiitHeavyStreak(RuleContext &ctx) const
{
    if (!ctx.wants(rule::HiitHeavyStreak))
        return;
    const PlanFacts &facts = ctx.facts();
    QList<bool> hiitDay(facts.dayCount, false), heavyDay(facts.dayCount, false);
    for (const SessionFacts &x : facts.items) {
        if (x.excluded || x.dayIndex < 0 || x.dayIndex >= facts.dayCount)
            continue;
        if (x.hiitCounted)
            hiitDay[x.dayIndex] = true;
        if (x.heavy)
            heavyDay[x.dayIndex] = true;
    }
    QList<bool> both(facts.dayCount);
    for (int d = 0; d < facts.dayCount; ++d)
        both[d] = hiitDay[d] && heavyDay[d];
    for (const auto &[startDay, length] : ctx.dayRuns(both)) {
        if (length < ctx.thresholds().hiitHeavyStreakDays)
            continue;
        const QList<int> ids = ctx.sessionsOnDays(
            startDay, length, [](const SessionFacts &x) { return x.hiitCounted || x.heavy; });
        if (Finding *f = ctx.add(rule::HiitHeavyStreak, ids, startDay * kMinutesPerDay)) {
            f->message = tr("HIIT and heavy lifting %1 days in a row — fatigue builds faster than it "
                            "clears.")
                             .arg(length);
            f->fix = tr("Insert an easy or rest day, or move the HIIT.");
        }
    }
}

} // namespace ordo
