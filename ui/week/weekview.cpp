// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekview.h"

#include "document/document.h"
#include "edits/sessionedits.h"
#include "enums.h"
#include "sessionmenu.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
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

constexpr double kMinPixelsPerMinute = 0.4;
constexpr double kMaxPixelsPerMinute = 6.0;
constexpr int kResizeHandlePixels = 6;

Qt::DropAction runQDrag(QMimeData *data, QWidget *source)
{
    auto *drag = new QDrag(source);
    drag->setMimeData(data);
    return drag->exec(Qt::CopyAction);
}

QColor previewColor(const EditPreview &preview)
{
    const std::optional<Severity> worst = preview.worstSeverity();
    if (!worst || *worst == Severity::Info)
        return QColor(0x2e, 0x9e, 0x4f);
    return WeekPainter::severityColor(*worst);
}

} // namespace

WeekView::WeekView(Document *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
    , m_dragStarter(runQDrag)
{
    setAccessibleName(tr("Week calendar"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setMinimumSize(480, 300);
    applyPalette();
    connect(m_document, &Document::planChanged, this, [this] {
        if (m_week >= m_document->plan().weeks)
            setWeek(m_document->plan().weeks - 1);
        QStringList kept;
        for (const QString &id : std::as_const(m_selected)) {
            if (m_document->plan().find(id))
                kept.append(id);
        }
        if (kept != m_selected)
            select(kept);
        rebuildLayout();
    });
    connect(m_document, &Document::planReset, this, [this] {
        setWeek(0);
        select({});
    });
    verticalScrollBar()->setSingleStep(20);
    rebuildLayout();
}

void WeekView::applyPalette()
{
    WeekPainterOptions o = WeekPainterOptions::fromPalette(palette());
    const WeekPainterOptions &old = m_painter.options();
    o.locale = locale();
    o.clock24 = old.clock24;
    o.weekStart = old.weekStart;
    o.selectedIds = old.selectedIds;
    m_painter = WeekPainter(o);
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LocaleChange) {
        applyPalette();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void WeekView::setWeek(int week)
{
    week = std::clamp(week, 0, std::max(0, m_document->plan().weeks - 1));
    if (week == m_week)
        return;
    m_week = week;
    rebuildLayout();
    emit weekChanged(m_week);
}

void WeekView::select(const QStringList &ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    m_painter.options().selectedIds = QSet<QString>(ids.begin(), ids.end());
    viewport()->update();
    emit selectionChanged(m_selected);
}

void WeekView::setSelectedIds(const QStringList &ids)
{
    select(ids);
}

void WeekView::scrollToSession(const QString &id)
{
    const Session *s = m_document->plan().find(id);
    if (!s)
        return;
    setWeek(s->week);
    const WeekGeometry g = geometry();
    const double top = g.yOfMinute(s->startMinute) - g.body().top();
    const double bottom = g.yOfMinute(s->startMinute + s->durationMin) - g.body().top();
    QScrollBar *bar = verticalScrollBar();
    if (top < 0 || bottom > g.body().height())
        bar->setValue(int(bar->value() + top - g.body().height() / 4));
}

void WeekView::setWeekStart(Day day)
{
    m_painter.options().weekStart = day;
    viewport()->update();
}

void WeekView::setClock24(bool on)
{
    m_painter.options().clock24 = on;
    viewport()->update();
}

void WeekView::setVisibleHours(int firstHour, int lastHour)
{
    m_firstVisibleHour = std::clamp(firstHour, 0, 23);
    m_lastVisibleHour = std::clamp(lastHour, m_firstVisibleHour + 1, 24);
    m_userZoomed = false;
    m_userScrolled = false;
    m_initialScrollDone = false;
    updateScrollRange();
}

WeekGeometry WeekView::geometry() const
{
    const QFont f = font();
    const double header = WeekPainter::headerHeight(f);
    const double axis = WeekPainter::axisWidth(f);
    const QRectF body(axis, header, viewport()->width() - axis, viewport()->height() - header);
    return WeekGeometry(body, verticalScrollBar()->value() / m_pixelsPerMinute, m_pixelsPerMinute,
                        m_painter.options().weekStart);
}

QPoint WeekView::pointAt(Day day, int minute) const
{
    const WeekGeometry g = geometry();
    const QRectF cell = g.rectFor(g.columnOfDay(day), minute, minute + 1);
    return QPoint(int(cell.center().x()), int(std::floor(cell.top())) + 1);
}

void WeekView::rebuildLayout()
{
    m_layout = WeekLayout::build(m_document->plan().sessions, m_document->plan(), m_week);
    viewport()->update();
}

void WeekView::updateScrollRange()
{
    const double bodyHeight = viewport()->height() - WeekPainter::headerHeight(font());
    if (!m_userZoomed && bodyHeight > 0) {
        const int minutes = (m_lastVisibleHour - m_firstVisibleHour) * 60;
        m_pixelsPerMinute = std::clamp(bodyHeight / minutes, kMinPixelsPerMinute, kMaxPixelsPerMinute);
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, int(std::ceil(kMinutesPerDay * m_pixelsPerMinute - bodyHeight))));
    bar->setPageStep(std::max(1, int(bodyHeight)));
    // Until the user scrolls or zooms, the first visible hour stays at the top, also while
    // the window is still finding its size.
    if ((!m_initialScrollDone || (!m_userZoomed && !m_userScrolled)) && bodyHeight > 0) {
        m_scrollingProgrammatically = true;
        bar->setValue(int(std::round(m_firstVisibleHour * 60 * m_pixelsPerMinute)));
        m_scrollingProgrammatically = false;
        m_initialScrollDone = true;
    }
    viewport()->update();
}

void WeekView::setZoom(double pixelsPerMinute, double anchorY)
{
    pixelsPerMinute = std::clamp(pixelsPerMinute, kMinPixelsPerMinute, kMaxPixelsPerMinute);
    if (qFuzzyCompare(pixelsPerMinute, m_pixelsPerMinute))
        return;
    const WeekGeometry before = geometry();
    const double anchorMinute = before.minuteAtY(anchorY);
    m_pixelsPerMinute = pixelsPerMinute;
    m_userZoomed = true;
    updateScrollRange();
    // Keep the minute under the anchor where it was.
    verticalScrollBar()->setValue(
        int(std::round(anchorMinute * m_pixelsPerMinute - (anchorY - before.body().top()))));
    emit zoomChanged(m_pixelsPerMinute);
}

void WeekView::zoomIn()
{
    setZoom(m_pixelsPerMinute * 1.25, geometry().body().center().y());
}

void WeekView::zoomOut()
{
    setZoom(m_pixelsPerMinute / 1.25, geometry().body().center().y());
}

void WeekView::resetZoom()
{
    m_userZoomed = false;
    m_userScrolled = false;
    m_initialScrollDone = false;
    updateScrollRange();
    emit zoomChanged(m_pixelsPerMinute);
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void WeekView::scrollContentsBy(int, int)
{
    if (!m_scrollingProgrammatically)
        m_userScrolled = true;
    viewport()->update();
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const WeekGeometry g = geometry();
    const Plan &plan = m_document->plan();
    const Analysis &analysis = m_document->analysis();
    m_painter.paintBody(p, g, m_layout, plan, analysis);
    const QRectF body = g.body();
    m_painter.paintTimeAxis(p, QRectF(0, body.top(), body.left(), body.height()), g);
    m_painter.paintHeader(p, QRectF(body.left(), 0, body.width(), body.top()), g, analysis, m_week);
    p.fillRect(QRectF(0, 0, body.left(), body.top()), m_painter.options().headerBackground);
    if (plan.weeks > 1) {
        p.setPen(m_painter.options().mutedText);
        p.drawText(QRectF(0, 0, body.left(), body.top()), Qt::AlignCenter, tr("W%1").arg(m_week + 1));
    }
    if (m_gesture == Gesture::RubberBand) {
        const QRect band = QRect(m_pressPos, m_currentPos).normalized();
        QColor fill = m_painter.options().selection;
        fill.setAlpha(40);
        p.fillRect(band, fill);
        p.setPen(m_painter.options().selection);
        p.drawRect(band.adjusted(0, 0, -1, -1));
    }
    if (hasFocus() && m_selected.isEmpty()) {
        // A thin focus line so keyboard users see where they are.
        p.setPen(QPen(m_painter.options().selection, 1));
        p.drawRect(viewport()->rect().adjusted(0, 0, -1, -1));
    }
}

const WeekBlock *WeekView::blockAt(const QPoint &pos) const
{
    const WeekGeometry g = geometry();
    if (!g.body().contains(pos))
        return nullptr;
    // Topmost = last painted.
    const QList<WeekBlock> &blocks = m_layout.blocks();
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it) {
        if (WeekPainter::blockRect(g, *it).contains(pos))
            return &*it;
    }
    return nullptr;
}

bool WeekView::onBottomEdge(const WeekBlock &block, const QPoint &pos) const
{
    if (block.continuesToNextDay)
        return false;
    const QRectF r = WeekPainter::blockRect(geometry(), block);
    return r.height() >= 12 && pos.y() >= r.bottom() - kResizeHandlePixels;
}

int WeekView::axisMinuteOf(const GridPosition &position) const
{
    return m_week * kMinutesPerWeek + int(position.day) * kMinutesPerDay + position.minute;
}

void WeekView::showPreview(const PlanEdit &edit, bool dimSelection)
{
    WeekPainterOptions &o = m_painter.options();
    m_preview = EditPreview::compute(m_document->plan(), m_document->analysis(), edit);
    o.ghosts = edit.upserts;
    o.ghostOutline = previewColor(m_preview);
    o.dimmedIds.clear();
    if (dimSelection) {
        for (const Session &s : edit.upserts)
            o.dimmedIds.insert(s.id);
    }
    viewport()->update();
    emit previewChanged(m_preview);
}

void WeekView::showPreviewToolTip(const QPoint &pos)
{
    if (!m_preview.isValid())
        return;
    const QString text = m_preview.toolTip();
    // Re-laying out an unchanged tooltip is the most expensive part of a hover step.
    if (text == m_shownToolTip && QToolTip::isVisible())
        return;
    m_shownToolTip = text;
    QToolTip::showText(viewport()->mapToGlobal(pos), text, viewport());
}

void WeekView::clearPreview()
{
    WeekPainterOptions &o = m_painter.options();
    if (o.ghosts.isEmpty() && o.dimmedIds.isEmpty() && !m_preview.isValid())
        return;
    o.ghosts.clear();
    o.dimmedIds.clear();
    m_preview = {};
    m_shownToolTip.clear();
    QToolTip::hideText();
    viewport()->update();
    emit previewChanged(m_preview);
}

void WeekView::cancelGesture()
{
    m_gesture = Gesture::None;
    m_pendingEdit = {};
    m_pressCell.reset();
    m_pressedId.clear();
    clearPreview();
    if (viewport()->cursor().shape() != Qt::ArrowCursor)
        viewport()->unsetCursor();
}

PlanEdit WeekView::gestureEdit(const QPoint &pos, bool copy) const
{
    const Plan &plan = m_document->plan();
    const Session *pressed = plan.find(m_pressedId);
    const std::optional<GridPosition> cell = geometry().exactPositionAt(pos);
    if (!pressed || !cell || !m_pressCell)
        return {};
    if (m_gesture == Gesture::Resize) {
        // Minutes from the session's start day to the snapped pointer, across midnight too.
        const int dayOffset = (int(cell->day) - int(pressed->day) + kDaysPerWeek) % kDaysPerWeek;
        const int end = dayOffset * kMinutesPerDay + WeekGeometry::snap(geometry().minuteAtY(pos.y()));
        return SessionEdits::resize(plan, pressed->id, std::clamp(end - pressed->startMinute, 15, 600));
    }
    // The pressed session's new start, snapped; every selected session moves by as much.
    const int raw = axisMinuteOf(*cell) - axisMinuteOf(*m_pressCell);
    const int target = int(std::lround((pressed->axisStart() + raw) / 15.0)) * 15;
    const int delta = target - pressed->axisStart();
    if (delta == 0 && !copy)
        return {};
    return copy ? SessionEdits::copy(plan, m_selected, delta) : SessionEdits::move(plan, m_selected, delta);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = m_currentPos = event->position().toPoint();
    m_pressWithControl = event->modifiers().testFlag(Qt::ControlModifier);
    m_pressCell = geometry().exactPositionAt(m_pressPos);
    const WeekBlock *block = blockAt(m_pressPos);
    if (!block) {
        if (geometry().body().contains(m_pressPos)) {
            m_gesture = Gesture::RubberBand;
            if (!m_pressWithControl)
                select({});
        }
        return;
    }
    m_pressedId = block->sessionId;
    m_pressAddedToSelection = !m_selected.contains(m_pressedId);
    if (m_pressAddedToSelection && !m_pressWithControl)
        select({ m_pressedId });
    else if (m_pressAddedToSelection)
        select(m_selected + QStringList { m_pressedId });
    m_gesture = onBottomEdge(*block, m_pressPos) ? Gesture::Resize : Gesture::Pending;
    if (m_gesture == Gesture::Resize)
        select({ m_pressedId });
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_currentPos = pos;
    switch (m_gesture) {
    case Gesture::None: {
        const WeekBlock *block = blockAt(pos);
        const QString hovered = block ? block->sessionId : QString();
        viewport()->setCursor(block && onBottomEdge(*block, pos) ? Qt::SizeVerCursor : Qt::ArrowCursor);
        if (hovered != m_painter.options().hoveredId) {
            m_painter.options().hoveredId = hovered;
            viewport()->update();
        }
        return;
    }
    case Gesture::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_gesture = Gesture::Move;
        viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Gesture::Move:
    case Gesture::Resize: {
        if (m_gesture == Gesture::Move && !viewport()->rect().contains(pos)) {
            startExternalDrag();
            return;
        }
        const bool copy = m_gesture == Gesture::Move && event->modifiers().testFlag(Qt::ControlModifier);
        const PlanEdit edit = gestureEdit(pos, copy);
        if (edit.upserts == m_pendingEdit.upserts && edit.text == m_pendingEdit.text)
            return;
        m_pendingEdit = edit;
        if (edit.isEmpty())
            clearPreview();
        else
            showPreview(edit, !copy);
        showPreviewToolTip(pos);
        return;
    }
    case Gesture::RubberBand:
        viewport()->update();
        return;
    }
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    switch (m_gesture) {
    case Gesture::Pending:
        // A plain Ctrl+click toggles the session in the selection.
        if (m_pressWithControl && !m_pressAddedToSelection && m_selected.size() > 1) {
            QStringList ids = m_selected;
            ids.removeAll(m_pressedId);
            select(ids);
        }
        break;
    case Gesture::Move:
    case Gesture::Resize: {
        const bool copy = m_gesture == Gesture::Move && event->modifiers().testFlag(Qt::ControlModifier);
        const PlanEdit edit = gestureEdit(pos, copy);
        cancelGesture();
        if (!edit.isEmpty() && m_document->apply(edit) && copy) {
            QStringList ids;
            for (const Session &s : edit.upserts)
                ids.append(s.id);
            select(ids);
        }
        return;
    }
    case Gesture::RubberBand: {
        const QRectF band = QRectF(QRect(m_pressPos, pos).normalized());
        QStringList ids = m_pressWithControl ? m_selected : QStringList();
        if (band.width() > 2 || band.height() > 2) {
            const WeekGeometry g = geometry();
            for (const WeekBlock &b : m_layout.blocks()) {
                if (WeekPainter::blockRect(g, b).intersects(band) && !ids.contains(b.sessionId))
                    ids.append(b.sessionId);
            }
        }
        select(ids);
        break;
    }
    case Gesture::None:
        break;
    }
    cancelGesture();
    viewport()->update();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const WeekBlock *block = blockAt(event->position().toPoint())) {
        select({ block->sessionId });
        emit editRequested();
    }
}

void WeekView::startExternalDrag()
{
    DragPayload payload;
    payload.origin = DragOrigin::Sessions;
    for (const QString &id : std::as_const(m_selected)) {
        if (const Session *s = m_document->plan().find(id))
            payload.sessions.append(*s);
    }
    cancelGesture();
    if (payload.sessions.isEmpty() || !m_dragStarter)
        return;
    QMimeData *data = createDragMimeData(payload);
    m_dragStarter(data, viewport());
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

PlanEdit WeekView::dropEdit(const DragPayload &payload, const QPoint &pos) const
{
    const std::optional<GridPosition> cell = geometry().positionAt(pos);
    if (!cell)
        return {};
    const PlanEdit edit = SessionEdits::place(m_document->plan(), payload.sessions, axisMinuteOf(*cell));
    return m_document->canApply(edit) ? edit : PlanEdit {};
}

void WeekView::dragEnterEvent(QDragEnterEvent *event)
{
    m_dropPayload = decodeDragMimeData(event->mimeData());
    m_lastDropCell.reset();
    m_dropEdit = {};
    if (!m_dropPayload) {
        event->ignore(); // foreign data (e.g. a .ordo file) goes to the window
        return;
    }
    // Accepting the enter makes this the drag's target, so Qt sends it the moves; each move
    // (the first one comes right after, at the same spot) answers whether the drop may land.
    event->acceptProposedAction();
}

void WeekView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_dropPayload) {
        event->ignore();
        return;
    }
    // Moves arrive pre-accepted after an accepted enter: every path answers explicitly.
    const QPoint pos = event->position().toPoint();
    const std::optional<GridPosition> cell = geometry().positionAt(pos);
    if (!cell || cell != m_lastDropCell) {
        m_lastDropCell = cell;
        m_dropEdit = dropEdit(*m_dropPayload, pos);
        if (m_dropEdit.isEmpty()) {
            clearPreview();
        } else {
            showPreview(m_dropEdit, false);
            showPreviewToolTip(pos);
        }
    }
    if (m_dropEdit.isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void WeekView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropPayload.reset();
    m_lastDropCell.reset();
    m_dropEdit = {};
    clearPreview();
}

void WeekView::dropEvent(QDropEvent *event)
{
    // Decode, map, one document call; dropEdit() gave the same answer while hovering.
    const std::optional<DragPayload> payload = decodeDragMimeData(event->mimeData());
    const PlanEdit edit = payload ? dropEdit(*payload, event->position().toPoint()) : PlanEdit {};
    m_dropPayload.reset();
    m_lastDropCell.reset();
    m_dropEdit = {};
    clearPreview();
    if (edit.isEmpty() || !m_document->apply(edit)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    QStringList ids;
    for (const Session &s : edit.upserts)
        ids.append(s.id);
    select(ids);
    setFocus(Qt::OtherFocusReason);
}

bool WeekView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_gesture == Gesture::None) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const WeekBlock *block = blockAt(help->pos())) {
            const Session *s = m_document->plan().find(block->sessionId);
            if (!s)
                return true;
            QStringList lines { u"<b>"_s + s->displayTitle().toHtmlEscaped() + u"</b>"_s,
                                SessionEdits::whenText(*s) + u", "_s + formatDuration(s->durationMin) };
            for (const Finding &f : m_document->analysis().findings) {
                if (!f.hiddenByDefault && f.sessions.contains(s->id))
                    lines.append(u"• "_s + displayName(f.severity) + u": "_s + f.message.toHtmlEscaped());
            }
            QToolTip::showText(help->globalPos(), lines.join(u"<br>"_s), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::Leave && m_gesture == Gesture::None
        && !m_painter.options().hoveredId.isEmpty()) {
        m_painter.options().hoveredId.clear();
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    const Plan &plan = m_document->plan();
    PlanEdit edit;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_gesture != Gesture::None)
            cancelGesture();
        else
            select({});
        return;
    case Qt::Key_PageUp:
        setWeek(m_week - 1);
        return;
    case Qt::Key_PageDown:
        setWeek(m_week + 1);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_D:
        edit = SessionEdits::forKey(plan, m_selected, event->key(), event->modifiers());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            emit editRequested();
        return;
    default:
        break;
    }
    if (edit.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const bool added
        = edit.removals.isEmpty() && !m_selected.isEmpty() && plan.find(edit.upserts.value(0).id) == nullptr;
    if (m_document->apply(edit)) {
        if (added) {
            QStringList ids;
            for (const Session &s : edit.upserts)
                ids.append(s.id);
            select(ids);
        }
        if (!m_selected.isEmpty())
            scrollToSession(m_selected.first());
    }
    event->accept();
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
    int i = m_selected.isEmpty() ? -1 : int(order.indexOf(m_selected.last()));
    if (i < 0)
        i = next ? 0 : int(order.size()) - 1;
    else
        i = (i + (next ? 1 : -1) + int(order.size())) % int(order.size());
    select({ order[i] });
    scrollToSession(order[i]);
    return true;
}

void WeekView::contextMenuEvent(QContextMenuEvent *event)
{
    const WeekBlock *block = blockAt(event->pos());
    if (!block)
        return;
    if (!m_selected.contains(block->sessionId))
        select({ block->sessionId });
    SessionMenu menu(m_document, m_selected, block->sessionId, this);
    connect(&menu, &SessionMenu::editRequested, this, &WeekView::editRequested);
    menu.exec(event->globalPos());
}

} // namespace ordo
