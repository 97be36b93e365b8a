// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>
#include <QRectF>
#include <QTimer>

// Navigation while a session is dragged over the week view: near the top or bottom edge the
// grid scrolls by itself (faster the closer to the edge), and resting on the left edge (the
// time axis) or the right edge switches to the previous or next week after a short dwell,
// then again every little while, so a session moves across weeks in one gesture. It only
// keeps the timers and decides; the view scrolls, switches and refreshes its preview.
namespace ordo {

class WeekDragNavigator : public QObject
{
    Q_OBJECT

public:
    enum class Zone { None, Top, Bottom, PreviousWeek, NextWeek };

    // The viewport as the pointer sees it.
    struct Area
    {
        QRect viewport;
        QRectF body; // the day columns
        bool hasPreviousWeek = false;
        bool hasNextWeek = false;
    };

    static constexpr int kScrollIntervalMs = 30;
    static constexpr int kMaxScrollStep = 24; // pixels per tick at the very edge
    static constexpr int kDwellMs = 600; // resting on a side edge before the week switches
    static constexpr int kRepeatMs = 1000; // and before each further switch
    static constexpr int kSideEdge = 24; // width of the right edge zone

    explicit WeekDragNavigator(QObject *parent = nullptr);

    // The zone under `pos`; side zones only towards a week that exists.
    static Zone zoneAt(const QPoint &pos, const Area &area);
    // The rectangle of a side zone (for painting its hint); empty for the other zones.
    static QRectF sideRect(Zone zone, const Area &area);

    // The pointer of a drag in progress moved (or the view changed under it).
    void track(const QPoint &pos, const Area &area);
    // The drag ended, left the view or was cancelled.
    void stop();
    Zone zone() const { return m_zone; }
    bool isTracking() const { return m_tracking; }

signals:
    // Scroll the grid by this many pixels (negative: up); sent on every tick in Top/Bottom.
    void scrollRequested(int pixels);
    // Show the week `step` (−1 or +1) away; sent after a dwell in a side zone.
    void weekStepRequested(int step);
    void zoneChanged(ordo::WeekDragNavigator::Zone zone);

private:
    void tick();
    void dwelled();
    int scrollStep() const;

    QTimer m_scrollTimer;
    QTimer m_dwellTimer;
    Zone m_zone = Zone::None;
    QPoint m_pos;
    Area m_area;
    bool m_tracking = false;
};

} // namespace ordo
