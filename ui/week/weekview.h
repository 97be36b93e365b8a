// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bestslothints.h"
#include "dragpayload.h"
#include "edits/editpreview.h"
#include "nowclock.h"
#include "weekdragnavigator.h"
#include "weekdroptarget.h"
#include "weekgeometry.h"
#include "weekgesture.h"
#include "weeklayout.h"
#include "weekpainter.h"

#include <QAbstractScrollArea>
#include <QRegion>
#include <QStringList>

#include <array>

#include <functional>
#include <optional>
#include <tuple>

class QMimeData;
class QPainter;

// The week calendar: seven day columns over a scrollable, zoomable 24-hour axis, painted by
// WeekPainter. Hands mouse gestures and editing keys to its WeekGesture and turns drops into
// SessionEdits applied through the Document; while a drop or a move hovers, shows a ghost
// whose outline is coloured by the worst finding the change would add (EditPreview), and
// beside it, never over it, a panel listing what the change adds and clears (DropPreviewPanel).
namespace ordo {

class AvailabilityLegend;
class Document;
class DropPreviewPanel;
class WeekCommands;

class WeekView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    // Starts a real drag (QDrag::exec) when a move leaves the widget. A seam: tests install
    // a function that records the data instead of running a nested drag loop.
    using DragStarter = std::function<Qt::DropAction(QMimeData *data, QWidget *source)>;

    explicit WeekView(Document *document, QWidget *parent = nullptr);

    int week() const { return m_week; }
    void setWeek(int week);
    QStringList selectedIds() const { return m_gesture.selection(); }
    void setSelectedIds(const QStringList &ids);
    // The free time picked for additions and pastes (see WeekGesture::slot()).
    std::optional<GridPosition> slot() const { return m_gesture.slot(); }
    void setSlot(const std::optional<GridPosition> &slot) { m_gesture.setSlot(slot); }
    // New Session…, the clipboard commands and Select All, bound to this view.
    WeekCommands *commands() const { return m_commands; }
    // What an empty plan shows on the grid to say how to begin; empty when there are sessions.
    QString emptyHint() const;
    void scrollToSession(const QString &id);

    void setWeekStart(Day day);
    void setClock24(bool on);
    void setVisibleHours(int firstHour, int lastHour);
    int firstVisibleHour() const { return m_firstVisibleHour; }
    int lastVisibleHour() const { return m_lastVisibleHour; }
    void zoomIn();
    void zoomOut();
    void resetZoom();
    double pixelsPerMinute() const { return m_pixelsPerMinute; }
    void setDragStarter(DragStarter starter) { m_dragStarter = std::move(starter); }

    WeekGeometry geometry() const;
    // Viewport point at the middle of a (day, minute) cell of the shown week (for tests and
    // accessibility); scrolls nothing.
    QPoint pointAt(Day day, int minute) const;
    // The preview of the drop or move in progress (invalid when none).
    const EditPreview &preview() const { return m_preview; }
    bool isPreviewing() const { return !m_painter.options().ghosts.isEmpty(); }
    // The findings preview shown while a drop or a move hovers (hidden otherwise).
    const DropPreviewPanel *previewPanel() const { return m_previewPanel; }
    // Where the ghosts of the preview are painted, in viewport coordinates.
    QList<QRectF> ghostRects() const;
    const WeekPainter &painter() const { return m_painter; }
    // The labels of the shown week's blocks, as painted (parallel to its layout's blocks).
    const QList<BlockLabel> &labels() const;
    // For assistive technology (WeekViewAccessible): the sessions of the shown week in reading
    // order (columns left to right, then time), where one is painted (viewport coordinates,
    // empty if not in this week), which one is under a point, and the two things it can do.
    const Document *document() const { return m_document; }
    QStringList shownSessionIds() const;
    QRect sessionRect(const QString &id) const;
    QString sessionAt(const QPoint &pos) const;
    // Selects the session, shows it and takes the focus.
    void focusSession(const QString &id);
    // As Enter on it: selects it and asks for the inspector.
    void activateSession(const QString &id);
    // The key to the availability shading under the grid (shown while the plan has availability).
    const AvailabilityLegend *legend() const { return m_legend; }
    // The current time: the line on today's column when the shown week holds today (a plan
    // with a start date), and today's place in the plan (nothing outside it).
    NowClock *clock() const { return m_clock; }
    std::optional<PlanDay> today() const;
    // Auto-scroll and week switching while a drag or a move is under way.
    const WeekDragNavigator &navigator() const { return m_navigator; }
    // The best-slot hints of the drag or move under way.
    BestSlotHints *bestSlotHints() const { return m_hints; }
    // The plan-axis minute an Alt-drop at `pos` lands on: the best allowed slot near the slot
    // under the pointer (BestSlotHints::bestSlotNear); nothing before the hints are in.
    std::optional<int> bestSlotNear(const QPoint &pos) const;

signals:
    void weekChanged(int week);
    void selectionChanged(const QStringList &ids);
    void slotChanged();
    void editRequested();
    // A drop or a move hovers (a valid preview) or stopped hovering (an invalid one).
    void previewChanged(const ordo::EditPreview &preview);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildLayout(); // and repaint everything
    void buildLayout();
    void announceLayout();
    // After the plan changed: a new layout, and a repaint of what it changed.
    void followEdit();
    std::tuple<QRectF, double, double, Day, bool, int> labelsKey(const WeekGeometry &g) const;
    void updateScrollRange();
    void setZoom(double pixelsPerMinute, double anchorY);
    WeekGesture::Grid grid() const;
    void connectGesture();
    int axisMinuteOf(const GridPosition &position) const;
    friend class WeekDropTarget;
    void showPreview(const PlanEdit &edit, bool dimSelection);
    void clearPreview();
    // Where the ghosts are painted, with their outline: what a hover step repaints.
    QRegion ghostRegion() const;
    void placePreviewPanel();
    WeekDragNavigator::Area navigationArea() const;
    void trackDrag();
    void paintWeekEdges(QPainter &p) const;
    void announceFocus();
    void followDrag();
    void applyPalette();
    void updateLegend();
    void paintWindowBand(QPainter &p, const WeekGeometry &g) const;
    void paintNow(QPainter &p, const WeekGeometry &g) const;
    // Starts the hints when a move begins and stops them when it ends (not while a drop hovers).
    void syncHints();
    void updateHintTints();
    bool altDropMove(const QPoint &pos);

    Document *m_document;
    WeekPainter m_painter;
    WeekLayout m_layout;
    int m_layoutGeneration = 0;
    mutable QList<BlockLabel> m_labels;
    mutable std::tuple<QRectF, double, double, Day, bool, int> m_labelsKey;
    // What the layout was built from, so that an edit repaints only what it changed: the plan
    // without its sessions, each block's session and worst severity, each day's AMPK bands.
    struct Shown
    {
        int week = -1;
        bool empty = true; // an empty plan shows a hint over the grid
        Plan rest;
        QList<Session> sessions; // parallel to the layout's blocks
        QList<int> severities; // Severity, or -1 for none
        std::array<QList<DayWindow>, kDaysPerWeek> ampk;
    };
    Shown m_shown;
    QRegion changedSince(const Shown &old, const WeekLayout &oldLayout,
                         const QList<BlockLabel> &oldLabels) const;
    int m_week = 0;
    double m_pixelsPerMinute = 1.0;
    bool m_userZoomed = false;
    int m_firstVisibleHour = 5;
    int m_lastVisibleHour = 23;
    bool m_initialScrollDone = false;
    bool m_userScrolled = false;
    bool m_scrollingProgrammatically = false;

    WeekGesture m_gesture;
    WeekCommands *m_commands;
    QPoint m_pointer; // where the last mouse or drag event was, for the preview panel

    WeekDropTarget m_drop;
    WeekDragNavigator m_navigator;
    EditPreview m_preview;
    DropPreviewPanel *m_previewPanel;
    AvailabilityLegend *m_legend;
    DragStarter m_dragStarter;
    NowClock *m_clock;
    BestSlotHints *m_hints;
};

} // namespace ordo
