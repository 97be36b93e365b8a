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
    m_daySessions = QList<QList<int>>(plan.weeks * kDaysPerWeek);
    for (int i = 0; i < plan.sessions.size(); ++i) {
        const Session &s = plan.sessions[i];
        const int d = s.week * kDaysPerWeek + int(s.day);
        if (d >= 0 && d < m_daySessions.size())
            m_daySessions[d].append(i);
    }
    m_worst = WeekPainter::worstSeverities(analysis);
    m_worstFinding = worstFindingPerWeek(analysis, plan.weeks);
    m_currentWeek = std::clamp(m_currentWeek, 0, plan.weeks - 1);
    m_anchorWeek = std::clamp(m_anchorWeek, 0, plan.weeks - 1);
    updateScrollRange();
    viewport()->update();
}

// Geometry ------------------------------------------------------------------------------

int SeasonView::rowHeight() const
{
    return std::max(30, fontMetrics().height() * 2 + 8);
}

int SeasonView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int SeasonView::rowTop(int week) const
{
    return headerHeight() + week * rowHeight() - verticalScrollBar()->value();
}

int SeasonView::columnOf(Day day) const
{
    return (int(day) - int(m_weekStart) + kDaysPerWeek) % kDaysPerWeek;
}

SeasonView::Columns SeasonView::columns() const
{
    const QFontMetrics fm = fontMetrics();
    Columns c;
    c.label = 0;
    c.labelWidth
        = std::max(fm.horizontalAdvance(tr("Week %1").arg(52)), fm.horizontalAdvance(u"Build 00"_s)) + 16;
    const QStringList headers = totalsHeaders();
    int totals = 0;
    for (const QString &h : headers) {
        const int w = std::max(fm.horizontalAdvance(h), fm.horizontalAdvance(u"99,999"_s)) + 12;
        c.totalWidths.append(w);
        totals += w;
    }
    const int width = viewport()->width();
    const int minWorst = fm.horizontalAdvance(u"M"_s) * 12;
    c.dayWidth = std::clamp((width - c.labelWidth - totals - minWorst) / kDaysPerWeek, 34, 110);
    c.days = c.labelWidth;
    c.totals = c.days + c.dayWidth * kDaysPerWeek;
    c.worst = c.totals + totals;
    c.worstWidth = std::max(0, width - c.worst);
    return c;
}

QRect SeasonView::dayCellRect(int week, Day day) const
{
    const Columns c = columns();
    return QRect(c.days + columnOf(day) * c.dayWidth, rowTop(week), c.dayWidth, rowHeight());
}

QRect SeasonView::weekLabelRect(int week) const
{
    const Columns c = columns();
    return QRect(c.label, rowTop(week), c.labelWidth, rowHeight());
}

QList<QRect> SeasonView::markRects(int week, Day day, const QRect &cell) const
{
    QList<QRect> out;
    const int d = week * kDaysPerWeek + int(day);
    if (d < 0 || d >= m_daySessions.size())
        return out;
    const QList<int> &items = m_daySessions[d];
    if (items.isEmpty())
        return out;
    const int n = int(items.size());
    const QRect inner = cell.adjusted(4, 5, -4, -5);
    const int w = std::clamp((inner.width() - (n - 1) * kMarkGap) / n, kMinMarkWidth, kMaxMarkWidth);
    const int step = std::min(w + kMarkGap, n > 1 ? (inner.width() - w) / (n - 1) : w);
    const Plan &plan = m_document->plan();
    for (int k = 0; k < n; ++k) {
        const Session &s = plan.sessions[items[k]];
        const int h = std::clamp(inner.height() * s.durationMin / kFullMarkMinutes, 6, inner.height());
        out.append(QRect(inner.left() + k * step, inner.bottom() + 1 - h, w, h));
    }
    return out;
}

QRect SeasonView::markRect(const QString &sessionId) const
{
    const Session *s = m_document->plan().find(sessionId);
    if (!s)
        return {};
    const int d = s->week * kDaysPerWeek + int(s->day);
    if (d < 0 || d >= m_daySessions.size())
        return {};
    const QList<QRect> rects = markRects(s->week, s->day, dayCellRect(s->week, s->day));
    const int k = int(m_daySessions[d].indexOf(m_document->plan().indexOf(sessionId)));
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
    const Columns c = columns();
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
    const QList<int> &items = m_daySessions[cell->week * kDaysPerWeek + int(cell->day)];
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
    const int d = week * kDaysPerWeek + int(day);
    if (d < 0 || d >= m_daySessions.size())
        return text;
    const Plan &plan = m_document->plan();
    const ClockFormat clock = m_painter.options().clock24 ? ClockFormat::H24 : ClockFormat::H12;
    if (m_daySessions[d].isEmpty())
        return tr("%1: no sessions").arg(text);
    QStringList parts;
    for (int i : m_daySessions[d]) {
        const Session &s = plan.sessions[i];
        parts.append(
            tr("%1 at %2, %3")
                .arg(s.displayTitle(), formatTime(s.startMinute, clock), formatDuration(s.durationMin)));
    }
    return tr("%1: %2").arg(text, parts.join(u"; "_s));
}

QStringList SeasonView::rowTexts(int week) const
{
    const Analysis &a = m_document->analysis();
    if (week < 0 || week >= a.weeks.size())
        return {};
    const WeekFigures &f = a.weeks[week];
    const QLocale loc = locale();
    return {
        loc.toString(std::lround(f.load)), loc.toString(f.hardMinutes), loc.toString(f.hiitSessions),
        loc.toString(f.liftingSessions),   loc.toString(f.restDays),    loc.toString(std::lround(f.kcal)),
    };
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
    const int f = week < m_worstFinding.size() ? m_worstFinding[week] : -1;
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
