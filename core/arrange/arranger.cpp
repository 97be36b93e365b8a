// SPDX-License-Identifier: GPL-3.0-or-later

#include "arranger.h"

#include "availability.h"
#include "derivedterms.h"
#include "edits/sessionedits.h"
#include "rules/ruletable.h"
#include "whentext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Arranger)
};

// The objective (docs/cli.md, "ordo arrange").
constexpr double kCriticalCost = 100;
constexpr double kWarningCost = 10;
constexpr double kInfoCost = 1;
constexpr double kOutsideCost = 1000;
// Moving one session a whole day costs less than one info finding, and moving it anywhere in
// its week less than one warning, so every warning cleared is worth a move.
constexpr double kCostPerMinute = 0.0005;
constexpr double kCostPerDay = 0.25;
constexpr int kSlotMinutes = 15;
constexpr int kMaxPasses = 6;
// Candidate places scored per pass over all chains; a chain gets at least kMinSlotsPerChain.
constexpr int kEvaluationsPerPass = 6000;
constexpr int kMinSlotsPerChain = 24;
// All plans scored in one run: the search stops there (about 2.5 s on a 12-week plan, where
// one analysis takes about 145 µs; docs/performance.md).
constexpr int kMaxEvaluations = 18000;
// Times of the same day this close are always tried.
constexpr int kNearMinutes = 120;

// The positive badges of the rule table (warm-up, leg-day friendly, active recovery) praise a
// plan; they are never a cost.
bool isPositiveBadge(const Finding &f)
{
    const RuleInfo *info = findRule(f.rule);
    return f.hiddenByDefault || (info && info->positive);
}

// Rules about how many, how long or how hard sessions are, not when they are (docs/rules.md
// rules 5, 6, 28, 31–36, 38, 49, 50): moving sessions inside their week cannot clear them.
bool isAboutAmounts(const QString &rule)
{
    static const QSet<QString> rules = { u"implausible-duration"_s,
                                         u"rpe-mismatch"_s,
                                         u"hiit-weekly"_s,
                                         u"cardio-frequency"_s,
                                         u"cardio-duration"_s,
                                         u"lifting-frequency"_s,
                                         u"endurance-volume-balance"_s,
                                         u"aerobic-minimum"_s,
                                         u"beginner-volume"_s,
                                         u"load-spike"_s,
                                         u"load-ramp"_s,
                                         u"no-lighter-week"_s,
                                         u"beginner-hiit"_s };
    return rules.contains(rule);
}

bool inScope(const ArrangeOptions &o, int week)
{
    return !o.week || *o.week == week;
}

// Sessions that move together: a warm-up with its lift, a lift with its cool-down
// (docs/rules.md rules 7 and 17), as indexes into plan.sessions.
struct Chain
{
    QList<int> members; // in start order
    QList<int> offsets; // start minus the first member's start
    int week = 0;
    bool movable = true;
};

int find(QList<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

QList<Chain> chainsOf(const Plan &plan, const ArrangeOptions &options)
{
    const PlanFacts facts(plan);
    QHash<const Session *, int> indexOf;
    for (int i = 0; i < plan.sessions.size(); ++i)
        indexOf.insert(&plan.sessions[i], i);
    QList<int> parent(plan.sessions.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto join = [&](const SessionFacts &a, const SessionFacts &b) {
        parent[find(parent, indexOf.value(a.s))] = find(parent, indexOf.value(b.s));
    };
    const QList<SessionFacts> &items = facts.items;
    for (int i = 0; i < items.size(); ++i) {
        const SessionFacts &x = items[i];
        if (x.excluded)
            continue;
        if ((x.warmup || x.warmupLong) && x.warmupFor >= 0)
            join(x, items[x.warmupFor]);
        // A cool-down: short easy cardio right after the lift.
        if (x.strength && i + 1 < items.size()) {
            const SessionFacts &c = items[i + 1];
            const int gap = c.start - x.end;
            if (!c.excluded && c.cardio && c.s->intensity == Intensity::Easy && gap >= 0
                && gap <= facts.th.combinedMaxGapMin && c.s->durationMin <= facts.th.activeRecoveryMaxMin)
                join(x, c);
        }
    }
    QHash<int, int> chainOfRoot;
    QList<Chain> chains;
    // plan.sessions is sorted by start, so members come in start order.
    for (int i = 0; i < plan.sessions.size(); ++i) {
        const int root = find(parent, i);
        auto it = chainOfRoot.constFind(root);
        if (it == chainOfRoot.constEnd()) {
            it = chainOfRoot.insert(root, int(chains.size()));
            chains.append(Chain());
            chains.last().week = plan.sessions[i].week;
        }
        Chain &c = chains[*it];
        const Session &s = plan.sessions[i];
        c.offsets.append(c.members.isEmpty() ? 0
                                             : s.axisStart() - plan.sessions[c.members.first()].axisStart());
        c.members.append(i);
        if (s.locked || s.week != c.week || !inScope(options, s.week))
            c.movable = false;
    }
    return chains;
}

void countFindings(const Analysis &a, ArrangeScore &sc)
{
    for (const Finding &f : a.findings) {
        if (isPositiveBadge(f))
            continue;
        switch (f.severity) {
        case Severity::Critical:
            ++sc.critical;
            break;
        case Severity::Warning:
            ++sc.warning;
            break;
        case Severity::Info:
            ++sc.info;
            break;
        }
    }
}

double moveCost(const Session &now, const Session &before)
{
    // Days and clock time apart: Saturday 10:00 is nearer to Sunday 10:00 than Saturday 23:00 is.
    const int days
        = std::abs((now.week * kDaysPerWeek + int(now.day)) - (before.week * kDaysPerWeek + int(before.day)));
    return std::abs(now.startMinute - before.startMinute) * kCostPerMinute + days * kCostPerDay;
}

void total(ArrangeScore &sc)
{
    sc.total = sc.critical * kCriticalCost + sc.warning * kWarningCost + sc.info * kInfoCost
        + sc.outside * kOutsideCost + sc.moveCost;
}

class Search
{
public:
    Search(const Plan &plan, const ArrangeOptions &options)
        : m_original(plan)
        , m_work(plan)
        , m_options(options)
        , m_index(plan)
    {
        m_work.sortSessions();
        m_original.sortSessions();
        m_chains = chainsOf(m_work, options);
        m_trainingDays.fill(false, plan.weeks * kDaysPerWeek);
        for (const Session &s : std::as_const(m_work.sessions))
            m_trainingDays[s.week * kDaysPerWeek + int(s.day)] = true;
    }

    ArrangeScore score()
    {
        ++evaluations;
        ArrangeScore sc;
        countFindings(analyzeCounts(m_work), sc);
        for (int i = 0; i < m_work.sessions.size(); ++i) {
            const Session &s = m_work.sessions[i];
            if (!m_index.fits(s.axisStart(), s.durationMin, s.kind))
                ++sc.outside;
            sc.moveCost += moveCost(s, m_original.sessions[i]);
        }
        total(sc);
        return sc;
    }

    void run(ArrangeResult &result)
    {
        QList<int> movable;
        for (int c = 0; c < m_chains.size(); ++c) {
            if (m_chains[c].movable)
                movable.append(c);
        }
        ArrangeScore current = score();
        result.before = current;
        QRandomGenerator rng(m_options.seed);
        const int perChain
            = movable.isEmpty() ? 0 : std::max(kMinSlotsPerChain, int(kEvaluationsPerPass / movable.size()));
        const int planned = kMaxPasses * int(movable.size() + 1);
        int done = 0;
        for (int pass = 0; pass < kMaxPasses && !movable.isEmpty(); ++pass) {
            bool improved = false;
            QList<int> order = movable;
            shuffle(order, rng);
            for (int c : std::as_const(order)) {
                if (!report(result, ++done, planned))
                    return finish(result, current);
                if (evaluations >= kMaxEvaluations)
                    break;
                QList<int> places = candidates(m_chains[c]);
                // The same time on other days and nearby times of the same day first, then a
                // sample of the rest.
                const int from0 = anchor(m_chains[c]);
                const auto near = std::stable_partition(places.begin(), places.end(), [&](int t) {
                    const int apart = std::abs(t - from0);
                    return apart % kMinutesPerDay == 0 || apart <= kNearMinutes;
                });
                QList<int> rest(near, places.end());
                places.erase(near, places.end());
                shuffle(rest, rng);
                places += rest;
                if (places.size() > perChain)
                    places.resize(perChain);
                const int from = anchor(m_chains[c]);
                int bestSlot = from;
                ArrangeScore best = current;
                for (int slot : std::as_const(places)) {
                    place(m_chains[c], slot);
                    const ArrangeScore sc = score();
                    if (sc.total < best.total - 1e-9) {
                        best = sc;
                        bestSlot = slot;
                    }
                }
                place(m_chains[c], bestSlot);
                if (bestSlot != from) {
                    current = best;
                    improved = true;
                }
            }
            if (!report(result, ++done, planned))
                return finish(result, current);
            improved = swaps(movable, current) || improved;
            if (!improved || evaluations >= kMaxEvaluations)
                break;
        }
        finish(result, current);
    }

private:
    static void shuffle(QList<int> &list, QRandomGenerator &rng)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[rng.bounded(int(i + 1))]);
    }

    bool report(ArrangeResult &result, int done, int total)
    {
        if (m_options.progress && !m_options.progress(done, total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    }

    void finish(ArrangeResult &result, const ArrangeScore &current)
    {
        result.after = current;
        result.evaluations = evaluations;
        for (int i = 0; i < m_work.sessions.size(); ++i) {
            const Session &s = m_work.sessions[i];
            const Session &o = m_original.sessions[i];
            if (s.axisStart() != o.axisStart())
                result.moves.append({ s.id, o.axisStart(), s.axisStart() });
        }
        result.plan = m_work;
        result.plan.sortSessions();
    }

    bool overlapEachOther(const Chain &a, const Chain &b) const
    {
        for (int i : a.members) {
            const Session &x = m_work.sessions[i];
            for (int j : b.members) {
                const Session &y = m_work.sessions[j];
                if (x.axisStart() < y.axisEnd() && y.axisStart() < x.axisEnd())
                    return true;
            }
        }
        return false;
    }

    int anchor(const Chain &c) const { return m_work.sessions[c.members.first()].axisStart(); }

    void place(const Chain &c, int anchorAxis)
    {
        for (int k = 0; k < c.members.size(); ++k) {
            Session &s = m_work.sessions[c.members[k]];
            const int axis = anchorAxis + c.offsets[k];
            const int inWeek = axis - s.week * kMinutesPerWeek;
            s.day = Day(inWeek / kMinutesPerDay);
            s.startMinute = inWeek % kMinutesPerDay;
        }
    }

    // Whether the chain may start at `anchorAxis`: every member starts in its week (on its own
    // day or a training day when the options say so) and overlaps no session outside `skip`.
    bool allowed(const Chain &c, int anchorAxis, const QList<int> &skip) const
    {
        int outsideNow = 0, outsideThen = 0;
        for (int k = 0; k < c.members.size(); ++k) {
            const Session &s = m_work.sessions[c.members[k]];
            const Session &o = m_original.sessions[c.members[k]];
            const int start = anchorAxis + c.offsets[k];
            const int weekStart = s.week * kMinutesPerWeek;
            if (start < weekStart || start >= weekStart + kMinutesPerWeek)
                return false;
            const int dayIndex = start / kMinutesPerDay;
            if (m_options.sameDayOnly && dayIndex != o.week * kDaysPerWeek + int(o.day))
                return false;
            if (m_options.keepDays && !m_trainingDays.value(dayIndex))
                return false;
            const int end = start + s.durationMin;
            for (int j = 0; j < m_work.sessions.size(); ++j) {
                if (skip.contains(j))
                    continue;
                const Session &other = m_work.sessions[j];
                if (std::abs(other.week - s.week) > 1)
                    continue;
                if (other.axisStart() < end && start < other.axisEnd())
                    return false;
            }
            if (m_index.isRestricted()) {
                outsideNow += m_index.fits(s.axisStart(), s.durationMin, s.kind) ? 0 : 1;
                outsideThen += m_index.fits(start, s.durationMin, s.kind) ? 0 : 1;
            }
        }
        // A place outside the availability never pays (1,000 each): not worth scoring.
        return outsideThen <= outsideNow;
    }

    QList<int> candidates(const Chain &c) const
    {
        QList<int> out;
        const int from = anchor(c);
        const int weekStart = c.week * kMinutesPerWeek;
        // Whole quarter hours away from where the chain is, so a session off the grid stays as far
        // off it (and a warm-up keeps its ten minutes before the lift).
        for (int t = weekStart + (from - weekStart) % kSlotMinutes; t < weekStart + kMinutesPerWeek;
             t += kSlotMinutes) {
            if (t != from && allowed(c, t, c.members))
                out.append(t);
        }
        return out;
    }

    // Swaps of two chains of the same week: each starts where the other started.
    bool swaps(const QList<int> &movable, ArrangeScore &current)
    {
        bool improved = false;
        for (int x = 0; x < movable.size(); ++x) {
            for (int y = x + 1; y < movable.size() && evaluations < kMaxEvaluations; ++y) {
                const Chain &a = m_chains[movable[x]];
                const Chain &b = m_chains[movable[y]];
                if (a.week != b.week)
                    continue;
                const int fromA = anchor(a), fromB = anchor(b);
                const QList<int> both = a.members + b.members;
                if (!allowed(a, fromB, both) || !allowed(b, fromA, both))
                    continue;
                place(a, fromB);
                place(b, fromA);
                const bool ok = !overlapEachOther(a, b);
                if (ok) {
                    const ArrangeScore sc = score();
                    if (sc.total < current.total - 1e-9) {
                        current = sc;
                        improved = true;
                        continue;
                    }
                }
                place(a, fromA);
                place(b, fromB);
            }
        }
        return improved;
    }

    Plan m_original;
    Plan m_work;
    ArrangeOptions m_options;
    AvailabilityIndex m_index;
    QList<Chain> m_chains;
    QList<bool> m_trainingDays;

public:
    int evaluations = 0;
};

QString quotedTitle(const Plan &plan, const QString &id)
{
    const Session *s = plan.find(id);
    return s ? SessionEdits::quoted(*s) : QString();
}

QString reasonFor(const Finding &f, const Plan &plan, const ArrangeOptions &options)
{
    QStringList locked;
    for (const QString &id : f.sessions) {
        if (const Session *s = plan.find(id); s && s->locked)
            locked.append(quotedTitle(plan, id));
    }
    if (f.rule == u"outside-availability"_s && !f.sessions.isEmpty()) {
        const Session *s = plan.find(f.sessions.first());
        if (s && s->locked)
            return Tr::tr("%1 is locked, so it stays outside your available times.").arg(locked.first());
        if (s && !nearestWindow(plan, *s))
            return Tr::tr("No free time in week %1 is long enough for %2.")
                .arg(s->week + 1)
                .arg(quotedTitle(plan, s->id));
    }
    if (!f.sessions.isEmpty() && locked.size() == f.sessions.size())
        return locked.size() == 1
            ? Tr::tr("%1 is locked, so it stays where it is.").arg(locked.first())
            : Tr::tr("%1 are locked, so they stay where they are.").arg(locked.join(u", "_s));
    if (f.sessions.isEmpty() || isAboutAmounts(f.rule))
        return Tr::tr("It is about how many, how long or how hard the sessions are, not when they are: "
                      "moving them cannot clear it.");
    if (!locked.isEmpty())
        return locked.size() == 1
            ? Tr::tr("%1 is locked, and no place for the others clears it.").arg(locked.first())
            : Tr::tr("%1 are locked, and no place for the others clears it.").arg(locked.join(u", "_s));
    if (options.sameDayOnly)
        return Tr::tr("Sessions could only move within their day, and no time of the day clears it.");
    if (options.keepDays)
        return Tr::tr("Sessions could only move to days that already had training, and none clears it.");
    return Tr::tr("No place for its sessions in their week clears it without a worse finding elsewhere.");
}

} // namespace

void countArrangeFindings(const Analysis &analysis, ArrangeScore &score)
{
    countFindings(analysis, score);
}

double arrangeMoveCost(const Session &now, const Session &before)
{
    return moveCost(now, before);
}

void arrangeTotal(ArrangeScore &score)
{
    total(score);
}

ArrangeScore arrangeScore(const Plan &plan, const Plan &original)
{
    ArrangeScore sc;
    countFindings(analyze(plan), sc);
    const AvailabilityIndex index(plan);
    for (const Session &s : plan.sessions) {
        if (!index.fits(s.axisStart(), s.durationMin, s.kind))
            ++sc.outside;
        if (const Session *o = original.find(s.id))
            sc.moveCost += moveCost(s, *o);
    }
    total(sc);
    return sc;
}

ArrangeResult arrange(const Plan &plan, const ArrangeOptions &options, ClockFormat clock)
{
    ArrangeResult result;
    Search search(plan, options);
    search.run(result);
    result.clearedCritical = std::max(0, result.before.critical - result.after.critical);
    result.clearedWarnings = std::max(0, result.before.warning - result.after.warning);
    result.clearedInfos = std::max(0, result.before.info - result.after.info);
    const Analysis after = analyze(result.plan, clock);
    for (const Finding &f : after.findings) {
        if (f.severity == Severity::Info || !inScope(options, f.week))
            continue;
        result.remaining.append({ f, reasonFor(f, result.plan, options) });
    }
    return result;
}

QString arrangeSummary(const ArrangeResult &result)
{
    QStringList cleared;
    if (result.clearedCritical)
        cleared.append(Tr::tr("%n critical findings", nullptr, result.clearedCritical));
    if (result.clearedWarnings)
        cleared.append(Tr::tr("%n warnings", nullptr, result.clearedWarnings));
    if (result.clearedInfos)
        cleared.append(Tr::tr("%n info", nullptr, result.clearedInfos));
    const int moves = int(result.moves.size());
    if (moves == 0)
        return result.remaining.isEmpty() ? Tr::tr("Nothing to move: no place makes the week better.")
                                          : Tr::tr("Nothing to move: no place clears what remains.");
    if (cleared.isEmpty())
        return Tr::tr("%n moves bring sessions closer to where they fit best", nullptr, moves);
    QString list = cleared.first();
    if (cleared.size() == 2)
        list = Tr::tr("%1 and %2").arg(cleared[0], cleared[1]);
    else if (cleared.size() == 3)
        list = Tr::tr("%1, %2 and %3").arg(cleared[0], cleared[1], cleared[2]);
    return Tr::tr("%n moves clear %1", nullptr, moves).arg(list);
}

PlanEdit arrangeEdit(const Plan &plan, const ArrangeResult &result, const ArrangeOptions &options)
{
    if (result.moves.isEmpty())
        return {};
    QList<Session> changed;
    for (const ArrangeMove &m : result.moves) {
        const Session *s = result.plan.find(m.sessionId);
        if (!s || !plan.find(m.sessionId))
            return {};
        changed.append(*s);
    }
    const int n = int(result.moves.size());
    const QString text = options.week
        ? Tr::tr("Arrange week %1 (%n moves)", nullptr, n).arg(*options.week + 1)
        : Tr::tr("Arrange all weeks (%n moves)", nullptr, n);
    return PlanEdit::changeSessions(changed, text);
}

} // namespace ordo
