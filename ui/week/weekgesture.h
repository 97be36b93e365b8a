// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dragpayload.h"
#include "planedit.h"
#include "weekgeometry.h"
#include "weeklabels.h"
#include "weeklayout.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QStringList>

#include <optional>

// The week view's pointer and key gestures: press, move and release pick a session, move it
// (Ctrl: copy), resize it by its bottom edge or select with a rubber band; a click on free
// time picks a slot; arrow keys, Shift+arrows, Delete and Ctrl+D edit the selection (a burst
// of arrow keys is one undo step), and arrows move the slot when nothing is selected. Owns
// the selection, the slot and the gesture state; a finished gesture becomes one Document::apply.
// Shift+drag on free time marks a time the user can train (an availability window of that
// weekday, AvailabilityEdits::addWindow). While a move
// or resize is under way it reports the edit it would make (pendingEditChanged) so the view can show a ghost,
// and a move that leaves the view hands its sessions over for a real drag (draggedOutside). The view feeds it
// events together with the grid as painted (Grid); the tests drive it the same way, without a widget.
namespace ordo {

class Document;

class WeekGesture : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Pending, Move, Resize, RubberBand, Window };

    // The grid under the pointer when an event arrives, as the view paints it.
    struct Grid
    {
        WeekGeometry geometry;
        const WeekLayout *layout = nullptr;
        QRect bounds; // the viewport: a move that leaves it becomes a real drag
        const QList<BlockLabel> *labels = nullptr; // parallel to layout's blocks, if known
        int week = 0; // the plan week shown: a move carries on into another week shown meanwhile

        // The topmost block under `pos` (or whose callout is under it), or null.
        const WeekBlock *blockAt(const QPoint &pos) const;
        // Whether `pos` is on the block's resize handle (its bottom edge).
        bool onBottomEdge(const WeekBlock &block, const QPoint &pos) const;
    };

    explicit WeekGesture(Document *document, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isIdle() const { return m_state == State::Idle; }
    QStringList selection() const { return m_selection; }
    // The session a move or resize started on (empty when idle).
    QString pressedId() const { return m_state == State::Idle ? QString() : m_pressedId; }
    // Selecting sessions drops the slot.
    void setSelection(const QStringList &ids);
    // The free time the user picked (day and minute of the shown week), where additions and
    // pastes go; picking it drops the selected sessions.
    std::optional<GridPosition> slot() const { return m_slot; }
    void setSlot(const std::optional<GridPosition> &slot);
    // For arrow keys on the slot: left and right follow the columns.
    void setWeekStart(Day day) { m_weekStart = day; }
    QString hoveredId() const { return m_hoveredId; }
    // The band being dragged out, in viewport coordinates (only in State::RubberBand).
    std::optional<QRect> rubberBand() const;
    // The availability window being dragged out with Shift (only in State::Window): its
    // column, day and snapped minutes; start == end while it is still too short.
    struct WindowBand
    {
        int column = 0;
        Day day = Day::Mon;
        int startMinute = 0;
        int endMinute = 0;
    };
    std::optional<WindowBand> windowBand() const;
    // What the move or resize under way would do if released now (empty when nothing).
    const PlanEdit &pendingEdit() const { return m_pendingEdit; }

    void press(const Grid &grid, const QPoint &pos, Qt::KeyboardModifiers modifiers);
    void move(const Grid &grid, const QPoint &pos, Qt::KeyboardModifiers modifiers);
    void release(const Grid &grid, const QPoint &pos, Qt::KeyboardModifiers modifiers);
    // The pointer left the view while no button was down.
    void leave();
    // Escape and the editing keys; false for a key it does not use.
    bool key(int key, Qt::KeyboardModifiers modifiers);
    // Drops the gesture under way without a change.
    void cancel();

signals:
    void selectionChanged(const QStringList &ids);
    void slotChanged();
    void hoveredChanged(const QString &id);
    // The edit the gesture would make changed; empty when there is none any more.
    // `dimSelection`: the sessions move (not copied), so their old places are drawn faintly.
    void pendingEditChanged(const ordo::PlanEdit &edit, bool dimSelection);
    void cursorChanged(Qt::CursorShape shape);
    void rubberBandChanged();
    // A move left the view: these sessions should continue as a real drag.
    void draggedOutside(const ordo::DragPayload &payload);
    // A key changed the plan; the view keeps the selection in sight.
    void keyEditApplied();

private:
    PlanEdit editAt(const Grid &grid, const QPoint &pos, bool copy) const;
    void setPendingEdit(const PlanEdit &edit, bool dimSelection);
    void setCursor(Qt::CursorShape shape);
    void setHovered(const QString &id);
    void dragOutside();
    static int snappedMinute(const Grid &grid, int y);
    bool moveSlot(int key);
    QString burstKey(int key, Qt::KeyboardModifiers modifiers);

    Document *m_document;
    QStringList m_selection;
    std::optional<GridPosition> m_slot;
    Day m_weekStart = Day::Mon;
    // The burst of arrow keys under way: merged into one undo step while it lasts.
    QElapsedTimer m_burstClock;
    QString m_burstKey;
    int m_burstUndoIndex = -1;
    int m_bursts = 0;
    QString m_hoveredId;
    Qt::CursorShape m_cursor = Qt::ArrowCursor;

    State m_state = State::Idle;
    QPoint m_pressPos;
    QPoint m_currentPos;
    std::optional<GridPosition> m_pressCell; // exact (unsnapped) cell under the press
    int m_pressWeek = 0; // the week shown at the press
    QString m_pressedId;
    bool m_pressWithControl = false;
    bool m_pressAddedToSelection = false;
    PlanEdit m_pendingEdit;
    int m_windowEndMinute = 0; // State::Window: the snapped minute under the pointer
};

} // namespace ordo
