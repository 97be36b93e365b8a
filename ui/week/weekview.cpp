// SPDX-License-Identifier: GPL-3.0-or-later

// Set-up, layout, scrolling and painting of the week view; its input events and the drop preview
// are in weekviewinput.cpp.

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

// The hour at the top of the first screen when the visible hours do not all fit: the earliest
// full hour from which the most of the week's sessions are whole on screen (sessions in the
// evening were cut off at the bottom when the screen simply began at the first session).
int firstScreenTopHour(const Plan &plan, int week, int firstHour, int lastHour, double screenMinutes)
{
    int best = firstHour;
    int bestCount = 0;
    for (int hour = firstHour; hour < lastHour; ++hour) {
        const int top = hour * 60;
        int count = 0;
        for (const Session &s : plan.sessions) {
            if (s.week == week && s.startMinute >= top
                && s.startMinute + s.durationMin <= top + screenMinutes)
                ++count;
        }
        if (count > bestCount) {
            best = hour;
            bestCount = count;
        }
    }
    return best;
}

constexpr double kMinPixelsPerMinute = 0.4;
constexpr double kMaxPixelsPerMinute = 6.0;

Qt::DropAction runQDrag(QMimeData *data, QWidget *source)
{
    auto *drag = new QDrag(source);
    drag->setMimeData(data);
    if (const std::optional<DragPayload> payload = decodeDragMimeData(data)) {
        const QPixmap chip = SessionChip::render(payload->sessions, source->palette(), source->font(),
                                                 source->devicePixelRatioF());
        drag->setPixmap(chip);
        drag->setHotSpot(SessionChip::hotSpot(chip));
    }
    return drag->exec(Qt::CopyAction);
}

} // namespace

WeekView::WeekView(Document *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
    , m_gesture(document)
    , m_commands(new WeekCommands(this, document))
    , m_drop(this, document)
    , m_previewPanel(new DropPreviewPanel(viewport()))
    , m_legend(new AvailabilityLegend(&m_painter, this))
    , m_dragStarter(runQDrag)
    , m_clock(new NowClock(this))
    , m_hints(new BestSlotHints(this))
{
    // Sessions are painted, not widgets: this factory gives each one an accessible object.
    static const bool accessibleFactoryInstalled = [] {
        QAccessible::installFactory(&WeekViewAccessible::create);
        return true;
    }();
    Q_UNUSED(accessibleFactoryInstalled);
    setAccessibleName(tr("Week calendar"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setMinimumSize(480, 300);
    applyPalette();
    connect(m_hints, &BestSlotHints::changed, this, &WeekView::updateHintTints);
    connect(m_document, &Document::planChanged, this, [this] {
        // Scores of another plan would be stale; a move under way starts them again.
        m_hints->stop();
        if (m_week >= m_document->plan().weeks)
            setWeek(m_document->plan().weeks - 1);
        followEdit();
        updateLegend();
    });
    connect(m_document, &Document::planReset, this, [this] {
        m_hints->stop();
        setWeek(0);
        // A new plan starts at its own first hour, as if the view were new.
        m_userScrolled = false;
        m_initialScrollDone = false;
        updateScrollRange();
    });
    connectGesture();
    // Each minute the current-time line moves, if the shown week holds today.
    connect(m_clock, &NowClock::ticked, this, [this] {
        if (const std::optional<PlanDay> day = today(); day && day->week == m_week)
            viewport()->update();
    });
    connect(&m_navigator, &WeekDragNavigator::scrollRequested, this, [this](int pixels) {
        QScrollBar *bar = verticalScrollBar();
        const int before = bar->value();
        bar->setValue(before + pixels);
        if (bar->value() != before)
            followDrag();
    });
    connect(&m_navigator, &WeekDragNavigator::weekStepRequested, this, [this](int step) {
        setWeek(m_week + step);
        followDrag();
    });
    connect(&m_navigator, &WeekDragNavigator::zoneChanged, viewport(), qOverload<>(&QWidget::update));
    verticalScrollBar()->setSingleStep(20);
    rebuildLayout();
    updateLegend();
}

void WeekView::updateLegend()
{
    const bool shown = m_document->plan().availability.has_value();
    const int margin = shown ? m_legend->sizeHint().height() : 0;
    if (viewportMargins().bottom() != margin)
        setViewportMargins(0, 0, 0, margin);
    m_legend->setVisible(shown);
    if (shown) {
        const QRect v = viewport()->geometry();
        m_legend->setGeometry(v.left(), v.bottom() + 1, v.width(), m_legend->sizeHint().height());
        m_legend->update();
    }
}

void WeekView::connectGesture()
{
    connect(&m_gesture, &WeekGesture::selectionChanged, this, [this](const QStringList &ids) {
        m_painter.options().selectedIds = QSet<QString>(ids.begin(), ids.end());
        viewport()->update();
        announceFocus();
        emit selectionChanged(ids);
    });
    connect(&m_gesture, &WeekGesture::slotChanged, this, [this] {
        viewport()->update();
        emit slotChanged();
    });
    connect(&m_gesture, &WeekGesture::hoveredChanged, this, [this](const QString &id) {
        m_painter.options().hoveredId = id;
        viewport()->update();
    });
    connect(&m_gesture, &WeekGesture::pendingEditChanged, this, [this](const PlanEdit &edit, bool dim) {
        if (edit.isEmpty())
            clearPreview();
        else
            showPreview(edit, dim);
        if (m_gesture.state() != WeekGesture::State::Move && !m_drop.isHovering())
            m_navigator.stop(); // released, cancelled or handed over to a real drag
    });
    connect(&m_gesture, &WeekGesture::cursorChanged, this, [this](Qt::CursorShape shape) {
        if (shape == Qt::ArrowCursor)
            viewport()->unsetCursor();
        else
            viewport()->setCursor(shape);
    });
    connect(&m_gesture, &WeekGesture::rubberBandChanged, viewport(), qOverload<>(&QWidget::update));
    connect(&m_gesture, &WeekGesture::draggedOutside, this, [this](const DragPayload &payload) {
        if (m_dragStarter)
            m_dragStarter(createDragMimeData(payload), viewport());
    });
    connect(&m_gesture, &WeekGesture::keyEditApplied, this, [this] {
        if (!selectedIds().isEmpty())
            scrollToSession(selectedIds().first());
    });
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
    updateHintTints();
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        ++m_layoutGeneration;
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
    m_hints->setWeek(m_week);
    rebuildLayout();
    emit weekChanged(m_week);
}

void WeekView::setSelectedIds(const QStringList &ids)
{
    m_gesture.setSelection(ids);
}

WeekGesture::Grid WeekView::grid() const
{
    return { geometry(), &m_layout, viewport()->rect(), &labels(), m_week };
}

std::tuple<QRectF, double, double, Day, bool, int> WeekView::labelsKey(const WeekGeometry &g) const
{
    return std::make_tuple(g.body(), g.firstMinute(), g.pixelsPerMinute(), g.weekStart(),
                           m_painter.options().clock24, m_layoutGeneration);
}

const QList<BlockLabel> &WeekView::labels() const
{
    // Text layout is the dearest part of a hit test: kept until the grid or the plan changes.
    const WeekGeometry g = geometry();
    const auto key = labelsKey(g);
    if (key != m_labelsKey) {
        m_labelsKey = key;
        m_labels = m_painter.labels(g, m_layout, m_document->plan(), m_document->analysis(), font());
    }
    return m_labels;
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
    m_gesture.setWeekStart(day);
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
    const double axis = m_painter.axisWidth(f);
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

QStringList WeekView::shownSessionIds() const
{
    const WeekGeometry g = geometry();
    QList<const WeekBlock *> firsts;
    QSet<QString> seen;
    for (const WeekBlock &b : m_layout.blocks()) {
        if (!seen.contains(b.sessionId)) {
            seen.insert(b.sessionId);
            firsts.append(&b);
        }
    }
    std::stable_sort(firsts.begin(), firsts.end(), [&g](const WeekBlock *a, const WeekBlock *b) {
        return std::tuple(g.columnOfDay(a->day), a->startMinute, a->lane)
            < std::tuple(g.columnOfDay(b->day), b->startMinute, b->lane);
    });
    QStringList ids;
    for (const WeekBlock *b : std::as_const(firsts))
        ids.append(b->sessionId);
    return ids;
}

QRect WeekView::sessionRect(const QString &id) const
{
    const WeekGeometry g = geometry();
    QRectF r;
    for (const WeekBlock &b : m_layout.blocks()) {
        if (b.sessionId == id)
            r = r.isNull() ? WeekPainter::blockRect(g, b) : r.united(WeekPainter::blockRect(g, b));
    }
    return r.toAlignedRect();
}

QString WeekView::sessionAt(const QPoint &pos) const
{
    const WeekBlock *block = grid().blockAt(pos);
    return block ? block->sessionId : QString();
}

void WeekView::focusSession(const QString &id)
{
    if (!m_document->plan().find(id))
        return;
    setFocus(Qt::OtherFocusReason);
    setSelectedIds({ id });
    scrollToSession(id);
}

void WeekView::activateSession(const QString &id)
{
    focusSession(id);
    if (selectedIds() == QStringList { id })
        emit editRequested();
}

void WeekView::announceFocus()
{
    // Tab, arrows and clicks move through painted sessions: tell assistive technology which.
    if (!QAccessible::isActive() || !hasFocus() || selectedIds().isEmpty())
        return;
    auto *accessible = dynamic_cast<WeekViewAccessible *>(QAccessible::queryAccessibleInterface(this));
    if (!accessible)
        return;
    if (QAccessibleInterface *child = accessible->sessionChild(selectedIds().last())) {
        QAccessibleEvent focus(child, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void WeekView::updateScrollRange()
{
    const double bodyHeight = viewport()->height() - WeekPainter::headerHeight(font());
    const int minutes = (m_lastVisibleHour - m_firstVisibleHour) * 60;
    if (!m_userZoomed && bodyHeight > 0) {
        // The visible hours fit, unless blocks would get too short to read: then the grid
        // keeps a readable scale and scrolls.
        const double fit = std::max(bodyHeight / minutes, WeekLabels::readablePixelsPerMinute(font()));
        m_pixelsPerMinute = std::clamp(fit, kMinPixelsPerMinute, kMaxPixelsPerMinute);
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, int(std::ceil(kMinutesPerDay * m_pixelsPerMinute - bodyHeight))));
    bar->setPageStep(std::max(1, int(bodyHeight)));
    // Until the user scrolls or zooms, the first visible hour stays at the top, also while
    // the window is still finding its size.
    if ((!m_initialScrollDone || (!m_userZoomed && !m_userScrolled)) && bodyHeight > 0) {
        // Where the visible hours do not all fit, start where most of the week is on screen.
        int topHour = m_firstVisibleHour;
        if (bodyHeight / m_pixelsPerMinute < minutes)
            topHour = firstScreenTopHour(m_document->plan(), m_week, m_firstVisibleHour, m_lastVisibleHour,
                                         bodyHeight / m_pixelsPerMinute);
        m_scrollingProgrammatically = true;
        bar->setValue(int(std::round(topHour * 60 * m_pixelsPerMinute)));
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
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateLegend();
    updateScrollRange();
    placePreviewPanel();
}

void WeekView::scrollContentsBy(int, int)
{
    if (!m_scrollingProgrammatically)
        m_userScrolled = true;
    placePreviewPanel();
    viewport()->update();
}

void WeekView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const WeekGeometry g = geometry();
    const Plan &plan = m_document->plan();
    const Analysis &analysis = m_document->analysis();
    // Often only a part is asked for (a hover step: the ghosts' old and new places); the
    // painter skips what lies outside it.
    const QRect dirty = event->rect();
    const QRectF body = g.body();
    if (dirty.intersects(body.toAlignedRect())) {
        p.save();
        p.setClipRect(dirty);
        m_painter.paintBody(p, g, m_layout, plan, analysis, &labels());
        paintNow(p, g);
        p.restore();
    }
    const QRectF axis(0, body.top(), body.left(), body.height());
    // The axis and the header draw their edge lines on the body's first column and row.
    if (dirty.intersects(axis.toAlignedRect().adjusted(0, -1, 2, 1)))
        m_painter.paintTimeAxis(p, axis, g);
    const QRectF header(body.left(), 0, body.width(), body.top());
    if (dirty.intersects(header.toAlignedRect().adjusted(0, 0, 0, 2)))
        m_painter.paintHeader(p, header, g, plan, analysis, m_week);
    p.fillRect(QRectF(0, 0, body.left(), body.top()),
               m_painter.options().theme.color(Theme::HeaderBackground));
    if (plan.weeks > 1) {
        // The week in words above the time axis: on two lines where the axis is narrow, and
        // smaller where a word is still wider than the axis.
        const QRectF corner(0, 0, body.left(), body.top());
        const QString text = tr("Week %1").arg(m_week + 1);
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        const QRectF room = corner.adjusted(2, 1, -2, -1);
        const QRectF needed = p.fontMetrics().boundingRect(room.toRect(), flags, text);
        if (needed.width() > room.width() || needed.height() > room.height()) {
            QFont font = p.font();
            font.setPointSizeF(font.pointSizeF()
                               * std::min(room.width() / needed.width(), room.height() / needed.height()));
            p.setFont(font);
        }
        p.setPen(m_painter.options().theme.color(Theme::MutedText));
        p.drawText(room, flags, text);
        p.setFont(font());
    }
    if (const std::optional<QRect> band = m_gesture.rubberBand()) {
        QColor fill = m_painter.options().theme.color(Theme::Selection);
        fill.setAlpha(40);
        p.fillRect(*band, fill);
        p.setPen(m_painter.options().theme.color(Theme::Selection));
        p.drawRect(band->adjusted(0, 0, -1, -1));
    }
    paintWindowBand(p, g);
    if (const std::optional<GridPosition> slot = m_gesture.slot())
        m_painter.paintSlot(p, g, slot->day, slot->minute);
    m_painter.paintHint(p, g.body(), emptyHint());
    if (m_navigator.isTracking())
        paintWeekEdges(p);
    if (hasFocus() && selectedIds().isEmpty()) {
        // A thin focus line so keyboard users see where they are.
        p.setPen(QPen(m_painter.options().theme.color(Theme::Selection), 1));
        p.drawRect(viewport()->rect().adjusted(0, 0, -1, -1));
    }
}

void WeekView::paintWindowBand(QPainter &p, const WeekGeometry &g) const
{
    // Shift+drag: the window being added, with its times.
    const std::optional<WeekGesture::WindowBand> band = m_gesture.windowBand();
    if (!band || band->endMinute <= band->startMinute)
        return;
    const Theme &theme = m_painter.options().theme;
    const QRectF r = g.rectFor(band->column, band->startMinute, band->endMinute).adjusted(1, 0, -1, 0);
    QColor fill = theme.color(Theme::Positive);
    fill.setAlpha(60);
    p.fillRect(r, fill);
    p.setPen(QPen(theme.color(Theme::Positive), 1.5, Qt::DashLine));
    p.drawRect(r);
    p.setPen(theme.color(Theme::Text));
    p.drawText(r.adjusted(4, 2, -2, 0), Qt::AlignLeft | Qt::AlignTop,
               formatTimeRange(band->startMinute, band->endMinute,
                               m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12));
}

std::optional<PlanDay> WeekView::today() const
{
    return m_clock->today(m_document->plan());
}

void WeekView::paintNow(QPainter &p, const WeekGeometry &g) const
{
    const std::optional<PlanDay> day = today();
    if (!day || day->week != m_week)
        return;
    m_painter.paintNowLine(p, g, day->day, m_clock->minuteOfDay());
}

void WeekView::paintWeekEdges(QPainter &p) const
{
    // While dragging, the edges that lead to another week say so; the one under the pointer
    // is stronger while it counts down to the switch.
    const WeekDragNavigator::Area area = navigationArea();
    QFont arrowFont = font();
    arrowFont.setPointSizeF(arrowFont.pointSizeF() * 1.8);
    arrowFont.setBold(true);
    p.setFont(arrowFont);
    for (const auto zone : { WeekDragNavigator::Zone::PreviousWeek, WeekDragNavigator::Zone::NextWeek }) {
        const bool exists
            = zone == WeekDragNavigator::Zone::PreviousWeek ? area.hasPreviousWeek : area.hasNextWeek;
        if (!exists)
            continue;
        const QRectF r = WeekDragNavigator::sideRect(zone, area);
        QColor fill = m_painter.options().theme.color(Theme::Selection);
        fill.setAlpha(m_navigator.zone() == zone ? 110 : 35);
        p.fillRect(r, fill);
        p.setPen(m_painter.options().theme.color(Theme::Selection));
        p.drawText(r, Qt::AlignCenter, zone == WeekDragNavigator::Zone::PreviousWeek ? u"‹"_s : u"›"_s);
    }
}

QString WeekView::emptyHint() const
{
    if (!m_document->plan().sessions.isEmpty())
        return {};
    return tr("Drag a session from the palette onto the week, or double-click free time.\n"
              "With the keyboard: Insert adds a session; Enter adds the template chosen in the palette.");
}

int WeekView::axisMinuteOf(const GridPosition &position) const
{
    return m_week * kMinutesPerWeek + int(position.day) * kMinutesPerDay + position.minute;
}

} // namespace ordo
