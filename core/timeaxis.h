// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

// Arithmetic on the plan's time axis (docs/rules.md, "Derived terms"): minutes from plan start,
// cyclic with period weeks·10080 when the plan repeats. A small value type shared by
// the analysis, the charts and the exporters so every caller wraps time the same way.
namespace ordo {

class TimeAxis
{
public:
    explicit TimeAxis(const Plan &plan)
        : m_period(plan.periodMinutes())
        , m_cyclic(plan.repeat)
    { }
    TimeAxis(int periodMinutes, bool cyclic)
        : m_period(periodMinutes)
        , m_cyclic(cyclic)
    { }

    int period() const { return m_period; }
    bool isCyclic() const { return m_cyclic; }
    int dayCount() const { return m_period / kMinutesPerDay; }

    // Minute folded into [0, period) on a cyclic axis; unchanged on a one-off plan.
    int wrap(int minute) const
    {
        if (!m_cyclic)
            return minute;
        return ((minute % m_period) + m_period) % m_period;
    }

    // Time from `from` forward to `to`. On a cyclic axis always in [0, period);
    // on a one-off plan simply to − from (negative if `to` lies before `from`).
    int forward(int from, int to) const
    {
        const int d = to - from;
        if (!m_cyclic)
            return d;
        return ((d % m_period) + m_period) % m_period;
    }

    // gap(A→B) = B.start − A.end for A before B (negative means overlap). On a cyclic axis
    // B may lie in the next repetition: the gap is taken forward from A's start.
    int gap(const Session &a, const Session &b) const
    {
        if (!m_cyclic)
            return b.axisStart() - a.axisEnd();
        return forward(a.axisStart(), b.axisStart()) - a.durationMin;
    }

    // Plan day index (week·7 + day) that contains `minute`, wrapped on cyclic plans.
    int dayIndexAt(int minute) const
    {
        const int m = wrap(minute);
        return m >= 0 ? m / kMinutesPerDay : -1 - (-m - 1) / kMinutesPerDay;
    }

    static int sessionDay(const Session &s) { return s.week * kDaysPerWeek + int(s.day); }

private:
    int m_period;
    bool m_cyclic;
};

} // namespace ordo
