// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "whentext.h"

#include <QWidget>

// The key to the week grid's availability shading, in one line under the grid: time that is
// not available, busy time from a calendar, windows for some kinds only, and how to add a
// window (Shift+drag). Painted with the week painter's theme, so it matches the grid in a
// light and a dark palette. The week view shows it while the plan has availability.
namespace ordo {

class WeekPainter;

class AvailabilityLegend : public QWidget
{
    Q_OBJECT

public:
    AvailabilityLegend(const WeekPainter *painter, QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The tooltip of free grid time at (week, day, minute): the busy times there with their
    // summaries, "Not available", or the kinds a window allows; empty when nothing restricts it.
    static QString toolTipAt(const Plan &plan, int week, Day day, int minute, ClockFormat clock);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const WeekPainter *m_painter;
};

} // namespace ordo
