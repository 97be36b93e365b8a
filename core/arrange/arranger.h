// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"
#include "planedit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// "Arrange my week" (docs/cli.md, `ordo arrange`): moves sessions to better times with Ordo's
// own rule engine as the objective. The score of a plan is the weighted findings of analyze()
// (critical 100, warning 10, info 1; positive badges cost nothing), plus 1,000 per session
// outside the plan's availability, plus a small cost per minute and per day a session moved
// from where the user put it. A local search over quarter-hour slots (moves of one session or
// one warm-up/lift/cool-down chain, and swaps of two) keeps every change that lowers the score,
// in an order drawn from a seed, so the same plan, options and seed give the same result.
// Locked sessions never move, sessions stay in their week, and duration, kind and intensity
// never change. Pure: no GUI, no clock; the app runs it in a worker thread.
namespace ordo {

struct ArrangeOptions
{
    std::optional<int> week; // the 0-based week to arrange; nothing: every week
    bool sameDayOnly = false; // sessions keep their day, only their time changes
    bool keepDays = false; // sessions move only to days that already had training
    quint32 seed = 1;
    // Called between steps with the work done and the work planned (both in steps); returning
    // false cancels: the result then holds the best plan found so far and `cancelled`.
    std::function<bool(int done, int total)> progress;
};

// A plan's score and the counts behind it.
struct ArrangeScore
{
    int critical = 0;
    int warning = 0;
    int info = 0; // positive badges not counted
    int outside = 0; // sessions outside the availability
    double moveCost = 0;
    double total = 0;
    bool operator==(const ArrangeScore &) const = default;
};

struct ArrangeMove
{
    QString sessionId;
    int fromAxis = 0; // plan-axis start before and after
    int toAxis = 0;
};

// A warning or critical finding that is still there after arranging, and why arranging could
// not clear it.
struct RemainingFinding
{
    Finding finding;
    QString reason; // for people, in the caller's clock
};

struct ArrangeResult
{
    Plan plan; // the arranged plan (the input when nothing moved)
    QList<ArrangeMove> moves; // in plan order
    ArrangeScore before;
    ArrangeScore after;
    int clearedCritical = 0; // before − after, never negative
    int clearedWarnings = 0;
    int clearedInfos = 0;
    QList<RemainingFinding> remaining; // warnings and critical findings of the arranged weeks
    int evaluations = 0; // plans scored
    bool cancelled = false;
};

// The score of `plan`, its moves counted from the sessions of `original` with the same ids.
ArrangeScore arrangeScore(const Plan &plan, const Plan &original);

// The parts of arrangeScore(), for scorers that change a plan a little many times over
// (core/arrange/slotscores.h, core/arrange/replan.h): the counts of an analysis's findings, the cost of one
// session's move, and the total of the counts.
void countArrangeFindings(const Analysis &analysis, ArrangeScore &score);
double arrangeMoveCost(const Session &now, const Session &before);
void arrangeTotal(ArrangeScore &score);

ArrangeResult arrange(const Plan &plan, const ArrangeOptions &options, ClockFormat clock = ClockFormat::H24);

// "3 moves clear 2 warnings and 1 info" (or "Nothing to move: …").
QString arrangeSummary(const ArrangeResult &result);
// The result as one undoable step, "Arrange week 2 (3 moves)" or "Arrange all weeks (5 moves)";
// empty when nothing moved.
PlanEdit arrangeEdit(const Plan &plan, const ArrangeResult &result, const ArrangeOptions &options);

} // namespace ordo
