// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "unknownkeys.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// When a user can train (docs/plan-format.md, "Availability"): time windows per weekday, with
// the kinds of training each allows, per-week overrides, and busy intervals imported from a
// calendar. The value types are held by Plan (plan.h includes this header); the query
// functions below are pure and are what the rule `outside-availability` (docs/rules.md), the
// arranger (core/arrange/) and the week view ask: the free time of a day, whether a span of a
// kind is allowed, and the nearest window where a session would fit.
namespace ordo {

enum class Day; // plan.h
enum class Kind; // plan.h
struct Plan;
struct Session;

// One window of a day, [startMinute, endMinute) in minutes after midnight; end ≤ 1440 ("24:00").
struct TimeWindow
{
    int startMinute = 0;
    int endMinute = 1440;
    QList<Kind> kinds; // empty: every kind
    UnknownKeys unknownKeys;

    bool allows(Kind kind) const { return kinds.isEmpty() || kinds.contains(kind); }
    bool operator==(const TimeWindow &) const = default;
};

// The "days" object: per weekday (Mon = 0) either no entry (unrestricted) or its windows (an
// empty list: unavailable all day).
struct WeekdayWindows
{
    std::array<std::optional<QList<TimeWindow>>, 7> byDay;
    UnknownKeys unknownKeys; // keys of "days" that are not weekdays

    bool isEmpty() const;
    bool operator==(const WeekdayWindows &) const = default;
};

// A plan week whose listed weekdays replace the weekly pattern.
struct WeekOverride
{
    int week = 0; // 0-based
    WeekdayWindows days;
    UnknownKeys unknownKeys;
    bool operator==(const WeekOverride &) const = default;
};

// Time taken by something else (an imported calendar event): unavailable on top of the windows.
struct BusyInterval
{
    int week = 0;
    Day day {};
    int startMinute = 0;
    int endMinute = 0; // ≤ 1440; a busy interval never crosses midnight
    QString summary; // the event's title; may be empty
    UnknownKeys unknownKeys;
    bool operator==(const BusyInterval &) const = default;
};

struct Availability
{
    WeekdayWindows days;
    QList<WeekOverride> weeks; // at most one per week
    QList<BusyInterval> busy;
    UnknownKeys unknownKeys;

    // True when nothing is restricted: no weekday windows, no overrides, no busy time.
    bool isUnrestricted() const;
    bool operator==(const Availability &) const = default;
};

// [start, end) in minutes after midnight of one day.
struct MinuteRange
{
    int start = 0;
    int end = 0;
    bool operator==(const MinuteRange &) const = default;
};

// The windows in effect on a plan week's weekday: the week's override if it lists that day,
// else the weekly pattern. nullptr: the day is unrestricted.
const QList<TimeWindow> *windowsOn(const Availability &availability, int week, Day day);
// The windows of the day minus its busy time, in start order (an unrestricted day is one
// window 00:00–24:00 for every kind before busy time is taken out). A window a busy interval
// cuts in two becomes two windows with the same kinds.
QList<TimeWindow> availableWindows(const Availability &availability, int week, Day day);
// The time of the day a session of `kind` may use: the windows that allow it, merged, minus
// busy time; sorted and disjoint.
QList<MinuteRange> freeTime(const Availability &availability, int week, Day day, Kind kind);
// Whether [startMinute, endMinute) of one day (end ≤ 1440) lies wholly in freeTime().
bool isAllowed(const Availability &availability, int week, Day day, int startMinute, int endMinute,
               Kind kind);
// The busy intervals of a day that overlap [startMinute, endMinute).
QList<const BusyInterval *> busyOverlapping(const Availability &availability, int week, Day day,
                                            int startMinute, int endMinute);

// Whether a session lies wholly in its free time, the part after midnight checked against the
// next day (on a repeating plan Sunday of the last week is followed by Monday of week 0; time
// after the end of a one-off plan is not checked). True when the plan has no availability.
bool sessionFitsAvailability(const Plan &plan, const Session &session);

// Where a session would fit: the free stretch of its week closest to where it is, and the
// start in it nearest to its current start.
struct NearestWindow
{
    int week = 0;
    Day day {};
    MinuteRange range; // the whole free stretch
    int startMinute = 0; // the suggested start inside it
};
// The free stretch of the session's own week (same day first, then the days before and after
// it, nearest first) that holds the whole session without crossing midnight; nothing when no
// stretch of the week is long enough or the plan has no availability.
std::optional<NearestWindow> nearestWindow(const Plan &plan, const Session &session);

// The same questions asked many times over one plan (the arranger): free time per week, day
// and kind computed once.
class AvailabilityIndex
{
public:
    explicit AvailabilityIndex(const Plan &plan);

    bool isRestricted() const { return m_restricted; }
    // sessionFitsAvailability() for a session of `kind` at plan-axis minute `axisStart`.
    bool fits(int axisStart, int durationMin, Kind kind) const;
    const QList<MinuteRange> &freeTime(int week, Day day, Kind kind) const;

private:
    bool rangeFits(int dayIndex, int start, int end, Kind kind) const;

    bool m_restricted = false;
    int m_weeks = 1;
    bool m_repeat = true;
    QList<QList<MinuteRange>> m_free; // [(week·7 + day)·3 + kind]
};

} // namespace ordo
