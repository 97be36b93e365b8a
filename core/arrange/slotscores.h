// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "arranger.h"
#include "plan.h"
#include "planedit.h"
#include "planlimits.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

// Best-slot hints (docs/best-slot-hints.md, docs/performance.md): for a session being dragged, the score the
// whole plan would have with the drop in each quarter hour of one week, with the objective of "Arrange my
// week" (arrangeScore(), docs/cli.md "ordo arrange"): weighted findings of the full analyze(), sessions
// outside the availability, and the cost of moving a session from where it was. Every score is the real
// objective of the plan after the very edit the drop would make: a drop may land anywhere in the week, and a
// session dropped on a Monday changes findings, weekly figures and plan-wide averages (the high-load day's
// mean, the per-rule cap of listed findings) far from that Monday, so no part of the plan can be left out.
// What makes it fast is what is left out around the analysis: one working copy of the plan per thread, the
// edit applied and taken back in place (no copy, no re-sort of the whole plan), the availability and move
// costs counted only for the sessions the edit touches, and the slots shared between threads. Pure: no GUI;
// the week view runs it in a worker thread when a drag starts.
namespace ordo {

struct SlotScores
{
    static constexpr int kSlotMinutes = PlanLimits::kSnapMinutes;
    static constexpr int kSlotsPerDay = kMinutesPerDay / kSlotMinutes;
    static constexpr int kSlots = kDaysPerWeek * kSlotsPerDay;

    int week = -1;
    // Per slot (day × 96 + quarter hour of the day): the plan's score with the drop there, and
    // whether the drop may land there at all (the drop's own test).
    QList<double> totals;
    QList<bool> allowed;
    double current = 0; // the plan's score before the drag
    double best = 0; // the lowest and highest score of the allowed slots
    double worst = 0;
    QList<double> levels; // the different scores of the allowed slots, best first
    int evaluated = 0; // slots looked at (all of them unless cancelled)
    bool complete = false; // false when cancelled

    static int slotOf(Day day, int minuteOfDay)
    {
        return int(day) * kSlotsPerDay + minuteOfDay / kSlotMinutes;
    }
    int axisMinute(int slot) const { return week * kMinutesPerWeek + slot * kSlotMinutes; }
    bool isAllowed(int slot) const { return complete && slot >= 0 && slot < allowed.size() && allowed[slot]; }
    // Where the slot's score stands among the different scores of the allowed slots: 0 for the
    // best … 1 for the worst (0 when all are equal); nothing where the drop may not land. An
    // order, not a distance: one slot outside the available times (1,000) does not squeeze all
    // the others into one colour.
    std::optional<double> rank(int slot) const;
    // Fills best, worst and the ranks from totals and allowed (scoreSlots() calls it).
    void finish();
    // The slot an Alt-drop at `slot` lands on: the allowed slot with the lowest score on the same
    // day within ±`hours` hours of it; on a tie the nearest to `slot`, then the earlier one.
    std::optional<int> bestNear(int slot, int hours) const;
};

// The edit a drop with its first session at `axisMinute` makes: nothing where it may not land,
// an empty edit where it changes nothing (a session dropped back where it was). Called from
// several threads at once with the same plan, so it must be a pure function of its arguments.
using SlotEdit = std::function<std::optional<PlanEdit>(const Plan &plan, int axisMinute)>;

// The drops of the week view, the same sessions at the same places as the drop's own edit:
// sessions from the palette (or dragged in from elsewhere) added to `plan` with the first at
// the slot (SessionEdits::place), and the selection `ids` moved so that the session `pressed`
// starts at the slot (SessionEdits::move).
SlotEdit placingEdit(const Plan &plan, const QList<Session> &sessions);
SlotEdit movingEdit(const QStringList &ids, const QString &pressed);

struct SlotScoreOptions
{
    int threads = 1;
    // Checked between slots: once true the scoring stops and the result is not complete.
    const std::atomic_bool *cancel = nullptr;
};

SlotScores scoreSlots(const Plan &plan, int week, const SlotEdit &editAt,
                      const SlotScoreOptions &options = {});

} // namespace ordo
