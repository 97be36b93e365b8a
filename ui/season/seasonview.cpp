// SPDX-License-Identifier: GPL-3.0-or-later

#include "seasonview.h"

#include "document/document.h"
#include "plandates.h"
#include "ruletitles.h"
#include "season.h"
#include "seasoncommands.h"
#include "seasonlayout.h"

#include <QAccessible>
#include <QDrag>
#include <QMimeData>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

using namespace seasonlayout;

SeasonView::SeasonView(Document *document, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
{
    setObjectName(u"SeasonView"_s);
    setAccessibleName(tr("Season overview"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    applyPalette();
    m_dragStarter = [](QMimeData *data, QWidget *source) {
        auto *drag = new QDrag(source);
        drag->setMimeData(data);
        return drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    };
    connect(m_document, &Document::planChanged, this, &SeasonView::rebuild);
    rebuild();
    m_commands = new SeasonCommands(this, m_document);
}

void SeasonView::setWeekStart(Day day)
{
    m_weekStart = day;
    m_season.setWeekStart(day);
    viewport()->update();
}

void SeasonView::setClock24(bool on)
{
    m_painter.options().clock24 = on;
}

void SeasonView::applyPalette()
{
    WeekPainterOptions o = WeekPainterOptions::fromPalette(palette());
    o.locale = locale();
    o.clock24 = m_painter.options().clock24;
    m_painter = WeekPainter(o);
    m_season.setColors(m_painter);
    m_season.setLocale(locale());
}

void SeasonView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
        viewport()->update();
    }
}

void SeasonView::rebuild()
{
    const Plan &plan = m_document->plan();
    const Analysis &analysis = m_document->analysis();
    m_season.setPlan(&plan, &analysis);
    m_currentWeek = std::clamp(m_currentWeek, 0, plan.weeks - 1);
    m_anchorWeek = std::clamp(m_anchorWeek, 0, plan.weeks - 1);
    updateScrollRange();
    viewport()->update();
}

// Geometry ------------------------------------------------------------------------------

int SeasonView::rowHeight() const
{
    return m_season.rowHeight(fontMetrics());
}

int SeasonView::headerHeight() const
{
    return m_season.headerHeight(fontMetrics());
}

int SeasonView::rowTop(int week) const
{
    return headerHeight() + week * rowHeight() - verticalScrollBar()->value();
}

int SeasonView::columnOf(Day day) const
{
    return m_season.columnOf(day);
}

SeasonPainter::Columns SeasonView::columns() const
{
    return m_season.columns(fontMetrics(), viewport()->width());
}

QRect SeasonView::dayCellRect(int week, Day day) const
{
    const SeasonPainter::Columns c = columns();
    return QRect(c.days + columnOf(day) * c.dayWidth, rowTop(week), c.dayWidth, rowHeight());
}

QRect SeasonView::weekLabelRect(int week) const
{
    const SeasonPainter::Columns c = columns();
    return QRect(c.label, rowTop(week), c.labelWidth, rowHeight());
}

QList<QRect> SeasonView::markRects(int week, Day day, const QRect &cell) const
{
    return m_season.markRects(week, day, cell);
}

QRect SeasonView::markRect(const QString &sessionId) const
{
    const Session *s = m_document->plan().find(sessionId);
    if (!s)
        return {};
    const QList<QRect> rects = markRects(s->week, s->day, dayCellRect(s->week, s->day));
    const int k = int(m_season.daySessions(s->week, s->day).indexOf(m_document->plan().indexOf(sessionId)));
    return k >= 0 && k < rects.size() ? rects[k] : QRect();
}

std::optional<int> SeasonView::weekAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight())
        return std::nullopt;
    const int week = (pos.y() - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    if (week < 0 || week >= m_document->plan().weeks)
        return std::nullopt;
    return week;
}

std::optional<SeasonView::Cell> SeasonView::cellAt(const QPoint &pos) const
{
    const std::optional<int> week = weekAt(pos);
    const SeasonPainter::Columns c = columns();
    if (!week || pos.x() < c.days || pos.x() >= c.totals)
        return std::nullopt;
    const int column = (pos.x() - c.days) / c.dayWidth;
    return Cell { *week, Day((column + int(m_weekStart)) % kDaysPerWeek) };
}

QString SeasonView::markAt(const QPoint &pos) const
{
    const std::optional<Cell> cell = cellAt(pos);
    if (!cell)
        return {};
    const QList<QRect> rects = markRects(cell->week, cell->day, dayCellRect(cell->week, cell->day));
    const QList<int> &items = m_season.daySessions(cell->week, cell->day);
    // The last painted is on top; a mark is easier to hit a pixel wider.
    for (int k = int(rects.size()) - 1; k >= 0; --k) {
        if (rects[k].adjusted(-1, -2, 1, 2).contains(pos))
            return m_document->plan().sessions[items[k]].id;
    }
    return {};
}

void SeasonView::updateScrollRange()
{
    const int content = m_document->plan().weeks * rowHeight();
    const int page = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void SeasonView::scrollToWeek(int week)
{
    const int top = week * rowHeight();
    const int page = viewport()->height() - headerHeight();
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + rowHeight() > bar->value() + page)
        bar->setValue(top + rowHeight() - page);
}

void SeasonView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void SeasonView::scrollContentsBy(int, int)
{
    viewport()->update();
}

// Texts ---------------------------------------------------------------------------------

QString SeasonView::cellText(int week, Day day) const
{
    const QLocale loc = locale();
    QString text = tr("Week %1, %2").arg(week + 1).arg(loc.dayName(int(day) + 1, QLocale::LongFormat));
    if (const std::optional<QDate> date = dateOf(m_document->plan(), week, day))
        text = tr("Week %1, %2").arg(week + 1).arg(loc.toString(*date, QLocale::LongFormat));
    const Plan &plan = m_document->plan();
    const ClockFormat clock = m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12;
    const QList<int> &items = m_season.daySessions(week, day);
    if (items.isEmpty())
        return tr("%1: no sessions").arg(text);
    QStringList parts;
    for (int i : items) {
        const Session &s = plan.sessions[i];
        parts.append(
            tr("%1 at %2, %3")
                .arg(s.displayTitle(), formatTime(s.startMinute, clock), formatDuration(s.durationMin)));
    }
    return tr("%1: %2").arg(text, parts.join(u"; "_s));
}

QStringList SeasonView::rowTexts(int week) const
{
    return m_season.rowTexts(week);
}

QString SeasonView::totalsText(int week) const
{
    const QStringList values = rowTexts(week);
    if (values.size() != kTotals)
        return {};
    const QStringList names = totalsDescriptions();
    QStringList parts;
    for (int i = 0; i < kTotals; ++i)
        parts.append(tr("%1: %2").arg(names[i], values[i]));
    QString text = parts.join(u"\n"_s);
    if (const QString dates = weekRangeText(m_document->plan(), week, locale()); !dates.isEmpty())
        text = tr("Week %1 · %2").arg(week + 1).arg(dates) + u"\n"_s + text;
    const int f = m_season.worstFinding(week);
    if (f >= 0) {
        const Finding &finding = m_document->analysis().findings[f];
        text += u"\n"_s
            + tr("Worst finding: %1 (%2)").arg(ruleTitle(finding.rule), displayName(finding.severity));
    }
    return text;
}

// Selection -------------------------------------------------------------------------------

void SeasonView::setCurrent(int week, Day day, bool extendSelection)
{
    const int weeks = m_document->plan().weeks;
    week = std::clamp(week, 0, weeks - 1);
    m_currentWeek = week;
    m_currentDay = day;
    if (!extendSelection)
        m_anchorWeek = week;
    scrollToWeek(week);
    viewport()->update();
    announceCurrent();
    emit selectionChanged();
}

void SeasonView::selectWeeks(int first, int count)
{
    const int weeks = m_document->plan().weeks;
    first = std::clamp(first, 0, weeks - 1);
    const int last = std::clamp(first + count - 1, first, weeks - 1);
    m_anchorWeek = first;
    m_currentWeek = last;
    scrollToWeek(last);
    viewport()->update();
    announceCurrent();
    emit selectionChanged();
}

void SeasonView::announceCurrent()
{
    setAccessibleDescription(cellText(m_currentWeek, m_currentDay));
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace ordo
