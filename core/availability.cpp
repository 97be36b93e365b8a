// SPDX-License-Identifier: GPL-3.0-or-later

#include "availability.h"

#include "plan.h"

#include <algorithm>
#include <cstdlib>

namespace ordo {
namespace {

constexpr int kKindCount = 3;

// Sorted, disjoint ranges from any ranges.
QList<MinuteRange> merged(QList<MinuteRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const MinuteRange &a, const MinuteRange &b) { return a.start < b.start; });
    QList<MinuteRange> out;
    for (const MinuteRange &r : std::as_const(ranges)) {
        if (r.end <= r.start)
            continue;
        if (!out.isEmpty() && r.start <= out.last().end)
            out.last().end = std::max(out.last().end, r.end);
        else
            out.append(r);
    }
    return out;
}

// `ranges` (sorted, disjoint) minus `cut` (any order).
QList<MinuteRange> subtract(const QList<MinuteRange> &ranges, const QList<MinuteRange> &cut)
{
    QList<MinuteRange> out = ranges;
    for (const MinuteRange &c : cut) {
        QList<MinuteRange> next;
        for (const MinuteRange &r : std::as_const(out)) {
            if (c.end <= r.start || c.start >= r.end) {
                next.append(r);
                continue;
            }
            if (c.start > r.start)
                next.append({ r.start, c.start });
            if (c.end < r.end)
                next.append({ c.end, r.end });
        }
        out = next;
    }
    return out;
}

QList<MinuteRange> busyRanges(const Availability &a, int week, Day day)
{
    QList<MinuteRange> out;
    for (const BusyInterval &b : a.busy) {
        if (b.week == week && b.day == day)
            out.append({ b.startMinute, b.endMinute });
    }
    return out;
}

bool covers(const QList<MinuteRange> &free, int start, int end)
{
    for (const MinuteRange &r : free) {
        if (r.start <= start && end <= r.end)
            return true;
        if (r.start > start)
            break;
    }
    return false;
}

} // namespace

bool WeekdayWindows::isEmpty() const
{
    return std::all_of(byDay.begin(), byDay.end(), [](const auto &d) { return !d.has_value(); });
}

bool Availability::isUnrestricted() const
{
    if (!busy.isEmpty() || !days.isEmpty())
        return false;
    return std::all_of(weeks.begin(), weeks.end(), [](const WeekOverride &w) { return w.days.isEmpty(); });
}

const QList<TimeWindow> *windowsOn(const Availability &availability, int week, Day day)
{
    const int d = int(day);
    for (const WeekOverride &w : availability.weeks) {
        if (w.week == week && w.days.byDay[d])
            return &*w.days.byDay[d];
    }
    const auto &base = availability.days.byDay[d];
    return base ? &*base : nullptr;
}

QList<TimeWindow> availableWindows(const Availability &availability, int week, Day day)
{
    QList<TimeWindow> windows;
    if (const QList<TimeWindow> *w = windowsOn(availability, week, day))
        windows = *w;
    else
        windows.append(TimeWindow());
    const QList<MinuteRange> busy = busyRanges(availability, week, day);
    QList<TimeWindow> out;
    for (const TimeWindow &w : std::as_const(windows)) {
        for (const MinuteRange &r : subtract({ { w.startMinute, w.endMinute } }, busy)) {
            TimeWindow piece = w;
            piece.startMinute = r.start;
            piece.endMinute = r.end;
            out.append(piece);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimeWindow &a, const TimeWindow &b) { return a.startMinute < b.startMinute; });
    return out;
}

QList<MinuteRange> freeTime(const Availability &availability, int week, Day day, Kind kind)
{
    QList<MinuteRange> open;
    if (const QList<TimeWindow> *w = windowsOn(availability, week, day)) {
        for (const TimeWindow &window : *w) {
            if (window.allows(kind))
                open.append({ window.startMinute, window.endMinute });
        }
    } else {
        open.append({ 0, kMinutesPerDay });
    }
    return subtract(merged(open), busyRanges(availability, week, day));
}

bool isAllowed(const Availability &availability, int week, Day day, int startMinute, int endMinute, Kind kind)
{
    if (endMinute <= startMinute)
        return true;
    return covers(freeTime(availability, week, day, kind), startMinute, endMinute);
}

QList<const BusyInterval *> busyOverlapping(const Availability &availability, int week, Day day,
                                            int startMinute, int endMinute)
{
    QList<const BusyInterval *> out;
    for (const BusyInterval &b : availability.busy) {
        if (b.week == week && b.day == day && b.startMinute < endMinute && startMinute < b.endMinute)
            out.append(&b);
    }
    return out;
}

bool sessionFitsAvailability(const Plan &plan, const Session &session)
{
    if (!plan.availability)
        return true;
    const int dayIndex = session.week * kDaysPerWeek + int(session.day);
    const int dayCount = plan.weeks * kDaysPerWeek;
    int start = session.startMinute;
    int left = session.durationMin;
    for (int k = 0; left > 0; ++k) {
        int index = dayIndex + k;
        if (index >= dayCount) {
            if (!plan.repeat)
                return true; // after the end of a one-off plan: not part of any week
            index %= dayCount;
        }
        const int end = std::min(kMinutesPerDay, start + left);
        if (!isAllowed(*plan.availability, index / kDaysPerWeek, Day(index % kDaysPerWeek), start, end,
                       session.kind))
            return false;
        left -= end - start;
        start = 0;
    }
    return true;
}

std::optional<NearestWindow> nearestWindow(const Plan &plan, const Session &session)
{
    if (!plan.availability)
        return std::nullopt;
    std::optional<NearestWindow> best;
    int bestCost = 0;
    const int here = int(session.day) * kMinutesPerDay + session.startMinute;
    for (int d = 0; d < kDaysPerWeek; ++d) {
        const Day day = Day(d);
        for (const MinuteRange &r : freeTime(*plan.availability, session.week, day, session.kind)) {
            if (r.end - r.start < session.durationMin)
                continue;
            const int start = std::clamp(session.startMinute, r.start, r.end - session.durationMin);
            // Same day first: a stretch on another day costs a day more than any on this one.
            const int cost = std::abs(d - int(session.day)) * 2 * kMinutesPerDay
                + std::abs(d * kMinutesPerDay + start - here);
            if (!best || cost < bestCost) {
                best = NearestWindow { session.week, day, r, start };
                bestCost = cost;
            }
        }
    }
    return best;
}

AvailabilityIndex::AvailabilityIndex(const Plan &plan)
    : m_restricted(plan.availability.has_value())
    , m_weeks(plan.weeks)
    , m_repeat(plan.repeat)
{
    if (!m_restricted)
        return;
    m_free.resize(qsizetype(m_weeks) * kDaysPerWeek * kKindCount);
    for (int w = 0; w < m_weeks; ++w) {
        for (int d = 0; d < kDaysPerWeek; ++d) {
            for (int k = 0; k < kKindCount; ++k)
                m_free[(w * kDaysPerWeek + d) * kKindCount + k]
                    = ordo::freeTime(*plan.availability, w, Day(d), Kind(k));
        }
    }
}

const QList<MinuteRange> &AvailabilityIndex::freeTime(int week, Day day, Kind kind) const
{
    static const QList<MinuteRange> wholeDay = { { 0, kMinutesPerDay } };
    if (!m_restricted || week < 0 || week >= m_weeks)
        return wholeDay;
    return m_free[(week * kDaysPerWeek + int(day)) * kKindCount + int(kind)];
}

bool AvailabilityIndex::rangeFits(int dayIndex, int start, int end, Kind kind) const
{
    return covers(freeTime(dayIndex / kDaysPerWeek, Day(dayIndex % kDaysPerWeek), kind), start, end);
}

bool AvailabilityIndex::fits(int axisStart, int durationMin, Kind kind) const
{
    if (!m_restricted)
        return true;
    const int dayCount = m_weeks * kDaysPerWeek;
    int dayIndex = axisStart / kMinutesPerDay;
    int start = axisStart % kMinutesPerDay;
    int left = durationMin;
    while (left > 0) {
        if (dayIndex >= dayCount) {
            if (!m_repeat)
                return true;
            dayIndex %= dayCount;
        }
        const int end = std::min(kMinutesPerDay, start + left);
        if (!rangeFits(dayIndex, start, end, kind))
            return false;
        left -= end - start;
        start = 0;
        ++dayIndex;
    }
    return true;
}

} // namespace ordo
