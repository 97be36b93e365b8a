// SPDX-License-Identifier: GPL-3.0-or-later

// The season overview's input: focus, mouse (select, open a day, drag a mark), keys, the
// context menu, tooltips and drops.

#include "seasonview.h"

#include "document/document.h"
#include "dragpayload.h"
#include "edits/sessionedits.h"
#include "seasoncommands.h"
#include "seasonlayout.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace ordo {

using namespace seasonlayout;

void SeasonView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    announceCurrent();
    viewport()->update();
}

void SeasonView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressedMark = markAt(pos);
    m_pressedCell = cellAt(pos);
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    if (m_pressedCell) {
        setCurrent(m_pressedCell->week, m_pressedCell->day, extend);
    } else if (const std::optional<int> week = weekAt(pos)) {
        setCurrent(*week, m_currentDay, extend);
    }
}

void SeasonView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressedMark.isEmpty())
        return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const Session *s = m_document->plan().find(m_pressedMark);
    m_pressedMark.clear();
    m_pressedCell.reset();
    if (!s)
        return;
    DragPayload payload;
    payload.origin = DragOrigin::Sessions;
    payload.sessions = { *s };
    m_dragStarter(createDragMimeData(payload), viewport());
}

void SeasonView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::optional<Cell> cell = cellAt(event->position().toPoint());
    if (m_pressedCell && cell && cell->week == m_pressedCell->week && cell->day == m_pressedCell->day
        && !event->modifiers().testFlag(Qt::ShiftModifier))
        emit dayActivated(cell->week, cell->day, m_pressedMark);
    m_pressedMark.clear();
    m_pressedCell.reset();
}

void SeasonView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const int weeks = m_document->plan().weeks;
    const int column = columnOf(m_currentDay);
    auto dayAt = [this](int col) { return Day((col + int(m_weekStart)) % kDaysPerWeek); };
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrent(m_currentWeek - 1, m_currentDay, shift);
        return;
    case Qt::Key_Down:
        setCurrent(m_currentWeek + 1, m_currentDay, shift);
        return;
    case Qt::Key_Left:
        if (column > 0)
            setCurrent(m_currentWeek, dayAt(column - 1), shift);
        else if (m_currentWeek > 0)
            setCurrent(m_currentWeek - 1, dayAt(kDaysPerWeek - 1), shift);
        return;
    case Qt::Key_Right:
        if (column < kDaysPerWeek - 1)
            setCurrent(m_currentWeek, dayAt(column + 1), shift);
        else if (m_currentWeek < weeks - 1)
            setCurrent(m_currentWeek + 1, dayAt(0), shift);
        return;
    case Qt::Key_Home:
        setCurrent(0, m_currentDay, shift);
        return;
    case Qt::Key_End:
        setCurrent(weeks - 1, m_currentDay, shift);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const int page = std::max(1, (viewport()->height() - headerHeight()) / rowHeight() - 1);
        setCurrent(m_currentWeek + (event->key() == Qt::Key_PageUp ? -page : page), m_currentDay, shift);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit dayActivated(m_currentWeek, m_currentDay, QString());
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void SeasonView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint pos = event->pos(); // the viewport's: QAbstractScrollArea hands its events on
    if (event->reason() == QContextMenuEvent::Mouse) {
        if (const std::optional<int> week = weekAt(pos)) {
            const bool inSelection
                = *week >= firstSelectedWeek() && *week < firstSelectedWeek() + selectedWeekCount();
            if (!inSelection) {
                const std::optional<Cell> cell = cellAt(pos);
                setCurrent(*week, cell ? cell->day : m_currentDay);
            }
        }
    }
    QMenu menu(this);
    m_commands->addTo(&menu);
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
        ? event->globalPos()
        : viewport()->mapToGlobal(dayCellRect(m_currentWeek, m_currentDay).center());
    menu.exec(at);
}

bool SeasonView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = help->pos();
        QString text;
        if (const QString id = markAt(pos); !id.isEmpty()) {
            const Session *s = m_document->plan().find(id);
            const ClockFormat clock = m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12;
            text = tr("%1 at %2, %3")
                       .arg(s->displayTitle(), formatTime(s->startMinute, clock),
                            formatDuration(s->durationMin));
            for (const Finding &f : m_document->analysis().findings) {
                if (!f.hiddenByDefault && f.sessions.contains(id)) {
                    text += u"\n"_s + f.message;
                    break;
                }
            }
        } else if (const std::optional<Cell> cell = cellAt(pos)) {
            text = cellText(cell->week, cell->day);
        } else if (const std::optional<int> week = weekAt(pos)) {
            text = totalsText(*week);
        } else if (pos.y() < headerHeight() && pos.x() >= columns().totals) {
            const SeasonPainter::Columns c = columns();
            int x = c.totals;
            const QStringList names = totalsDescriptions();
            for (int i = 0; i < kTotals; ++i) {
                if (pos.x() < x + c.totalWidths[i]) {
                    text = names[i];
                    break;
                }
                x += c.totalWidths[i];
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// Drops ---------------------------------------------------------------------------------

PlanEdit SeasonView::dropEdit(const QMimeData *data, const QPoint &pos, Qt::KeyboardModifiers modifiers) const
{
    const std::optional<Cell> cell = cellAt(pos);
    const std::optional<DragPayload> payload = decodeDragMimeData(data);
    if (!cell || !payload || payload->sessions.isEmpty())
        return {};
    const Plan &plan = m_document->plan();
    const Session &first = payload->sessions.first();
    const int targetDay = cell->week * kDaysPerWeek + int(cell->day);
    PlanEdit edit;
    // A mark of this plan moves by whole days, keeping its time (Ctrl: a copy); anything else
    // (a template from the palette) lands on the day at its own time.
    const Session *own = payload->origin == DragOrigin::Sessions ? plan.find(first.id) : nullptr;
    if (own && *own == first) {
        const int delta = (targetDay - (own->week * kDaysPerWeek + int(own->day))) * kMinutesPerDay;
        const bool copy = modifiers.testFlag(Qt::ControlModifier);
        if (delta == 0 && !copy)
            return {};
        edit = copy ? SessionEdits::copy(plan, { own->id }, delta, m_document->clockFormat())
                    : SessionEdits::move(plan, { own->id }, delta, m_document->clockFormat());
    } else {
        edit = SessionEdits::place(plan, payload->sessions, targetDay * kMinutesPerDay + first.startMinute,
                                   m_document->clockFormat());
    }
    return m_document->canApply(edit) ? edit : PlanEdit {};
}

void SeasonView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!decodeDragMimeData(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void SeasonView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const PlanEdit edit = dropEdit(event->mimeData(), pos, event->modifiers());
    m_dropCell = cellAt(pos);
    m_dropAccepted = !edit.isEmpty();
    // Near the top or bottom edge the rows scroll under the drag.
    if (pos.y() < headerHeight() + rowHeight() / 2)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - rowHeight() / 2);
    else if (pos.y() > viewport()->height() - rowHeight() / 2)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rowHeight() / 2);
    viewport()->update();
    if (edit.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(event->modifiers().testFlag(Qt::ControlModifier) ? Qt::CopyAction : Qt::MoveAction);
    event->accept();
}

void SeasonView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropCell.reset();
    viewport()->update();
}

void SeasonView::dropEvent(QDropEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const PlanEdit edit = dropEdit(event->mimeData(), pos, event->modifiers());
    m_dropCell.reset();
    viewport()->update();
    if (edit.isEmpty() || !m_document->apply(edit)) {
        event->ignore();
        return;
    }
    // A move was done here: the source must not delete anything.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (const std::optional<Cell> cell = cellAt(pos))
        setCurrent(cell->week, cell->day);
}

} // namespace ordo
