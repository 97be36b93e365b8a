// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "planedit.h"

#include <QList>
#include <QString>

#include <optional>

// Builds the PlanEdits that change whole weeks of a plan (the season overview's commands):
// copy a week onto others, duplicate, insert empty weeks, delete, move up or down, clear.
// Weeks are plan week indices (0 = the first week), a selection is a run of `count` weeks
// from `first`. A session belongs to the week it starts in and travels with it, also when it
// runs on past the end of its week or of the plan. Every edit is one undo step with an undo
// text in plain words; one that deletes sessions says how many ("Delete week 3 (deletes 4
// sessions)") and deletedSessions() gives the count for the warning before it. An edit that
// cannot apply (a selection outside the plan, more than 52 weeks, fewer than one) comes back
// empty. Pure functions of the plan, without a GUI; session edits are in sessionedits.h.
namespace ordo::WeekEdits {

// Replaces the sessions of every week in `targets` by copies of week `source`'s (fresh ids).
PlanEdit copyTo(const Plan &plan, int source, const QList<int> &targets);
// Copies of the selected weeks inserted right after them; later weeks move down.
PlanEdit duplicate(const Plan &plan, int first, int count = 1);
// `count` empty weeks inserted before week `at` (`at` == plan.weeks: at the end).
PlanEdit insertEmpty(const Plan &plan, int at, int count = 1);
// Deletes the selected weeks and their sessions; later weeks move up. One week always stays.
PlanEdit remove(const Plan &plan, int first, int count = 1);
// Moves the selected weeks one place up (delta −1) or down (+1), past their neighbour.
PlanEdit move(const Plan &plan, int first, int count, int delta);
// Deletes the sessions of the selected weeks; the weeks stay.
PlanEdit clear(const Plan &plan, int first, int count = 1);

// Marks the selected weeks with a phase (a custom one with its label, 1–40 characters), or
// clears their phase (nullopt): "Mark weeks 1–3 as “Build”".
PlanEdit setPhase(const Plan &plan, int first, int count, std::optional<Phase> phase,
                  const QString &label = {});

// A deload week inserted after `week`: a copy of it with the same sessions on the same days
// and times, so frequency and intensity stay, and every strength and cardio session `percent`
// % shorter (on the 5-minute grid; HIIT kept, at least 10 minutes of it; mobility as it was),
// marked Deload. Volume down, intensity kept: docs/physiology.md, "Deload weeks".
constexpr int kDefaultDeloadPercent = 40;
constexpr int kMinDeloadPercent = 20;
constexpr int kMaxDeloadPercent = 60;
constexpr int kMinDeloadHiitMinutes = 10;
PlanEdit generateDeload(const Plan &plan, int week, int percent = kDefaultDeloadPercent);
// A session's length in such a deload week.
int deloadDuration(const Session &session, int percent);

// "Fill weeks with a rotation": the sessions of `rotation` (A, B, C, …; each as it is, with
// its own start time and length; its week, day and id do not matter) placed in turn on
// `days` of the weeks first … first + count − 1: A, B, C, A, … on Mon, Wed, Fri, continuing
// across weeks where the last week stopped. Existing sessions stay: a day that already has a
// session overlapping the time of the one whose turn it is (locked or not) is skipped, and
// that session's turn moves on to the next day, so the order is kept. New sessions get
// fresh ids and are never locked. Empty when nothing would be placed, for an empty rotation
// or day list, or a range outside the plan.
PlanEdit fillRotation(const Plan &plan, const QList<Session> &rotation, const QList<Day> &days, int first,
                      int count);

// How many of the plan's sessions `edit` deletes (removed and not put back): the number the
// warning before a week operation names.
int deletedSessions(const Plan &plan, const PlanEdit &edit);

// Where each week of the edited plan comes from: a week of the plan as it is (moved there),
// a copy of one (fresh session ids), or nothing (an empty week). The operations above are
// all one such layout; rearrange() turns any layout into its edit, with `text` as undo text.
struct WeekSource
{
    int week = -1; // -1: an empty week
    bool copy = false;
    bool operator==(const WeekSource &) const = default;
};
// `phasesFollow`: each week's phase goes with it (and with its copies); false keeps every
// phase where it is (only for layouts of as many weeks as the plan has).
PlanEdit rearrange(const Plan &plan, const QList<WeekSource> &layout, const QString &text,
                   bool phasesFollow = true);

} // namespace ordo::WeekEdits
