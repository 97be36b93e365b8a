// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekdragnavigator.h"

#include <algorithm>
#include <cmath>

namespace ordo {
namespace {

// Height of the top and bottom scroll zones.
double scrollEdge(const WeekDragNavigator::Area &area)
{
    return std::clamp(area.body.height() / 6, 12.0, 40.0);
}

} // namespace

WeekDragNavigator::WeekDragNavigator(QObject *parent)
    : QObject(parent)
{
    m_scrollTimer.setInterval(kScrollIntervalMs);
    connect(&m_scrollTimer, &QTimer::timeout, this, &WeekDragNavigator::tick);
    m_dwellTimer.setSingleShot(true);
    connect(&m_dwellTimer, &QTimer::timeout, this, &WeekDragNavigator::dwelled);
}

WeekDragNavigator::Zone WeekDragNavigator::zoneAt(const QPoint &pos, const Area &area)
{
    if (!area.viewport.contains(pos))
        return Zone::None;
    if (area.hasPreviousWeek && sideRect(Zone::PreviousWeek, area).contains(pos))
        return Zone::PreviousWeek;
    if (area.hasNextWeek && sideRect(Zone::NextWeek, area).contains(pos))
        return Zone::NextWeek;
    const double edge = scrollEdge(area);
    if (pos.y() < area.body.top() + edge)
        return Zone::Top;
    if (pos.y() > area.viewport.bottom() - edge)
        return Zone::Bottom;
    return Zone::None;
}

QRectF WeekDragNavigator::sideRect(Zone zone, const Area &area)
{
    const QRectF view(area.viewport);
    switch (zone) {
    case Zone::PreviousWeek:
        // The time axis left of the day columns.
        return QRectF(view.left(), area.body.top(), std::max(1.0, area.body.left() - view.left()),
                      area.body.height());
    case Zone::NextWeek:
        return QRectF(view.right() + 1 - kSideEdge, area.body.top(), kSideEdge, area.body.height());
    default:
        return {};
    }
}

void WeekDragNavigator::track(const QPoint &pos, const Area &area)
{
    m_tracking = true;
    m_pos = pos;
    m_area = area;
    const Zone zone = zoneAt(pos, area);
    if (zone == m_zone)
        return;
    m_zone = zone;
    m_scrollTimer.stop();
    m_dwellTimer.stop();
    if (zone == Zone::Top || zone == Zone::Bottom)
        m_scrollTimer.start();
    else if (zone == Zone::PreviousWeek || zone == Zone::NextWeek)
        m_dwellTimer.start(kDwellMs);
    emit zoneChanged(zone);
}

void WeekDragNavigator::stop()
{
    m_tracking = false;
    m_scrollTimer.stop();
    m_dwellTimer.stop();
    if (m_zone == Zone::None)
        return;
    m_zone = Zone::None;
    emit zoneChanged(m_zone);
}

int WeekDragNavigator::scrollStep() const
{
    // Deeper into the zone is faster: a slow start at its inner border, kMaxScrollStep at the edge.
    const double edge = scrollEdge(m_area);
    const double depth = m_zone == Zone::Top ? m_area.body.top() + edge - m_pos.y()
                                             : m_pos.y() - (m_area.viewport.bottom() - edge);
    const int step = std::max(1, int(std::ceil(std::clamp(depth / edge, 0.0, 1.0) * kMaxScrollStep)));
    return m_zone == Zone::Top ? -step : step;
}

void WeekDragNavigator::tick()
{
    if (m_zone == Zone::Top || m_zone == Zone::Bottom)
        emit scrollRequested(scrollStep());
}

void WeekDragNavigator::dwelled()
{
    if (m_zone != Zone::PreviousWeek && m_zone != Zone::NextWeek)
        return;
    const Zone zone = m_zone;
    emit weekStepRequested(zone == Zone::PreviousWeek ? -1 : 1);
    // The view answers with a new area: still at an edge with a week beyond, keep going.
    if (m_zone == zone)
        m_dwellTimer.start(kRepeatMs);
}

} // namespace ordo
