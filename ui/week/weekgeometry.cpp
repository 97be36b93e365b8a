// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekgeometry.h"

#include <cmath>

namespace ordo {

WeekGeometry::WeekGeometry(const QRectF &body, double firstMinute, double pixelsPerMinute, Day weekStart)
    : m_body(body)
    , m_firstMinute(firstMinute)
    , m_pixelsPerMinute(pixelsPerMinute > 0 ? pixelsPerMinute : 1)
    , m_weekStart(weekStart)
{ }

Day WeekGeometry::dayAtColumn(int column) const
{
    return Day((int(m_weekStart) + column) % kDaysPerWeek);
}

int WeekGeometry::columnOfDay(Day day) const
{
    return (int(day) - int(m_weekStart) + kDaysPerWeek) % kDaysPerWeek;
}

int WeekGeometry::columnAtX(double x) const
{
    if (m_body.width() <= 0 || x < m_body.left() || x >= m_body.right())
        return -1;
    const int column = int(std::floor((x - m_body.left()) / columnWidth()));
    return std::clamp(column, 0, kDaysPerWeek - 1);
}

std::optional<GridPosition> WeekGeometry::exactPositionAt(const QPointF &point) const
{
    const int column = columnAtX(point.x());
    if (column < 0)
        return std::nullopt;
    const int minute = std::clamp(int(std::floor(minuteAtY(point.y()))), 0, kMinutesPerDay - 1);
    return GridPosition { column, dayAtColumn(column), minute };
}

std::optional<GridPosition> WeekGeometry::positionAt(const QPointF &point) const
{
    const int column = columnAtX(point.x());
    if (column < 0)
        return std::nullopt;
    return GridPosition { column, dayAtColumn(column), snap(minuteAtY(point.y())) };
}

QRectF WeekGeometry::rectFor(int column, double startMinute, double endMinute) const
{
    const double top = yOfMinute(startMinute);
    return QRectF(xOfColumn(column), top, columnWidth(), yOfMinute(endMinute) - top);
}

int WeekGeometry::snap(double minute)
{
    const int snapped = int(std::lround(minute / kSnapMinutes)) * kSnapMinutes;
    return std::clamp(snapped, 0, kMinutesPerDay - kSnapMinutes);
}

} // namespace ordo
