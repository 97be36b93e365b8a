// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "dragpayload.h"
#include "planedit.h"
#include "weekgeometry.h"

#include <QPoint>

#include <optional>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;

// Drops on the week view, in the three steps of a drop target: decode the payload (a file
// from a stranger), map the pointer to a cell, make one document call. dropEdit() is the one
// "is this allowed?" answer, given to every hover step (the cursor and the ghost) and to the
// drop itself, so a drop refused while hovering is refused when released too.
namespace ordo {

class Document;
class WeekView;

class WeekDropTarget
{
public:
    WeekDropTarget(WeekView *view, Document *document);

    void enter(QDragEnterEvent *event);
    void move(QDragMoveEvent *event);
    void leave();
    void drop(QDropEvent *event);
    // The hovered cell's content moved (scrolled, another week): the preview follows.
    void refresh();
    bool isHovering() const { return m_payload.has_value(); }
    // What is being dragged while a drag hovers.
    const std::optional<DragPayload> &payload() const { return m_payload; }

    // The edit a drop of `payload` at `pos` makes, empty where it may not land.
    PlanEdit dropEdit(const DragPayload &payload, const QPoint &pos) const;

private:
    void hover(const QPoint &pos);
    void reset();

    WeekView *m_view;
    Document *m_document;
    std::optional<DragPayload> m_payload;
    std::optional<GridPosition> m_lastCell;
    int m_lastWeek = -1;
    QPoint m_pos;
    PlanEdit m_edit; // for the hovered cell
};

} // namespace ordo
