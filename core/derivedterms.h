// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "thresholds.h"
#include "timeaxis.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <type_traits>

// The derived terms of docs/rules.md (warm-up, active recovery, rest day, heavy lower,
// leg-loading cardio, hard cardio, duplicates, same-day window) computed once per
// analysis and shared by every rule, so no rule re-derives them.
namespace ordo {

struct SessionFacts
{
    const Session *s = nullptr;
    int start = 0; // plan axis
    int end = 0;
    int dayIndex = 0; // session day (week·7 + day)
    bool strength = false;
    bool cardio = false;
    bool heavy = false; // heavy strength, any focus
    bool heavyLower = false; // HL
    bool hard = false; // hard cardio
    bool hiit = false;
    bool hiitCounted = false; // HIIT of at least hiit.minDurationMin
    bool training = false; // strength (any load) or hard cardio of at least cardio.minCountedMin
    bool legLoading = false; // LLC
    bool eccentric = false;
    bool warmup = false; // rule 7
    bool warmupLong = false; // rule 8 (easy, longer than a warm-up, right before lifting)
    int warmupFor = -1; // index of the strength session it warms up for
    bool activeRecovery = false;
    int recoveryAfter = -1; // index of the HL session it follows
    bool excluded = false; // a later duplicate: left out of every rule but 2
    int duplicateOf = -1; // index of the session it duplicates
    int window = 0; // AMPK window W in minutes (0: none)
    double load = 0;
    bool hiitBesideHeavyLegs = false; // HIIT in the same-day window of an HL session (rule 26)
};

struct PlanFacts
{
    explicit PlanFacts(const Plan &plan);

    const Plan &plan;
    Thresholds th;
    TimeAxis axis;
    int dayCount = 0;
    QList<SessionFacts> items; // sorted by start, then id
    QList<bool> restDay; // per plan day
    QList<bool> activeRestDay; // per plan day (docs/rules.md "active-rest day", R2)
    QList<int> trainingSessions; // per plan day: training sessions starting on it (docs/rules.md)
    int maxDuration = 0;
    int pairHorizon = 0; // the longest gap any pair rule looks at, in minutes
    // False for analyseCounts(): the rules may leave out the words of their findings.
    bool texts = true;

    // gap(A→B) = B.start − A.end, B taken forward from A on a cyclic axis.
    int gap(const SessionFacts &a, const SessionFacts &b) const
    {
        return axis.isCyclic() ? axis.forward(a.start, b.start) - (a.end - a.start) : b.start - a.end;
    }
    // The excluded sessions (later duplicates): they take part in no rule but 2 and no figure.
    QSet<const Session *> excludedSessions() const
    {
        QSet<const Session *> out;
        for (const SessionFacts &f : items) {
            if (f.excluded)
                out.insert(f.s);
        }
        return out;
    }
    // docs/rules.md "day gap": session day of B minus that of A, counted forward across the wrap.
    int dayGap(const SessionFacts &a, const SessionFacts &b) const
    {
        const int d = b.dayIndex - a.dayIndex;
        return axis.isCyclic() && dayCount > 0 ? ((d % dayCount) + dayCount) % dayCount : d;
    }
    // docs/rules.md "back-to-back": A before B, and day gap ≤ 1 or the start gap Δ(A→B) below
    // spacing.backToBackMaxStartGapMin.
    bool backToBack(const SessionFacts &a, const SessionFacts &b) const
    {
        const int delta = axis.isCyclic() ? axis.forward(a.start, b.start) : b.start - a.start;
        return delta >= 0 && (dayGap(a, b) <= 1 || delta < th.spacingBackToBackMaxStartGapMin);
    }
    // docs/rules.md "same-day window": equal session days, or 0 ≤ gap < sameDay.windowMin in either order.
    bool sameDay(const SessionFacts &a, const SessionFacts &b) const;
    // Index of the next item after i in time order (wrapping on cyclic plans), or −1.
    int next(int i) const
    {
        if (i + 1 < items.size())
            return i + 1;
        return axis.isCyclic() && items.size() > 1 ? 0 : -1;
    }
    int previous(int i) const
    {
        if (i > 0)
            return i - 1;
        return axis.isCyclic() && items.size() > 1 ? int(items.size()) - 1 : -1;
    }
    // Plan day index for a day number that may run past either end (wraps on cyclic plans; −1 outside).
    int wrapDay(int day) const;
    // The pairs the pair rules see (docs/rules.md 3.3–3.5): visit(i, j) for every later session j
    // that starts within pairHorizon (at least a day) of item i, at most
    // findings.maxPairNeighbours of them, so crowded plans stay linear. Excluded sessions take
    // no part. On a cyclic plan j may lie in the next repetition. A visitor that returns bool
    // ends the walk from i by returning false.
    template<typename Visit> void forEachPairFrom(int i, Visit visit) const;
};

template<typename Visit> void PlanFacts::forEachPairFrom(int i, Visit visit) const
{
    const SessionFacts &x = items[i];
    if (x.excluded)
        return;
    const bool cyclic = axis.isCyclic();
    const int period = axis.period();
    const int reach = std::max(pairHorizon + (x.end - x.start), kMinutesPerDay);
    const int maxNeighbours = std::max(1, int(th.findingsMaxPairNeighbours));
    int seen = 0;
    for (int j = next(i); j >= 0 && j != i; j = next(j)) {
        const SessionFacts &y = items[j];
        const int d = cyclic ? axis.forward(x.start, y.start) : y.start - x.start;
        if (cyclic && j < i && d == 0)
            continue; // same start, already paired from j
        if (d > reach || (cyclic && 2 * d >= period))
            break;
        if (++seen > maxNeighbours)
            break;
        if (y.excluded)
            continue;
        if constexpr (std::is_same_v<decltype(visit(i, j)), bool>) {
            if (!visit(i, j))
                return;
        } else {
            visit(i, j);
        }
    }
}

// Natural order of session ids ("s9" before "s10"); the later id of a duplicate is removed.
bool idLess(const QString &a, const QString &b);

} // namespace ordo
