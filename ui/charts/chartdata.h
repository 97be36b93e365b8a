// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Plain data behind the charts, built from a Plan and its Analysis for one plan week.
// The chart widgets and the PDF renderer only read these structs, so the numbers are
// tested without any chart library and a move to another library touches ui/charts only.
namespace ordo {

// One session's share of a day's bar (a session crossing midnight is split by minutes).
struct LoadShare
{
    QString sessionId;
    QString title;
    Kind kind = Kind::Strength;
    int startMinute = 0; // on this day (0 for the continuation after midnight)
    int minutes = 0; // minutes on this day
    double load = 0; // AU on this day
    bool operator==(const LoadShare &) const = default;
};

struct LoadBar
{
    Day day = Day::Mon;
    double strengthLoad = 0;
    double cardioLoad = 0;
    double load = 0;
    double fatigue = 0; // carried fatigue at 24:00
    double kcal = 0;
    bool highLoad = false;
    QList<LoadShare> shares; // in time order
    bool operator==(const LoadBar &) const = default;
};

// Display order of the seven days: the week view's first day (a preference: Monday or Sunday).
inline Day dayAtColumn(Day weekStart, int column)
{
    return Day((int(weekStart) + column) % kDaysPerWeek);
}
inline int columnOfDay(Day weekStart, Day day)
{
    return (int(day) - int(weekStart) + kDaysPerWeek) % kDaysPerWeek;
}

struct LoadChartData
{
    ClockFormat clock = ClockFormat::H24; // the analysis' clock, for times in labels
    int week = 0;
    Day weekStart = Day::Mon; // display order only; days[] stays in plan order
    int weekCount = 1;
    std::array<LoadBar, kDaysPerWeek> days {};
    double highLoadThreshold = 500; // max(load.highDayMinAU, factor × mean daily load)
    double weekLoad = 0;
    double monotony = 0; // +inf when the load is the same every day
    double monotonyLimit = 2;
    double strain = 0;
    bool operator==(const LoadChartData &) const = default;
};

// A window clipped to one day (minutes after that day's midnight).
struct AmpkRange
{
    QString sessionId; // the cardio session
    QString cardioTitle;
    Intensity intensity = Intensity::Moderate;
    int cardioDurationMin = 0;
    int startMinute = 0;
    int endMinute = 0; // ≤ 1440
    int minutesAfterCardio = 0; // time from the cardio's end to startMinute (for the fading curve)
    int windowStartAxis = 0; // the whole window on the plan axis
    int windowEndAxis = 0;
    int windowMinutes = 0; // W
    double peak = 0; // A0
    double tauMinutes = 0;
    QString formula; // ampkFormula() of this window
    bool operator==(const AmpkRange &) const = default;
};

// A session drawn on the AMPK timeline: lifting sessions as markers, cardio as the cause.
struct TimelineSession
{
    QString sessionId;
    QString title;
    Kind kind = Kind::Strength;
    int startMinute = 0; // on this day
    int endMinute = 0; // clipped to 1440
    int axisStart = 0;
    bool insideWindow = false; // strength only: C.end ≤ S.start < C.end + W for some window
    QString windowCardioTitle; // the cardio session whose window it starts in
    bool operator==(const TimelineSession &) const = default;
};

struct AmpkDayRow
{
    Day day = Day::Mon;
    QList<AmpkRange> ranges;
    QList<TimelineSession> sessions; // strength and cardio with minutes on this day
    bool operator==(const AmpkDayRow &) const = default;
};

struct AmpkChartData
{
    ClockFormat clock = ClockFormat::H24; // the analysis' clock, for times in labels
    int week = 0;
    Day weekStart = Day::Mon; // display order only; rows[] stays in plan order
    std::array<AmpkDayRow, kDaysPerWeek> rows {};
    int rangeCount() const;
    int liftCount() const;
    bool operator==(const AmpkChartData &) const = default;
};

struct RegionPoint
{
    QString sessionId;
    QString title;
    Day day = Day::Mon;
    int startMinute = 0;
    Region mainRegion = Region::Legs;
    std::array<double, kRegionCount> percent {}; // legs, upper, core in % of F_ref at the start
    bool notRecovered = false; // main region at or above the threshold
    bool operator==(const RegionPoint &) const = default;
};

struct RegionRecoveryData
{
    ClockFormat clock = ClockFormat::H24; // the analysis' clock, for times in labels
    int week = 0;
    double thresholdPercent = 40;
    QList<RegionPoint> points; // lifting sessions starting in the week, in time order
    bool operator==(const RegionRecoveryData &) const = default;
};

struct FitnessChartData
{
    int weekCount = 1;
    std::optional<QDate> firstMonday; // week 1's Monday, when the plan has an anchor date
    QList<double> ctl, atl, tsb; // one value per plan day
    bool operator==(const FitnessChartData &) const = default;
};

// One week of the weekly load chart (docs/rules.md rules 38 and 49 for the rise).
struct WeekLoadBar
{
    double strengthLoad = 0; // the week's days, as the load chart splits them
    double cardioLoad = 0;
    double load = 0; // Analysis::weeks[w].load
    double mean = 0; // fourWeekMeanLoad(): this week and the up to three before it
    std::optional<Severity> rise; // the most severe steep-rise finding of the week, if any
    QString riseText; // its message
    bool operator==(const WeekLoadBar &) const = default;
};

struct WeeklyLoadChartData
{
    QList<WeekLoadBar> weeks;
    bool operator==(const WeeklyLoadChartData &) const = default;
};

LoadChartData buildLoadChartData(const Plan &plan, const Analysis &analysis, int week,
                                 Day weekStart = Day::Mon);
AmpkChartData buildAmpkChartData(const Plan &plan, const Analysis &analysis, int week,
                                 Day weekStart = Day::Mon);
RegionRecoveryData buildRegionRecoveryData(const Plan &plan, const Analysis &analysis, int week);
FitnessChartData buildFitnessChartData(const Plan &plan, const Analysis &analysis);
WeeklyLoadChartData buildWeeklyLoadChartData(const Analysis &analysis);

QString regionName(Region region);
// "W = min(240, 120 + 6 × 25 min) = 240 min": the formula of docs/physiology.md 2.2 with the
// numbers of the settings the window was computed with.
QString ampkFormula(const Thresholds &thresholds, const AmpkRange &range);

} // namespace ordo
