// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekgesture.h"

#include "document/document.h"
#include "edits/availabilityedits.h"
#include "edits/sessionedits.h"
#include "planlimits.h"
#include "weekpainter.h"

#include <QApplication>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr int kResizeHandlePixels = 6;
// Arrow keys closer together than this are one burst, and one undo step.
constexpr int kBurstGapMs = 1000;

int minuteOfWeek(const GridPosition &position)
{
    return int(position.day) * kMinutesPerDay + position.minute;
}

QStringList idsOf(const PlanEdit &edit)
{
    QStringList ids;
    for (const Session &s : edit.upserts)
        ids.append(s.id);
    return ids;
}

} // namespace

const WeekBlock *WeekGesture::Grid::blockAt(const QPoint &pos) const
{
    if (!layout || !geometry.body().contains(pos))
        return nullptr;
    // Topmost = last painted: callouts over blocks, later blocks over earlier ones.
    const QList<WeekBlock> &blocks = layout->blocks();
    if (labels && labels->size() == blocks.size()) {
        for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
            if ((*labels)[i].calloutRect().contains(pos))
                return &blocks[i];
        }
    }
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it) {
        if (WeekPainter::blockRect(geometry, *it).contains(pos))
            return &*it;
    }
    return nullptr;
}

bool WeekGesture::Grid::onBottomEdge(const WeekBlock &block, const QPoint &pos) const
{
    if (block.continuesToNextDay)
        return false;
    const QRectF r = WeekPainter::blockRect(geometry, block);
    return r.height() >= 12 && r.contains(pos) && pos.y() >= r.bottom() - kResizeHandlePixels;
}

WeekGesture::WeekGesture(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // Sessions that are gone (deleted, undone) leave the selection; a new plan starts empty.
    connect(m_document, &Document::planChanged, this, [this] {
        QStringList kept;
        for (const QString &id : std::as_const(m_selection)) {
            if (m_document->plan().find(id))
                kept.append(id);
        }
        setSelection(kept);
    });
    connect(m_document, &Document::planReset, this, [this] { setSelection({}); });
}

void WeekGesture::setSelection(const QStringList &ids)
{
    if (!ids.isEmpty())
        setSlot(std::nullopt);
    if (ids == m_selection)
        return;
    m_selection = ids;
    emit selectionChanged(m_selection);
}

void WeekGesture::setSlot(const std::optional<GridPosition> &slot)
{
    if (slot)
        setSelection({});
    if (slot == m_slot)
        return;
    m_slot = slot;
    emit slotChanged();
}

bool WeekGesture::moveSlot(int key)
{
    if (!m_slot || !m_selection.isEmpty())
        return false;
    GridPosition slot = *m_slot;
    constexpr int step = WeekGeometry::kSnapMinutes;
    switch (key) {
    case Qt::Key_Up:
        slot.minute = std::max(0, slot.minute - step);
        break;
    case Qt::Key_Down:
        slot.minute = std::min(kMinutesPerDay - step, slot.minute + step);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        slot.column = std::clamp(slot.column + (key == Qt::Key_Left ? -1 : 1), 0, kDaysPerWeek - 1);
        slot.day = Day((int(m_weekStart) + slot.column) % kDaysPerWeek);
        break;
    default:
        return false;
    }
    setSlot(slot);
    return true;
}

QString WeekGesture::burstKey(int key, Qt::KeyboardModifiers modifiers)
{
    const bool arrow
        = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    if (!arrow)
        return {};
    const bool duration = modifiers.testFlag(Qt::ShiftModifier) && (key == Qt::Key_Up || key == Qt::Key_Down);
    const QString kind = (duration ? u"duration:"_s : u"move:"_s) + m_selection.join(u',');
    // A pause, another change in between (or an undo) or another kind of key ends a burst.
    if (!m_burstClock.isValid() || m_burstClock.elapsed() > kBurstGapMs || kind != m_burstKey
        || m_document->undoStack()->index() != m_burstUndoIndex)
        ++m_bursts;
    m_burstKey = kind;
    return u"keys:%1:%2"_s.arg(m_bursts).arg(kind);
}

std::optional<QRect> WeekGesture::rubberBand() const
{
    if (m_state != State::RubberBand)
        return std::nullopt;
    return QRect(m_pressPos, m_currentPos).normalized();
}

void WeekGesture::press(const Grid &grid, const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    m_pressPos = m_currentPos = pos;
    m_pressWithControl = modifiers.testFlag(Qt::ControlModifier);
    m_pressCell = grid.geometry.exactPositionAt(pos);
    m_pressWeek = grid.week;
    const WeekBlock *block = grid.blockAt(pos);
    if (!block) {
        if (grid.geometry.body().contains(pos) && modifiers.testFlag(Qt::ShiftModifier) && m_pressCell) {
            m_state = State::Window;
            m_windowEndMinute = snappedMinute(grid, pos.y());
            emit rubberBandChanged();
            return;
        }
        if (grid.geometry.body().contains(pos)) {
            m_state = State::RubberBand;
            if (!m_pressWithControl)
                setSelection({});
            emit rubberBandChanged();
        }
        return;
    }
    setSlot(std::nullopt);
    m_pressedId = block->sessionId;
    m_pressAddedToSelection = !m_selection.contains(m_pressedId);
    if (m_pressAddedToSelection && !m_pressWithControl)
        setSelection({ m_pressedId });
    else if (m_pressAddedToSelection)
        setSelection(m_selection + QStringList { m_pressedId });
    m_state = grid.onBottomEdge(*block, pos) ? State::Resize : State::Pending;
    if (m_state == State::Resize)
        setSelection({ m_pressedId });
}

void WeekGesture::move(const Grid &grid, const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    m_currentPos = pos;
    switch (m_state) {
    case State::Idle: {
        const WeekBlock *block = grid.blockAt(pos);
        setCursor(block && grid.onBottomEdge(*block, pos) ? Qt::SizeVerCursor : Qt::ArrowCursor);
        setHovered(block ? block->sessionId : QString());
        return;
    }
    case State::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_state = State::Move;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case State::Move:
    case State::Resize: {
        // Inside the view a move is a plain gesture; only leaving it starts a real drag.
        if (m_state == State::Move && !grid.bounds.contains(pos)) {
            dragOutside();
            return;
        }
        const bool copy = m_state == State::Move && modifiers.testFlag(Qt::ControlModifier);
        const PlanEdit edit = editAt(grid, pos, copy);
        if (edit.upserts == m_pendingEdit.upserts && edit.text == m_pendingEdit.text)
            return;
        setPendingEdit(edit, !copy);
        return;
    }
    case State::RubberBand:
        emit rubberBandChanged();
        return;
    case State::Window: {
        const int minute = snappedMinute(grid, pos.y());
        if (minute != m_windowEndMinute) {
            m_windowEndMinute = minute;
            emit rubberBandChanged();
        }
        return;
    }
    }
}

void WeekGesture::release(const Grid &grid, const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    switch (m_state) {
    case State::Pending:
        // A plain Ctrl+click toggles the session in the selection.
        if (m_pressWithControl && !m_pressAddedToSelection && m_selection.size() > 1) {
            QStringList ids = m_selection;
            ids.removeAll(m_pressedId);
            setSelection(ids);
        }
        break;
    case State::Move:
    case State::Resize: {
        const bool copy = m_state == State::Move && modifiers.testFlag(Qt::ControlModifier);
        const PlanEdit edit = editAt(grid, pos, copy);
        cancel();
        if (!edit.isEmpty() && m_document->apply(edit) && copy)
            setSelection(idsOf(edit));
        return;
    }
    case State::RubberBand: {
        const QRectF band = QRectF(QRect(m_pressPos, pos).normalized());
        const bool click = band.width() <= 2 && band.height() <= 2;
        if (click && !m_pressWithControl && m_pressCell) {
            // A click on free time picks the quarter hour under it.
            GridPosition slot = *m_pressCell;
            slot.minute -= slot.minute % WeekGeometry::kSnapMinutes;
            setSlot(slot);
            break;
        }
        QStringList ids = m_pressWithControl ? m_selection : QStringList();
        if (!click && grid.layout) {
            for (const WeekBlock &b : grid.layout->blocks()) {
                if (WeekPainter::blockRect(grid.geometry, b).intersects(band) && !ids.contains(b.sessionId))
                    ids.append(b.sessionId);
            }
        }
        setSelection(ids);
        break;
    }
    case State::Window: {
        m_windowEndMinute = snappedMinute(grid, pos.y());
        const std::optional<WindowBand> band = windowBand();
        cancel();
        if (band && band->endMinute > band->startMinute) {
            TimeWindow window;
            window.startMinute = band->startMinute;
            window.endMinute = band->endMinute;
            m_document->apply(AvailabilityEdits::addWindow(m_document->plan(), band->day, window,
                                                           m_document->clockFormat()));
        }
        return;
    }
    case State::Idle:
        break;
    }
    cancel();
}

std::optional<WeekGesture::WindowBand> WeekGesture::windowBand() const
{
    if (m_state != State::Window || !m_pressCell)
        return std::nullopt;
    const int pressed = WeekGeometry::snap(m_pressCell->minute);
    const int start = std::min(pressed, m_windowEndMinute);
    const int end = std::max(pressed, m_windowEndMinute);
    return WindowBand { m_pressCell->column, m_pressCell->day, start, end };
}

int WeekGesture::snappedMinute(const Grid &grid, int y)
{
    const double minute = grid.geometry.minuteAtY(y);
    const int snapped = int(std::lround(minute / WeekGeometry::kSnapMinutes)) * WeekGeometry::kSnapMinutes;
    return std::clamp(snapped, 0, kMinutesPerDay);
}

void WeekGesture::leave()
{
    if (m_state == State::Idle)
        setHovered({});
}

bool WeekGesture::key(int key, Qt::KeyboardModifiers modifiers)
{
    if (key == Qt::Key_Escape) {
        if (m_state != State::Idle)
            cancel();
        else if (m_slot)
            setSlot(std::nullopt);
        else
            setSelection({});
        return true;
    }
    if (modifiers == Qt::NoModifier && moveSlot(key))
        return true;
    const Plan &plan = m_document->plan();
    const PlanEdit edit = SessionEdits::forKey(plan, m_selection, key, modifiers, m_document->clockFormat());
    if (edit.isEmpty())
        return false;
    // Ctrl+D adds copies: they become the selection.
    const bool added
        = edit.removals.isEmpty() && !m_selection.isEmpty() && plan.find(edit.upserts.value(0).id) == nullptr;
    const QString mergeKey = burstKey(key, modifiers);
    if (m_document->apply(edit, mergeKey)) {
        if (added)
            setSelection(idsOf(edit));
        if (!mergeKey.isEmpty()) {
            m_burstClock.restart();
            m_burstUndoIndex = m_document->undoStack()->index();
        }
        emit keyEditApplied();
    }
    return true;
}

void WeekGesture::cancel()
{
    const bool banding = m_state == State::RubberBand || m_state == State::Window;
    m_state = State::Idle;
    m_pressCell.reset();
    m_pressedId.clear();
    if (!m_pendingEdit.isEmpty())
        setPendingEdit({}, false);
    setCursor(Qt::ArrowCursor);
    if (banding)
        emit rubberBandChanged();
}

PlanEdit WeekGesture::editAt(const Grid &grid, const QPoint &pos, bool copy) const
{
    const Plan &plan = m_document->plan();
    const Session *pressed = plan.find(m_pressedId);
    // A move over the time axis or past the last column (where the view switches weeks) keeps
    // to the nearest column.
    const QRectF body = grid.geometry.body();
    const QPointF at = m_state == State::Move
        ? QPointF(std::clamp(double(pos.x()), body.left(), body.right() - 1), pos.y())
        : QPointF(pos);
    const std::optional<GridPosition> cell = grid.geometry.exactPositionAt(at);
    if (!pressed || !cell || !m_pressCell)
        return {};
    if (m_state == State::Resize) {
        // Minutes from the session's start day to the snapped pointer, across midnight too.
        const int dayOffset = (int(cell->day) - int(pressed->day) + kDaysPerWeek) % kDaysPerWeek;
        const int end = dayOffset * kMinutesPerDay + WeekGeometry::snap(grid.geometry.minuteAtY(pos.y()));
        return SessionEdits::resize(
            plan, pressed->id,
            std::clamp(end - pressed->startMinute, WeekGeometry::kSnapMinutes, PlanLimits::kMaxDurationMin));
    }
    // The pressed session's new start, snapped; every selected session moves by as much.
    const int raw
        = (grid.week - m_pressWeek) * kMinutesPerWeek + minuteOfWeek(*cell) - minuteOfWeek(*m_pressCell);
    const int target = int(std::lround((pressed->axisStart() + raw) / double(WeekGeometry::kSnapMinutes)))
        * WeekGeometry::kSnapMinutes;
    const int delta = target - pressed->axisStart();
    if (delta == 0 && !copy)
        return {};
    return copy ? SessionEdits::copy(plan, m_selection, delta, m_document->clockFormat())
                : SessionEdits::move(plan, m_selection, delta, m_document->clockFormat());
}

void WeekGesture::setPendingEdit(const PlanEdit &edit, bool dimSelection)
{
    m_pendingEdit = edit;
    emit pendingEditChanged(m_pendingEdit, dimSelection);
}

void WeekGesture::setCursor(Qt::CursorShape shape)
{
    if (shape == m_cursor)
        return;
    m_cursor = shape;
    emit cursorChanged(shape);
}

void WeekGesture::setHovered(const QString &id)
{
    if (id == m_hoveredId)
        return;
    m_hoveredId = id;
    emit hoveredChanged(id);
}

void WeekGesture::dragOutside()
{
    DragPayload payload;
    payload.origin = DragOrigin::Sessions;
    for (const QString &id : std::as_const(m_selection)) {
        if (const Session *s = m_document->plan().find(id))
            payload.sessions.append(*s);
    }
    cancel();
    if (!payload.sessions.isEmpty())
        emit draggedOutside(payload);
}

} // namespace ordo
