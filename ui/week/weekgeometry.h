// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "planlimits.h"

#include <QPointF>
#include <QRectF>

#include <optional>

// Pixel ↔ (day column, minute of day) mapping of the week grid, with 15-minute snapping.
// A plain value: the week view builds one per layout change (scroll, zoom, resize), the
// painter and the PDF exporter build one for their rectangle. No widgets, no state.
namespace ordo {

struct GridPosition
{
    int column = 0; // 0..6, left to right
    Day day = Day::Mon; // the plan day shown in that column
    int minute = 0; // minutes after midnight, 0..1440
    bool operator==(const GridPosition &) const = default;
};

class WeekGeometry
{
public:
    static constexpr int kSnapMinutes = PlanLimits::kSnapMinutes;

    WeekGeometry() = default;
    // `body` is the rectangle of the seven day columns; `firstMinute` is the minute of day
    // shown at body.top() (fractional while scrolled); `pixelsPerMinute` is the zoom.
    WeekGeometry(const QRectF &body, double firstMinute, double pixelsPerMinute, Day weekStart);

    QRectF body() const { return m_body; }
    double firstMinute() const { return m_firstMinute; }
    double pixelsPerMinute() const { return m_pixelsPerMinute; }
    Day weekStart() const { return m_weekStart; }
    double columnWidth() const { return m_body.width() / kDaysPerWeek; }

    Day dayAtColumn(int column) const;
    int columnOfDay(Day day) const;
    double xOfColumn(int column) const { return m_body.left() + column * columnWidth(); }
    double yOfMinute(double minute) const
    {
        return m_body.top() + (minute - m_firstMinute) * m_pixelsPerMinute;
    }
    double minuteAtY(double y) const { return m_firstMinute + (y - m_body.top()) / m_pixelsPerMinute; }
    // Column under x, or -1 left or right of the body.
    int columnAtX(double x) const;

    // Grid position under a point, with the minute snapped to 15 (nearest, clamped to the
    // day so a block still starts before midnight); nullopt outside the columns.
    std::optional<GridPosition> positionAt(const QPointF &point) const;
    // The same without snapping (minute truncated), for hit tests.
    std::optional<GridPosition> exactPositionAt(const QPointF &point) const;

    // Rectangle of [startMinute, endMinute) in a column (full column width).
    QRectF rectFor(int column, double startMinute, double endMinute) const;

    static int snap(double minute);

private:
    QRectF m_body;
    double m_firstMinute = 0;
    double m_pixelsPerMinute = 1;
    Day m_weekStart = Day::Mon;
};

} // namespace ordo
