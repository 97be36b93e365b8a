// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekdroptarget.h"

#include "document/document.h"
#include "edits/sessionedits.h"
#include "weekview.h"

#include <QDropEvent>

namespace ordo {

WeekDropTarget::WeekDropTarget(WeekView *view, Document *document)
    : m_view(view)
    , m_document(document)
{ }

PlanEdit WeekDropTarget::dropEdit(const DragPayload &payload, const QPoint &pos) const
{
    // Over the time axis or the right edge (where the view switches weeks) the drop keeps to
    // the nearest column.
    const WeekGeometry g = m_view->geometry();
    const QRectF body = g.body();
    const std::optional<GridPosition> cell
        = g.positionAt(QPointF(std::clamp(double(pos.x()), body.left(), body.right() - 1), pos.y()));
    if (!cell || !QRectF(m_view->viewport()->rect()).contains(pos))
        return {};
    const int minute = m_view->week() * kMinutesPerWeek + int(cell->day) * kMinutesPerDay + cell->minute;
    const PlanEdit edit
        = SessionEdits::place(m_document->plan(), payload.sessions, minute, m_document->clockFormat());
    return m_document->canApply(edit) ? edit : PlanEdit {};
}

void WeekDropTarget::reset()
{
    m_payload.reset();
    m_lastCell.reset();
    m_lastWeek = -1;
    m_edit = {};
}

void WeekDropTarget::enter(QDragEnterEvent *event)
{
    reset();
    m_payload = decodeDragMimeData(event->mimeData());
    if (!m_payload) {
        event->ignore(); // foreign data (e.g. a .ordo file) goes to the window
        return;
    }
    // Accepting the enter makes this the drag's target, so Qt sends it the moves; each move
    // (the first one comes right after, at the same spot) answers whether the drop may land.
    event->acceptProposedAction();
}

void WeekDropTarget::hover(const QPoint &pos)
{
    m_pos = pos;
    const WeekGeometry g = m_view->geometry();
    const std::optional<GridPosition> cell
        = g.positionAt(QPointF(std::clamp(double(pos.x()), g.body().left(), g.body().right() - 1), pos.y()));
    if (cell && cell == m_lastCell && m_view->week() == m_lastWeek)
        return;
    m_lastCell = cell;
    m_lastWeek = m_view->week();
    m_edit = dropEdit(*m_payload, pos);
    if (m_edit.isEmpty())
        m_view->clearPreview();
    else
        m_view->showPreview(m_edit, false);
}

void WeekDropTarget::move(QDragMoveEvent *event)
{
    if (!m_payload) {
        event->ignore();
        return;
    }
    // Moves arrive pre-accepted after an accepted enter: every path answers explicitly.
    hover(event->position().toPoint());
    if (m_edit.isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void WeekDropTarget::refresh()
{
    if (m_payload)
        hover(m_pos);
}

void WeekDropTarget::leave()
{
    reset();
    m_view->clearPreview();
}

void WeekDropTarget::drop(QDropEvent *event)
{
    // Decode, map, one document call; dropEdit() gave the same answer while hovering.
    const std::optional<DragPayload> payload = decodeDragMimeData(event->mimeData());
    PlanEdit edit = payload ? dropEdit(*payload, event->position().toPoint()) : PlanEdit {};
    // Alt: the best slot near the pointer, by the best-slot hints (docs/best-slot-hints.md).
    if (payload && event->modifiers().testFlag(Qt::AltModifier)) {
        if (const std::optional<int> best = m_view->bestSlotNear(event->position().toPoint())) {
            const PlanEdit snapped = SessionEdits::place(m_document->plan(), payload->sessions, *best,
                                                         m_document->clockFormat());
            if (m_document->canApply(snapped))
                edit = snapped;
        }
    }
    leave();
    if (edit.isEmpty() || !m_document->apply(edit)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    QStringList ids;
    for (const Session &s : edit.upserts)
        ids.append(s.id);
    m_view->setSelectedIds(ids);
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace ordo
