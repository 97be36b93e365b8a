// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "dragpayload.h"
#include "plan.h"
#include "planedit.h"

#include <QList>
#include <QString>
#include <QStringList>

// Builds the PlanEdits that change sessions: every gesture, key and menu entry of the week
// view, the session inspector and the auto-fixes, with readable undo texts in plain words
// ("Move “Heavy lower” to Tue 07:00", in the clock the caller passes: the user's). Pure functions of the
// plan, without a GUI; an edit that cannot apply comes back empty. Plan-level edits are in planedits.h.
namespace ordo::SessionEdits {

// Sets the session's week, day and start to a plan-axis minute, wrapped on a repeating plan.
// False (session untouched) if the minute falls outside a one-off plan.
bool placeAt(const Plan &plan, int axisMinute, Session &session);

// Shift sessions by whole days and minutes (drag, arrow keys).
PlanEdit move(const Plan &plan, const QStringList &ids, int deltaMinutes,
              ClockFormat clock = ClockFormat::H24);
// The same, as new copies with fresh ids (Ctrl+drag).
PlanEdit copy(const Plan &plan, const QStringList &ids, int deltaMinutes,
              ClockFormat clock = ClockFormat::H24);
// Dropped sessions: the first starts at `axisMinute`, the others keep their offsets; fresh ids.
PlanEdit place(const Plan &plan, const QList<Session> &sessions, int axisMinute,
               ClockFormat clock = ClockFormat::H24);
// Sessions from the clipboard, as new copies with fresh ids: single sessions start at
// `axisMinute` and keep their offsets; a copied day lands on the day of `axisMinute` and a
// copied week on its week, keeping their times (DragSpan).
PlanEdit paste(const Plan &plan, const DragPayload &payload, int axisMinute,
               ClockFormat clock = ClockFormat::H24);
// The first start from `fromAxisMinute` on, on the 15-minute grid, where a session of
// `durationMin` overlaps no other and lies within [dayFirstMinute, dayLastMinute] of its day;
// searches `days` days. Nothing if there is no such place.
std::optional<int> nextFreeStart(const Plan &plan, int fromAxisMinute, int durationMin, int dayFirstMinute,
                                 int dayLastMinute, int days);
PlanEdit resize(const Plan &plan, const QString &id, int durationMin);
PlanEdit changeDuration(const Plan &plan, const QStringList &ids, int deltaMinutes);
PlanEdit remove(const Plan &plan, const QStringList &ids);
// remove() as the second half of a cut: "Cut “Heavy lower”".
PlanEdit cut(const Plan &plan, const QStringList &ids);
// Copies placed right after each original (Ctrl+D).
PlanEdit duplicate(const Plan &plan, const QStringList &ids);
PlanEdit setIntensity(const Plan &plan, const QStringList &ids, Intensity intensity);
PlanEdit setLoad(const Plan &plan, const QStringList &ids, Load load);
// Swaps two sessions, keeping the block they span: the later one moves to the earlier one's
// start and the earlier one follows after the same gap (an overlap becomes no gap). On a
// repeating plan "earlier" is taken across the wrap, so Sun 23:00 comes before Mon 00:30 of
// week 0 (docs/rules.md, "Derived terms": the cyclic time axis).
PlanEdit swap(const Plan &plan, const QString &idA, const QString &idB);
// swap() with the next session on the same day (or the previous if it is the last).
PlanEdit swapWithAdjacent(const Plan &plan, const QString &id);
// The edit behind a key of the week view: Up/Down ±15 min, Shift+Up/Down duration ±15,
// Left/Right ±1 day, Delete/Backspace, Ctrl+D; empty for any other key.
PlanEdit forKey(const Plan &plan, const QStringList &ids, int key, Qt::KeyboardModifiers modifiers,
                ClockFormat clock = ClockFormat::H24);
// A changed session from the inspector; `field` names the field in the undo text.
PlanEdit change(const Plan &plan, const Session &changed, const QString &field);

// Locks or unlocks sessions (the arranger never moves a locked one): "Lock “Heavy lower”",
// "Unlock 3 sessions". Only the sessions that change are in the edit; empty if none does.
PlanEdit setLocked(const Plan &plan, const QStringList &ids, bool locked);

// Marks sessions missed or not (docs/plan-format.md, "Session"): "Mark “Heavy lower” as
// missed", "Mark 3 sessions as not missed". Only the sessions that change are in the edit.
PlanEdit setMissed(const Plan &plan, const QStringList &ids, bool missed);
// The key M of the week view: marks every session missed unless all of them already are,
// then marks them all not missed.
PlanEdit toggleMissed(const Plan &plan, const QStringList &ids);
// Sets the priority: "Make “Heavy lower” a key session", "Make 2 sessions optional".
PlanEdit setPriority(const Plan &plan, const QStringList &ids, Priority priority);

// The fields the inspector edits on several selected sessions at once.
enum class SharedField { Duration, Intensity, Modality, Load, Focus };
// Whether `field` means something for `session`: intensity and modality for cardio, load and
// focus for strength, duration for every kind.
bool hasField(const Session &session, SharedField field);
// The field's value on `session` as the int of its enum (minutes for the duration).
int fieldValue(const Session &session, SharedField field);
// Sets `field` to `value` on every session of `ids` it means something for, as one step
// ("Change intensity of 3 sessions"); the others are left alone. Empty if nothing changes or
// the value is out of range.
PlanEdit changeShared(const Plan &plan, const QStringList &ids, SharedField field, int value);

QString quoted(const Session &session);
// "Tue 07:00" or "week 2 Tue 07:00" (formatSessionWhen, whentext.h).
QString whenText(const Plan &plan, const Session &session, ClockFormat clock);

} // namespace ordo::SessionEdits
