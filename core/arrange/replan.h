// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "arrange/arranger.h"
#include "plan.h"
#include "planedit.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Plan ▸ Re-plan Rest of Week… (docs/plan-format.md, "Missed sessions and re-planning"): the
// sessions of one week marked missed are placed again in what is left of that week — key
// sessions first, then normal ones, optional ones last — each at the free time that scores
// best with the arranger's objective (arrangeScore(): the plan's own findings, availability
// and the distance from where the session was). A session is placed only where it adds no
// warning and no critical finding; otherwise it stays missed, so optional sessions are the
// first left out. Nothing else moves: neither sessions already done (before the start) nor
// any other planned or locked session. Pure; the app previews the result and applies it as
// one undo step.
namespace ordo {

// Where catching up may start, as a plan-axis minute: now (rounded up to the quarter hour)
// when the plan has an anchor date and `now` falls in `week`; otherwise the midnight after the
// week's first missed session. A week without missed sessions gives the week's end.
int replanStart(const Plan &plan, int week, const QDateTime &now);

// A missed session left missed, and why (for people).
struct LeftMissed
{
    QString sessionId;
    QString reason;
};

struct ReplanResult
{
    // The plan with the caught-up sessions moved and no longer missed; `moves` in the order
    // they were placed (key first); scores before and after; no `remaining` (see `left`).
    ArrangeResult arranged;
    QList<LeftMissed> left; // in the order they were tried
};

// `progress`, as ArrangeOptions::progress: called between the times tried with the times tried
// and to try; returning false stops. The sessions placed by then stay placed, the one being
// placed and those after it stay missed ("stopped before…"), and `arranged.cancelled` is set.
ReplanResult replanWeek(const Plan &plan, int week, int fromAxis,
                        const std::function<bool(int done, int total)> &progress = {});

// "Re-plan week 2 (3 sessions)", as one undo step; empty when nothing was placed.
PlanEdit replanEdit(const Plan &plan, const ReplanResult &result, int week);
// "3 missed sessions placed again; 1 optional left out" (or "Nothing to place again: …"; after a
// stop before anything was placed "No missed session placed again.", the caller says it stopped).
QString replanSummary(const ReplanResult &result);

} // namespace ordo
