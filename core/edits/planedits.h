// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "planedit.h"

#include <QString>

// Builds the PlanEdits that change the plan as a whole: its name, its number of weeks, the
// fields of the plan inspector, the analysis settings, and the recovery of unsaved changes.
// Pure functions of the plan, without a GUI, with undo texts in plain words (never a setting
// key or a rule id). An edit that would change nothing, or leave the plan invalid
// (docs/plan-format.md), comes back empty. Session edits are in sessionedits.h.
namespace ordo::PlanEdits {

// "Rename plan to “Base block”"; empty for a blank name.
PlanEdit rename(const Plan &plan, const QString &name);
// A new number of weeks (1–52). Fewer weeks delete the sessions of the dropped weeks in the
// same step, and a cycle that started in a dropped week moves to the new last week.
PlanEdit setWeeks(const Plan &plan, int weeks);
// Any other plan-level field, as the whole new header; `field` names it in the undo text
// ("Change %1", e.g. "body mass"). Fewer weeks delete the sessions of the dropped weeks.
PlanEdit changeHeader(const Plan &plan, const PlanHeader &header, const QString &field);
// A named threshold (settingstable.h) set to `value`; the default value drops the override
// so the file stays minimal. Empty for an unknown name or a value out of range.
PlanEdit setThreshold(const Plan &plan, const QString &name, double value);
// A rule of docs/rules.md turned on or off for this plan; empty for an unknown rule.
PlanEdit setRuleEnabled(const Plan &plan, const QString &ruleId, bool enabled);
// The plan's availability (docs/plan-format.md, "Availability") replaced as a whole: "Change
// available times"; nothing removes it ("Remove available times"). Empty if it is invalid for
// the plan (a window that ends before it starts, an override of a week the plan lacks).
PlanEdit setAvailability(const Plan &plan, const std::optional<Availability> &availability);
// The busy intervals replaced, the windows kept: "Set 12 busy times" or "Remove busy times".
PlanEdit setBusyTimes(const Plan &plan, const QList<BusyInterval> &busy);
// The Monday of week 0 (weeks are numbered from 1 for people: "Set the start of week 1 to …"),
// or none. Empty for a date that is not a Monday.
PlanEdit setAnchorDate(const Plan &plan, const std::optional<QDate> &monday);
// Replaces the whole plan by `recovered` (autosave recovery) as one undoable step.
PlanEdit restore(const Plan &plan, const Plan &recovered);

} // namespace ordo::PlanEdits
