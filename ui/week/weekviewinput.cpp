// SPDX-License-Identifier: GPL-3.0-or-later

// The week view's input: the drop and move preview (ghost, outline, preview panel, following the
// grid while dragging) and the mouse, wheel, drag, key and context-menu events. The view's set-up,
// layout, scrolling and painting are in weekview.cpp.

#include "weekview.h"

#include "availabilitylegend.h"
#include "document/document.h"
#include "droppreviewpanel.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "sessionchip.h"
#include "sessionmenu.h"
#include "weekcommands.h"
#include "weekviewaccessible.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QDrag>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The ghost outline: the worst severity the drop would add, or the positive colour.
Theme::Role previewColor(const EditPreview &preview)
{
    const std::optional<Severity> worst = preview.worstSeverity();
    if (!worst || *worst == Severity::Info)
        return Theme::Positive;
    return *worst == Severity::Critical ? Theme::Critical : Theme::Warning;
}

} // namespace

void WeekView::showPreview(const PlanEdit &edit, bool dimSelection)
{
    WeekPainterOptions &o = m_painter.options();
    const QRegion before = ghostRegion();
    const QSet<QString> dimmedBefore = o.dimmedIds;
    m_preview = EditPreview::compute(m_document->plan(), m_document->analysis(), edit);
    o.ghosts = edit.upserts;
    o.ghostOutline = previewColor(m_preview);
    o.dimmedIds.clear();
    if (dimSelection) {
        for (const Session &s : edit.upserts)
            o.dimmedIds.insert(s.id);
    }
    m_previewPanel->showPreview(m_preview, ghostRects(), m_pointer, geometry().body());
    // A hover step changes only the ghosts: repaint where they were and where they are
    // (docs/performance.md, "Repainting what changed"); the panel repaints what it uncovers.
    if (o.dimmedIds == dimmedBefore)
        viewport()->update(before | ghostRegion());
    else
        viewport()->update();
    emit previewChanged(m_preview);
}

QList<QRectF> WeekView::ghostRects() const
{
    const WeekGeometry g = geometry();
    QList<QRectF> rects = m_painter.ghostRects(g, m_document->plan(), m_week);
    for (QRectF &r : rects)
        r = r.intersected(g.body());
    return rects;
}

QRegion WeekView::ghostRegion() const
{
    QRegion region;
    // The dashed outline is 2.5 pixels wide, centred on the edge, and antialiased.
    for (const QRectF &r : m_painter.ghostRects(geometry(), m_document->plan(), m_week))
        region += r.toAlignedRect().adjusted(-3, -3, 3, 3);
    return region;
}

WeekDragNavigator::Area WeekView::navigationArea() const
{
    return { viewport()->rect(), geometry().body(), m_week > 0, m_week + 1 < m_document->plan().weeks };
}

void WeekView::trackDrag()
{
    // A drop hovering or a move under way: near the edges the grid scrolls or changes week.
    if (m_drop.isHovering() || m_gesture.state() == WeekGesture::State::Move)
        m_navigator.track(m_pointer, navigationArea());
    else
        m_navigator.stop();
}

void WeekView::followDrag()
{
    // The grid moved under a still pointer: the ghost and the preview follow.
    if (m_drop.isHovering())
        m_drop.refresh();
    else if (m_gesture.state() == WeekGesture::State::Move)
        m_gesture.move(grid(), m_pointer, QGuiApplication::keyboardModifiers());
    trackDrag();
}

void WeekView::placePreviewPanel()
{
    if (m_previewPanel->isVisible())
        m_previewPanel->place(ghostRects(), m_pointer, geometry().body());
}

void WeekView::clearPreview()
{
    WeekPainterOptions &o = m_painter.options();
    if (o.ghosts.isEmpty() && o.dimmedIds.isEmpty() && !m_preview.isValid())
        return;
    const QRegion before = ghostRegion();
    const bool dimmed = !o.dimmedIds.isEmpty();
    o.ghosts.clear();
    o.dimmedIds.clear();
    m_preview = {};
    m_previewPanel->hidePreview();
    if (dimmed)
        viewport()->update();
    else
        viewport()->update(before);
    emit previewChanged(m_preview);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pointer = event->position().toPoint();
    m_gesture.press(grid(), m_pointer, event->modifiers());
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    m_pointer = event->position().toPoint();
    m_gesture.move(grid(), m_pointer, event->modifiers());
    syncHints();
    trackDrag();
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pointer = event->position().toPoint();
    m_navigator.stop();
    if (!event->modifiers().testFlag(Qt::AltModifier) || !altDropMove(m_pointer))
        m_gesture.release(grid(), m_pointer, event->modifiers());
    syncHints();
}

std::optional<int> WeekView::bestSlotNear(const QPoint &pos) const
{
    const SlotScores *scores = m_hints->scores();
    if (!scores || scores->week != m_week)
        return std::nullopt;
    // The slot the drop would take: where the pressed session's ghost starts during a move,
    // the cell under the pointer for a drop.
    std::optional<GridPosition> cell;
    if (m_gesture.state() == WeekGesture::State::Move) {
        const QString pressed = m_gesture.pressedId();
        const Session *now = m_document->plan().find(pressed);
        for (const Session &s : m_painter.options().ghosts) {
            if (s.id == pressed)
                now = &s;
        }
        if (!now || now->week != m_week)
            return std::nullopt;
        cell = GridPosition { 0, now->day, now->startMinute };
    } else {
        const WeekGeometry g = geometry();
        cell = g.positionAt(
            QPointF(std::clamp(double(pos.x()), g.body().left(), g.body().right() - 1), pos.y()));
    }
    if (!cell)
        return std::nullopt;
    const std::optional<int> slot = m_hints->bestSlotNear(m_week, cell->day, cell->minute);
    return slot ? std::optional<int>(scores->axisMinute(*slot)) : std::nullopt;
}

bool WeekView::altDropMove(const QPoint &pos)
{
    // Alt on release: the moved sessions go to the best slot near where they were let go.
    if (m_gesture.state() != WeekGesture::State::Move)
        return false;
    const std::optional<int> best = bestSlotNear(pos);
    const Session *pressed = m_document->plan().find(m_gesture.pressedId());
    if (!best || !pressed)
        return false;
    const PlanEdit edit = SessionEdits::move(m_document->plan(), m_gesture.selection(),
                                             *best - pressed->axisStart(), m_document->clockFormat());
    m_gesture.cancel();
    if (!edit.isEmpty())
        m_document->apply(edit);
    return true;
}

void WeekView::syncHints()
{
    const bool moving = m_gesture.state() == WeekGesture::State::Move;
    if (moving && !m_hints->isActive()) {
        m_hints->start(m_document->plan(), m_week, movingEdit(m_gesture.selection(), m_gesture.pressedId()));
    } else if (!moving && !m_drop.isHovering()) {
        m_hints->stop();
    }
}

void WeekView::updateHintTints()
{
    const SlotScores *scores = m_hints->scores();
    QList<QColor> tints
        = scores && scores->week == m_week ? m_hints->tints(m_painter.options().theme) : QList<QColor>();
    if (tints == m_painter.options().slotTints)
        return;
    m_painter.options().slotTints = std::move(tints);
    viewport()->update();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (const WeekBlock *block = grid().blockAt(pos)) {
        setSelectedIds({ block->sessionId });
        emit editRequested();
    } else if (geometry().body().contains(pos)) {
        // Free time: the first click picked it as the slot; offer the palette's templates.
        m_commands->popupTemplateMenu(event->globalPosition().toPoint());
    }
}

void WeekView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(m_pixelsPerMinute * std::pow(1.25, steps), event->position().y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void WeekView::dragEnterEvent(QDragEnterEvent *event)
{
    m_pointer = event->position().toPoint();
    m_drop.enter(event);
    // The hints do not depend on the pointer: scored once per drag, in a worker.
    if (const std::optional<DragPayload> &payload = m_drop.payload())
        m_hints->start(m_document->plan(), m_week, placingEdit(m_document->plan(), payload->sessions));
}

void WeekView::dragMoveEvent(QDragMoveEvent *event)
{
    m_pointer = event->position().toPoint();
    m_drop.move(event);
    trackDrag();
}

void WeekView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_navigator.stop();
    m_drop.leave();
    m_hints->stop();
}

void WeekView::dropEvent(QDropEvent *event)
{
    m_navigator.stop();
    m_drop.drop(event);
    m_hints->stop();
}

bool WeekView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_gesture.isIdle()) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const WeekBlock *block = grid().blockAt(help->pos())) {
            const Session *s = m_document->plan().find(block->sessionId);
            if (!s)
                return true;
            QStringList lines { u"<b>"_s + s->displayTitle().toHtmlEscaped() + u"</b>"_s,
                                formatSessionWhen(*s, m_document->plan().weeks,
                                                  m_painter.options().clock24 ? ClockFormat::H24
                                                                              : ClockFormat::H12)
                                    + u", "_s + formatDuration(s->durationMin) };
            for (const Finding &f : m_document->analysis().findings) {
                if (!f.hiddenByDefault && f.sessions.contains(s->id))
                    lines.append(u"• "_s + displayName(f.severity) + u": "_s + f.message.toHtmlEscaped());
            }
            QToolTip::showText(help->globalPos(), lines.join(u"<br>"_s), viewport());
        } else if (const std::optional<GridPosition> cell = geometry().exactPositionAt(help->pos())) {
            // Free time: what the availability says about it (busy, not available, kinds).
            const QString text = AvailabilityLegend::toolTipAt(
                m_document->plan(), m_week, cell->day, cell->minute,
                m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::Leave) {
        m_gesture.leave();
        syncHints();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        setWeek(m_week - 1);
        return;
    case Qt::Key_PageDown:
        setWeek(m_week + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selectedIds().isEmpty())
            emit editRequested();
        else if (slot())
            m_commands->newSession();
        return;
    case Qt::Key_M:
        // Missed, or not (docs/plan-format.md, "Session"): one undo step for the selection.
        if (!selectedIds().isEmpty() && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            m_document->apply(SessionEdits::toggleMissed(m_document->plan(), selectedIds()));
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Nothing picked yet: arrows start on a slot at the top of the first day.
        if (selectedIds().isEmpty() && !slot() && event->modifiers() == Qt::NoModifier) {
            const WeekGeometry g = geometry();
            const int minute = WeekGeometry::snap(std::ceil(g.firstMinute() / WeekGeometry::kSnapMinutes)
                                                  * WeekGeometry::kSnapMinutes);
            setSlot(GridPosition { 0, g.dayAtColumn(0), minute });
            return;
        }
        break;
    default:
        break;
    }
    if (m_gesture.key(event->key(), event->modifiers()))
        event->accept();
    else
        QAbstractScrollArea::keyPressEvent(event);
    syncHints(); // Escape ends a move
}

bool WeekView::focusNextPrevChild(bool next)
{
    // Tab walks through the sessions of the shown week in time order.
    const Plan &plan = m_document->plan();
    QStringList order;
    for (const Session &s : plan.sessions) {
        if (s.week == m_week)
            order.append(s.id);
    }
    if (order.isEmpty())
        return QAbstractScrollArea::focusNextPrevChild(next);
    const QStringList selected = selectedIds();
    int i = selected.isEmpty() ? -1 : int(order.indexOf(selected.last()));
    if (i < 0) {
        i = next ? 0 : int(order.size()) - 1;
    } else {
        i += next ? 1 : -1;
        // Past the last session (or before the first) the focus moves on to the next widget.
        if (i < 0 || i >= order.size()) {
            setSelectedIds({});
            return QAbstractScrollArea::focusNextPrevChild(next);
        }
    }
    setSelectedIds({ order[i] });
    scrollToSession(order[i]);
    return true;
}

void WeekView::contextMenuEvent(QContextMenuEvent *event)
{
    const WeekBlock *block = grid().blockAt(event->pos());
    if (!block) {
        const WeekGeometry g = geometry();
        if (std::optional<GridPosition> cell = g.exactPositionAt(event->pos());
            cell && event->reason() == QContextMenuEvent::Mouse && g.body().contains(event->pos())) {
            cell->minute -= cell->minute % WeekGeometry::kSnapMinutes;
            setSlot(cell);
        }
        // The day under the pointer, on its header or its empty grid: it can be marked not
        // available this week.
        std::optional<Day> day;
        if (const int column = g.columnAtX(event->pos().x());
            column >= 0 && event->reason() == QContextMenuEvent::Mouse)
            day = g.dayAtColumn(column);
        else if (slot())
            day = slot()->day;
        m_commands->popupSlotMenu(event->globalPos(), day);
        return;
    }
    if (!selectedIds().contains(block->sessionId))
        setSelectedIds({ block->sessionId });
    SessionMenu menu(m_document, selectedIds(), block->sessionId, this);
    connect(&menu, &SessionMenu::editRequested, this, &WeekView::editRequested);
    menu.exec(event->globalPos());
}

} // namespace ordo
