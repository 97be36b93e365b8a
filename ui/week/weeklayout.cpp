// SPDX-License-Identifier: GPL-3.0-or-later

#include "weeklayout.h"

#include "timeaxis.h"

#include <algorithm>

namespace ordo {
namespace {

// Assigns lanes inside each cluster of transitively overlapping blocks of one day.
void assignLanes(QList<WeekBlock> &blocks)
{
    std::sort(blocks.begin(), blocks.end(), [](const WeekBlock &a, const WeekBlock &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        return a.sessionId < b.sessionId;
    });
    int clusterBegin = 0;
    int clusterEnd = 0;
    QList<int> laneEnds; // end minute of the last block in each lane of the current cluster
    auto closeCluster = [&](int end) {
        for (int i = clusterBegin; i < end; ++i)
            blocks[i].laneCount = int(laneEnds.size());
        laneEnds.clear();
        clusterBegin = end;
    };
    for (int i = 0; i < blocks.size(); ++i) {
        WeekBlock &b = blocks[i];
        if (i > clusterBegin && (b.day != blocks[clusterBegin].day || b.startMinute >= clusterEnd))
            closeCluster(i);
        if (i == clusterBegin)
            clusterEnd = b.endMinute;
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > b.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(b.endMinute);
        else
            laneEnds[lane] = b.endMinute;
        b.lane = lane;
        clusterEnd = std::max(clusterEnd, b.endMinute);
    }
    closeCluster(int(blocks.size()));
}

} // namespace

WeekLayout WeekLayout::build(const QList<Session> &sessions, const Plan &plan, int week)
{
    WeekLayout layout;
    layout.m_week = week;
    const TimeAxis axis(plan);
    const int weekStart = week * kMinutesPerWeek;
    const int weekEnd = weekStart + kMinutesPerWeek;
    for (int i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        // Walk the session day by day on the plan axis; keep the parts that fall in `week`.
        int from = s.axisStart();
        const int to = s.axisEnd();
        while (from < to) {
            const int dayStart = (from / kMinutesPerDay) * kMinutesPerDay;
            const int segmentEnd = std::min(to, dayStart + kMinutesPerDay);
            int wrappedDayStart = dayStart;
            if (axis.isCyclic())
                wrappedDayStart = axis.wrap(dayStart);
            if (wrappedDayStart >= weekStart && wrappedDayStart < weekEnd) {
                WeekBlock b;
                b.sessionId = s.id;
                b.sessionIndex = i;
                b.day = Day((wrappedDayStart - weekStart) / kMinutesPerDay);
                b.startMinute = from - dayStart;
                b.endMinute = segmentEnd - dayStart;
                b.continuesFromPreviousDay = from > s.axisStart();
                b.continuesToNextDay = segmentEnd < to;
                layout.m_blocks.append(b);
            }
            from = segmentEnd;
        }
    }
    assignLanes(layout.m_blocks);
    return layout;
}

} // namespace ordo
