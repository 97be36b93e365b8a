// SPDX-License-Identifier: GPL-3.0-or-later

// The season overview's painting: the header, and each week's row with its label and phase,
// day cells with their marks, totals and worst finding.

#include "seasonview.h"

#include "document/document.h"
#include "phase.h"
#include "ruletitles.h"
#include "seasonlayout.h"
#include "theme/theme.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace ordo {

using namespace seasonlayout;

void SeasonView::paintHeader(QPainter &p, const Columns &c) const
{
    const Theme &theme = m_painter.options().theme;
    const QRect header(0, 0, viewport()->width(), headerHeight());
    p.fillRect(header, theme.color(Theme::HeaderBackground));
    p.setPen(theme.color(Theme::Text));
    const QLocale loc = locale();
    p.drawText(QRect(c.label + 6, 0, c.labelWidth - 6, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Week"));
    const QFontMetrics fm = fontMetrics();
    for (int col = 0; col < kDaysPerWeek; ++col) {
        const Day day = Day((col + int(m_weekStart)) % kDaysPerWeek);
        QString name = loc.dayName(int(day) + 1, QLocale::ShortFormat);
        if (fm.horizontalAdvance(name) > c.dayWidth - 4)
            name = loc.dayName(int(day) + 1, QLocale::NarrowFormat);
        p.drawText(QRect(c.days + col * c.dayWidth, 0, c.dayWidth, header.height()), Qt::AlignCenter, name);
    }
    const QStringList headers = totalsHeaders();
    int x = c.totals;
    for (int i = 0; i < kTotals; ++i) {
        p.drawText(QRect(x, 0, c.totalWidths[i] - 6, header.height()), Qt::AlignRight | Qt::AlignVCenter,
                   headers[i]);
        x += c.totalWidths[i];
    }
    if (c.worstWidth > 0)
        p.drawText(QRect(c.worst + 8, 0, c.worstWidth - 8, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(tr("Worst finding"), Qt::ElideRight, c.worstWidth - 8));
    p.setPen(theme.color(Theme::HourLine));
    p.drawLine(0, header.bottom(), header.right(), header.bottom());
}

void SeasonView::paintRow(QPainter &p, const Columns &c, int week) const
{
    const Theme &theme = m_painter.options().theme;
    const Plan &plan = m_document->plan();
    const int top = rowTop(week);
    const int h = rowHeight();
    const QRect row(0, top, viewport()->width(), h);
    const bool selected = week >= firstSelectedWeek() && week < firstSelectedWeek() + selectedWeekCount();
    p.fillRect(row,
               selected
                   ? Theme::mix(theme.color(Theme::Background), theme.color(Theme::Selection), 0.25)
                   : (week % 2 ? theme.color(Theme::AlternateBackground) : theme.color(Theme::Background)));
    const QFontMetrics fm = fontMetrics();

    // Label: the week and, below it, its phase.
    p.setPen(theme.color(Theme::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(c.label + 6, top + 3, c.labelWidth - 8, h / 2), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Week %1").arg(week + 1));
    p.setFont(font());
    if (const WeekPhase *phase = plan.phaseOf(week)) {
        p.setPen(theme.color(Theme::MutedText));
        const QRect line(c.label + 6, top + h / 2, c.labelWidth - 8, h / 2 - 3);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(phaseLabel(*phase), Qt::ElideRight, line.width()));
    }

    // Day cells.
    for (int col = 0; col < kDaysPerWeek; ++col) {
        const Day day = Day((col + int(m_weekStart)) % kDaysPerWeek);
        const QRect cell(c.days + col * c.dayWidth, top, c.dayWidth, h);
        const int d = week * kDaysPerWeek + int(day);
        if (d < m_document->analysis().days.size() && m_document->analysis().days[d].restDay)
            p.fillRect(cell.adjusted(1, 1, -1, -1),
                       Theme::mix(row.isValid() ? theme.color(Theme::Background) : QColor(),
                                  theme.color(Theme::Positive), 0.08));
        p.setPen(theme.color(Theme::GridLine));
        p.drawLine(cell.topLeft(), cell.bottomLeft());
        const QList<QRect> rects = markRects(week, day, cell);
        for (int k = 0; k < rects.size(); ++k) {
            const Session &s = plan.sessions[m_daySessions[d][k]];
            p.fillRect(rects[k], m_painter.sessionColor(s));
            const auto worst = m_worst.constFind(s.id);
            if (worst != m_worst.constEnd()) {
                p.setPen(QPen(m_painter.severityColor(*worst), 2));
                p.drawRect(QRectF(rects[k]).adjusted(-0.5, -0.5, 0.5, 0.5));
            }
        }
        if (m_dropCell && m_dropCell->week == week && m_dropCell->day == day) {
            p.setPen(QPen(theme.color(m_dropAccepted ? Theme::Positive : Theme::Critical), 2, Qt::DashLine));
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }
        if (week == m_currentWeek && day == m_currentDay && hasFocus()) {
            p.setPen(QPen(theme.color(Theme::Selection).darker(130), 2));
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }
    }

    // Totals.
    p.setPen(theme.color(Theme::HourLine));
    p.drawLine(c.totals, top, c.totals, top + h);
    p.setPen(theme.color(Theme::Text));
    const QStringList values = rowTexts(week);
    int x = c.totals;
    for (int i = 0; i < values.size() && i < c.totalWidths.size(); ++i) {
        p.drawText(QRect(x, top, c.totalWidths[i] - 6, h), Qt::AlignRight | Qt::AlignVCenter, values[i]);
        x += c.totalWidths[i];
    }

    // The worst finding of the week.
    const int f = week < m_worstFinding.size() ? m_worstFinding[week] : -1;
    if (f >= 0 && c.worstWidth > 16) {
        const Finding &finding = m_document->analysis().findings[f];
        const int dot = fm.height() / 2 + 2;
        const QRect mark(c.worst + 8, top + (h - dot) / 2, dot, dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_painter.severityColor(finding.severity));
        p.drawEllipse(mark);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
        p.setPen(theme.color(Theme::Text));
        const QRect text(mark.right() + 6, top, c.worstWidth - dot - 20, h);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(ruleTitle(finding.rule), Qt::ElideRight, text.width()));
    }
    p.setPen(theme.color(Theme::GridLine));
    p.drawLine(row.bottomLeft(), row.bottomRight());
}

void SeasonView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const Theme &theme = m_painter.options().theme;
    p.fillRect(event->rect(), theme.color(Theme::Background));
    const Columns c = columns();
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
    paintHeader(p, c);
}

} // namespace ordo
