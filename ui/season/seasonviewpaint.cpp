// SPDX-License-Identifier: GPL-3.0-or-later

// The season overview's painting: the rows on screen and the header, by SeasonPainter (the
// painter of the PDF's season page too), with the view's selection, focus and drop target.

#include "seasonview.h"

#include "document/document.h"
#include "theme/theme.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace ordo {

void SeasonView::paintRow(QPainter &p, const SeasonPainter::Columns &c, int week) const
{
    SeasonPainter::RowState state;
    state.selected = week >= firstSelectedWeek() && week < firstSelectedWeek() + selectedWeekCount();
    if (m_dropCell && m_dropCell->week == week) {
        state.dropDay = m_dropCell->day;
        state.dropAccepted = m_dropAccepted;
    }
    if (week == m_currentWeek && hasFocus())
        state.focusDay = m_currentDay;
    m_season.paintRow(p, c, week, QRect(0, rowTop(week), viewport()->width(), rowHeight()), state);
}

void SeasonView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const Theme &theme = m_painter.options().theme;
    p.fillRect(event->rect(), theme.color(Theme::Background));
    const SeasonPainter::Columns c = columns();
    const int weeks = m_document->plan().weeks;
    const int first
        = std::max(0, (event->rect().top() - headerHeight() + verticalScrollBar()->value()) / rowHeight());
    for (int w = first; w < weeks; ++w) {
        if (rowTop(w) > event->rect().bottom())
            break;
        if (rowTop(w) + rowHeight() < headerHeight())
            continue;
        paintRow(p, c, w);
    }
    m_season.paintHeader(p, c, QRect(0, 0, viewport()->width(), headerHeight()));
}

} // namespace ordo
