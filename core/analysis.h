// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "thresholds.h"
#include "whentext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The result of analysing a plan (docs/rules.md, docs/physiology.md): findings, per-day figures,
// AMPK windows and the weekly summary. analyze() is a pure function — no globals, no
// signals — cheap enough to run on every edit and on every mouse move of a drag.
// Called by the document (live findings), the drag preview, charts, exporters and
// `ordo check`.
namespace ordo {

enum class Severity { Info, Warning, Critical };
QString toId(Severity); // "info", "warning", "critical"
QString displayName(Severity);

enum class Region { Legs, Upper, Core };
constexpr int kRegionCount = 3;

// An automatic fix carried as data (docs/rules.md "Fix" column); turned into a PlanEdit by
// autoFixEdit() so the app applies it as one undoable step.
struct AutoFix
{
    enum class Type { Move, Swap, Delete, ChangeIntensity, SetDuration };
    Type type = Type::Move;
    QString sessionId; // the session that moves / is deleted / changes
    QString otherSessionId; // Swap: the other session
    int newAxisStart = 0; // Move: new start on the plan axis (minutes from plan start)
    Intensity newIntensity = Intensity::Easy; // ChangeIntensity
    int newDurationMin = 0; // SetDuration
    QString description; // "Move “Cycling” to Mon 19:00"
    bool operator==(const AutoFix &) const = default;
};

struct Finding
{
    QString rule; // rule id from docs/rules.md, e.g. "ampk-window"
    Severity severity = Severity::Info;
    QStringList sessions; // ids, in time order
    int week = 0; // where the first session starts (or the day the finding is about)
    Day day = Day::Mon;
    int axisMinute = 0; // plan-axis minute the finding is anchored at (for sorting, scrolling)
    QString message;
    QString fix;
    QString source; // seed file name and/or papers
    QStringList related; // other rules that matched the same pair ("also:")
    std::optional<AutoFix> autoFix;
    bool hiddenByDefault = false; // positive badges such as leg-day-friendly
    bool operator==(const Finding &) const = default;
};

// AMPK-elevated window after a moderate or HIIT cardio session (docs/physiology.md 2.2),
// [start, end) on the plan axis (unwrapped: end may exceed the period on cyclic plans).
struct AmpkWindow
{
    QString sessionId;
    int cardioStart = 0; // C.start
    int start = 0; // C.end
    int end = 0; // C.end + W
    int windowMinutes = 0; // W
    double peak = 0; // A0
    double tauMinutes = 0; // τa = W / ln 10
    bool operator==(const AmpkWindow &) const = default;
};

// The part of a window that falls on one plan day, in minutes after that day's midnight.
struct DayWindow
{
    QString sessionId;
    int startMinute = 0;
    int endMinute = 0; // ≤ 1440
    bool operator==(const DayWindow &) const = default;
};

struct DayFigures
{
    int week = 0;
    Day day = Day::Mon;
    double strengthLoad = 0; // AU, split by minutes across midnight
    double cardioLoad = 0;
    double load = 0; // strength + cardio (mobility excluded)
    double fatigue = 0; // carried fatigue F at 24:00 of this day
    std::array<double, kRegionCount> regionFatigue {}; // F_g at 24:00, AU
    double kcal = 0; // gross kcal (unrounded; round for display)
    bool highLoad = false; // rule 37 threshold
    bool restDay = false;
    QList<DayWindow> ampkWindows;
    QStringList sessionIds; // sessions with minutes on this day
    // Fitness–fatigue (docs/physiology.md 2.3), filled for every day.
    double ctl = 0, atl = 0, tsb = 0;
    bool operator==(const DayFigures &) const = default;
};

struct WeekFigures
{
    double load = 0;
    double monotony = 0; // mean/SD of the 7 daily loads (SD 0 with load > 0: +inf)
    double strain = 0;
    std::optional<double> acwr; // ≥ 5-week one-off plans, from week index 4 on
    // The week's totals of the season overview, over the sessions that start in the week
    // (excluded duplicates left out) and the week's days.
    int hardMinutes = 0; // strength and moderate or HIIT cardio (docs/physiology.md "Hard-session load")
    int hiitSessions = 0;
    int liftingSessions = 0;
    int restDays = 0;
    double kcal = 0; // gross, the sum of the week's days
    bool operator==(const WeekFigures &) const = default;
};

struct Summary
{
    int strengthSessions = 0;
    int cardioSessions = 0; // warm-ups excluded
    int mobilitySessions = 0;
    int cardioMinutesEasy = 0;
    int cardioMinutesModerate = 0;
    int cardioMinutesHiit = 0;
    int restDays = 0;
    double kcal = 0;
    // Per plan week (summary figures above are per week for 1-week plans, and the
    // average week for longer plans: see analysis.cpp).
    bool operator==(const Summary &) const = default;
};

// Residual fatigue of each body region at the start of a lifting session (docs/physiology.md 2.3),
// from every counted session: the value the region recovery chart draws for that lift.
struct LiftFatigue
{
    QString sessionId;
    int axisStart = 0;
    std::array<double, kRegionCount> percent {}; // legs, upper, core in % of F_ref
    bool operator==(const LiftFatigue &) const = default;
};

struct Analysis
{
    QList<Finding> findings; // most severe first, then by time
    QList<DayFigures> days; // weeks × 7, in order
    QList<WeekFigures> weeks;
    QList<AmpkWindow> windows;
    Summary summary;
    // The figures behind the findings that the charts draw too, computed once here so both
    // always agree: rule 37's threshold (a day with load at or above it is a high-load day),
    // the region fatigue at every lift, and the settings every rule used.
    double highLoadThresholdAU = 0; // max(load.highDayMinAU, load.highDayFactor × mean daily load)
    QList<LiftFatigue> liftFatigue; // every strength session, in plan order
    Thresholds thresholds; // the settings table's defaults with the plan's overrides
    ClockFormat clock = ClockFormat::H24; // the clock of the times in messages and fixes
    bool operator==(const Analysis &) const = default;
};

// `clock`: the clock the messages and fixes write times in (the user's; 24 h on the command line).
// Sessions marked missed are left out of every finding and figure (docs/plan-format.md).
Analysis analyze(const Plan &plan, ClockFormat clock = ClockFormat::H24);
// The same findings (rules, severities, sessions, times) and figures as analyze(), but a
// finding's message and fix may be left empty: for scorers that only count findings, such as
// the best-slot hints and "Arrange my week", which analyse a plan hundreds of times per drag
// (docs/performance.md, "A cheaper analysis for the scorer").
Analysis analyzeCounts(const Plan &plan);

// Building blocks also used by views and charts.
// The plan with its missed sessions removed; nothing when it has none (then use the plan itself).
std::optional<Plan> withoutMissed(const Plan &plan);
int ampkWindowMinutes(const Session &cardio, const Plan &plan); // W; 0 for easy/non-cardio
double sessionLoad(const Session &s); // rpe × duration (0 for mobility)
double sessionKcal(const Session &s, double bodyMassKg); // gross
// Residual fatigue of a body region at a plan-axis minute, in % of F_ref (docs/physiology.md 2.3).
double regionFatiguePercent(const Plan &plan, Region region, int axisMinute);
// The main region a strength session trains (lower→legs, upper→upper, core→core, full→legs).
Region mainRegion(const Session &strength);

} // namespace ordo
