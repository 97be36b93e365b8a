// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QList>
#include <QString>

// Where each session of one plan week sits in the grid: one block per day segment
// (a session past midnight gives a second block on the next day), with side-by-side lanes
// for sessions that overlap. Built from the plan only, so the week view caches it until
// the plan, the week or the week start changes; the painter and hit tests read it.
namespace ordo {

struct WeekBlock
{
    QString sessionId;
    int sessionIndex = -1; // into the plan's sessions (valid for the plan it was built from)
    Day day = Day::Mon; // the plan day of this segment
    int startMinute = 0; // minute of day, 0..1440
    int endMinute = 0;
    bool continuesFromPreviousDay = false;
    bool continuesToNextDay = false;
    int lane = 0;
    int laneCount = 1;
};

class WeekLayout
{
public:
    WeekLayout() = default;
    // Layout of `sessions` (any list, e.g. a plan's or drag ghosts) for plan week `week`.
    static WeekLayout build(const QList<Session> &sessions, const Plan &plan, int week);

    const QList<WeekBlock> &blocks() const { return m_blocks; }
    int week() const { return m_week; }

private:
    QList<WeekBlock> m_blocks;
    int m_week = 0;
};

} // namespace ordo
