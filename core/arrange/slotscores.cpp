// SPDX-License-Identifier: GPL-3.0-or-later

#include "slotscores.h"

#include "availability.h"
#include "edits/sessionedits.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace ordo {
namespace {

// Plan::sortSessions()'s order: by start on the plan axis, then by id (unique in a plan).
bool before(const Session &a, const Session &b)
{
    const int x = a.axisStart(), y = b.axisStart();
    return x != y ? x < y : a.id < b.id;
}

// Moves sessions[i] to its place among the others, which are in order: the list is then what
// sortSessions() would make of it.
void reposition(QList<Session> &sessions, qsizetype i)
{
    auto at = sessions.begin() + i;
    const auto lower = std::lower_bound(sessions.begin(), at, *at, before);
    if (lower != at) {
        std::rotate(lower, at, at + 1);
        return;
    }
    const auto upper = std::lower_bound(at + 1, sessions.end(), *at, before);
    std::rotate(at, at + 1, upper);
}

// What apply() took out of the working plan, to put back.
struct Undo
{
    QList<Session> replaced;
    QStringList added;
};

// PlanEdit::apply() for an edit of upserts only, on a plan in order: the same sessions in the
// same order, without sorting the whole plan.
Undo applyUpserts(Plan &work, const PlanEdit &edit)
{
    Undo undo;
    for (const Session &s : edit.upserts) {
        const int i = work.indexOf(s.id);
        if (i < 0) {
            undo.added.append(s.id);
            work.sessions.append(s);
            reposition(work.sessions, work.sessions.size() - 1);
        } else {
            undo.replaced.append(work.sessions[i]);
            work.sessions[i] = s;
            reposition(work.sessions, i);
        }
    }
    return undo;
}

void takeBack(Plan &work, const Undo &undo)
{
    for (const QString &id : undo.added)
        work.sessions.removeAt(work.indexOf(id));
    for (const Session &s : undo.replaced) {
        const int i = work.indexOf(s.id);
        work.sessions[i] = s;
        reposition(work.sessions, i);
    }
}

class Scorer
{
public:
    Scorer(const Plan &plan, int week, const SlotEdit &editAt)
        : m_plan(plan)
        , m_week(week)
        , m_editAt(editAt)
        , m_index(plan)
    {
        m_plan.sortSessions();
        for (const Session &s : std::as_const(m_plan.sessions))
            m_outside += outside(s) ? 1 : 0;
        ArrangeScore sc;
        countArrangeFindings(analyzeCounts(m_plan), sc);
        sc.outside = m_outside;
        arrangeTotal(sc);
        m_current = sc.total;
    }

    double current() const { return m_current; }

    // The score with the drop at `slot`; nothing where it may not land.
    std::optional<double> score(Plan &work, int slot) const
    {
        const int minute = m_week * kMinutesPerWeek + slot * SlotScores::kSlotMinutes;
        const std::optional<PlanEdit> edit = m_editAt(m_plan, minute);
        if (!edit)
            return std::nullopt;
        if (edit->isEmpty())
            return m_current;
        if (!edit->isValidFor(m_plan))
            return std::nullopt;
        const bool upsertsOnly = edit->removals.isEmpty() && !edit->header;
        Plan copy;
        Plan &target = upsertsOnly ? work : copy;
        Undo undo;
        if (upsertsOnly) {
            undo = applyUpserts(work, *edit);
        } else {
            copy = m_plan;
            edit->apply(copy);
        }
        ArrangeScore sc;
        countArrangeFindings(analyzeCounts(target), sc);
        if (upsertsOnly) {
            // Only the sessions the edit touched differ from the plan: their availability and
            // their moves, summed in plan order like arrangeScore().
            sc.outside = m_outside;
            for (const Session &s : std::as_const(undo.replaced))
                sc.outside -= outside(s) ? 1 : 0;
            QList<QPair<int, double>> moves;
            for (const Session &s : edit->upserts) {
                sc.outside += outside(s) ? 1 : 0;
                if (const Session *o = m_plan.find(s.id))
                    moves.append({ work.indexOf(s.id), arrangeMoveCost(s, *o) });
            }
            std::sort(moves.begin(), moves.end());
            for (const auto &m : std::as_const(moves))
                sc.moveCost += m.second;
            takeBack(work, undo);
        } else {
            for (const Session &s : std::as_const(copy.sessions)) {
                sc.outside += outside(s) ? 1 : 0;
                if (const Session *o = m_plan.find(s.id))
                    sc.moveCost += arrangeMoveCost(s, *o);
            }
        }
        arrangeTotal(sc);
        return sc.total;
    }

    const Plan &plan() const { return m_plan; }

private:
    bool outside(const Session &s) const { return !m_index.fits(s.axisStart(), s.durationMin, s.kind); }

    Plan m_plan;
    int m_week;
    const SlotEdit &m_editAt;
    AvailabilityIndex m_index;
    int m_outside = 0;
    double m_current = 0;
};

} // namespace

std::optional<double> SlotScores::rank(int slot) const
{
    if (!isAllowed(slot) || levels.isEmpty())
        return std::nullopt;
    if (levels.size() == 1)
        return 0.0;
    const auto at = std::lower_bound(levels.cbegin(), levels.cend(), totals[slot]);
    return double(at - levels.cbegin()) / double(levels.size() - 1);
}

void SlotScores::finish()
{
    levels.clear();
    for (int k = 0; k < allowed.size() && k < totals.size(); ++k) {
        if (allowed[k])
            levels.append(totals[k]);
    }
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    best = levels.isEmpty() ? 0 : levels.first();
    worst = levels.isEmpty() ? 0 : levels.last();
}

std::optional<int> SlotScores::bestNear(int slot, int hours) const
{
    if (!complete || slot < 0 || slot >= kSlots)
        return std::nullopt;
    const int dayStart = slot - slot % kSlotsPerDay;
    const int reach = hours * 60 / kSlotMinutes;
    const int from = std::max(dayStart, slot - reach);
    const int to = std::min(dayStart + kSlotsPerDay - 1, slot + reach);
    std::optional<int> best;
    for (int k = from; k <= to; ++k) {
        if (!allowed[k])
            continue;
        if (!best || totals[k] < totals[*best]
            || (totals[k] == totals[*best] && std::abs(k - slot) < std::abs(*best - slot)))
            best = k;
    }
    return best;
}

SlotEdit placingEdit(const Plan &plan, const QList<Session> &sessions)
{
    // SessionEdits::place() without its search for fresh ids on every call: they depend only
    // on the plan, so they are found once.
    const PlanEdit first = sessions.isEmpty() ? PlanEdit {} : SessionEdits::place(plan, sessions, 0);
    QList<Session> added = first.upserts;
    return [sessions, added](const Plan &plan, int axisMinute) -> std::optional<PlanEdit> {
        if (added.isEmpty() || added.size() != sessions.size())
            return std::nullopt;
        PlanEdit edit = PlanEdit::addSessions(added, QString());
        const int anchor = sessions.first().axisStart();
        for (int i = 0; i < sessions.size(); ++i) {
            if (!SessionEdits::placeAt(plan, axisMinute + (sessions[i].axisStart() - anchor),
                                       edit.upserts[i]))
                return std::nullopt;
        }
        if (!edit.isValidFor(plan))
            return std::nullopt;
        return edit;
    };
}

SlotEdit movingEdit(const QStringList &ids, const QString &pressed)
{
    return [ids, pressed](const Plan &plan, int axisMinute) -> std::optional<PlanEdit> {
        const Session *s = plan.find(pressed);
        if (!s)
            return std::nullopt;
        const int delta = axisMinute - s->axisStart();
        if (delta == 0)
            return PlanEdit {};
        PlanEdit edit = SessionEdits::move(plan, ids, delta);
        if (edit.isEmpty() || !edit.isValidFor(plan))
            return std::nullopt;
        return edit;
    };
}

SlotScores scoreSlots(const Plan &plan, int week, const SlotEdit &editAt, const SlotScoreOptions &options)
{
    SlotScores out;
    out.week = week;
    out.totals.fill(0.0, SlotScores::kSlots);
    out.allowed.fill(false, SlotScores::kSlots);
    if (week < 0 || week >= plan.weeks)
        return out;
    const Scorer scorer(plan, week, editAt);
    out.current = scorer.current();
    double *totals = out.totals.data();
    bool *allowed = out.allowed.data();
    std::atomic_int next = 0;
    std::atomic_int evaluated = 0;
    const auto cancelled
        = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const auto work = [&] {
        Plan copy = scorer.plan();
        copy.sessions.detach();
        for (int slot = next++; slot < SlotScores::kSlots && !cancelled(); slot = next++) {
            if (const std::optional<double> sc = scorer.score(copy, slot)) {
                totals[slot] = *sc;
                allowed[slot] = true;
            }
            ++evaluated;
        }
    };
    const int threads = std::clamp(options.threads, 1, 16);
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &t : helpers)
        t.join();
    out.evaluated = evaluated;
    out.complete = !cancelled() && evaluated == SlotScores::kSlots;
    out.finish();
    return out;
}

} // namespace ordo
