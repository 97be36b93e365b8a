// SPDX-License-Identifier: GPL-3.0-or-later

#include "seasonpainter.h"

#include "phase.h"
#include "ruletitles.h"
#include "season.h"
#include "theme/theme.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

constexpr int kMarkGap = 2;
constexpr int kMaxMarkWidth = 10;
constexpr int kMinMarkWidth = 3;
// A mark is as tall as the cell for a session of this length or longer.
constexpr int kFullMarkMinutes = 120;

// `text` in one line of `width`, else broken after the last word that fits, the rest elided:
// a row has room for two lines, and a rule's title is often longer than the column.
QString twoLines(const QFontMetrics &fm, const QString &text, int width)
{
    if (fm.horizontalAdvance(text) <= width)
        return text;
    for (qsizetype space = text.lastIndexOf(u' '); space > 0; space = text.lastIndexOf(u' ', space - 1)) {
        if (fm.horizontalAdvance(text.left(space)) <= width)
            return text.left(space) + u'\n' + fm.elidedText(text.mid(space + 1), Qt::ElideRight, width);
    }
    return fm.elidedText(text, Qt::ElideRight, width);
}

} // namespace

QStringList SeasonPainter::totalsHeaders()
{
    return {
        QCoreApplication::translate("ordo::SeasonView", "Load"),
        QCoreApplication::translate("ordo::SeasonView", "Hard min"),
        QCoreApplication::translate("ordo::SeasonView", "HIIT"),
        QCoreApplication::translate("ordo::SeasonView", "Lifts"),
        QCoreApplication::translate("ordo::SeasonView", "Rest"),
        QCoreApplication::translate("ordo::SeasonView", "kcal"),
    };
}

QStringList SeasonPainter::totalsDescriptions()
{
    return {
        QCoreApplication::translate("ordo::SeasonView", "Training load of the week (RPE × min)"),
        QCoreApplication::translate("ordo::SeasonView",
                                    "Minutes of hard sessions: lifting, moderate and HIIT cardio"),
        QCoreApplication::translate("ordo::SeasonView", "HIIT sessions"),
        QCoreApplication::translate("ordo::SeasonView", "Lifting sessions"),
        QCoreApplication::translate("ordo::SeasonView", "Rest days"),
        QCoreApplication::translate("ordo::SeasonView", "Energy used in training (kcal)"),
    };
}

void SeasonPainter::setPlan(const Plan *plan, const Analysis *analysis)
{
    m_plan = plan;
    m_analysis = analysis;
    m_daySessions = QList<QList<int>>(plan->weeks * kDaysPerWeek);
    for (int i = 0; i < plan->sessions.size(); ++i) {
        const Session &s = plan->sessions[i];
        const int d = s.week * kDaysPerWeek + int(s.day);
        if (d >= 0 && d < m_daySessions.size())
            m_daySessions[d].append(i);
    }
    m_worst = WeekPainter::worstSeverities(*analysis);
    m_worstFinding = worstFindingPerWeek(*analysis, plan->weeks);
}

int SeasonPainter::rowHeight(const QFontMetrics &fm) const
{
    return std::max(px(30), fm.height() * 2 + px(8));
}

int SeasonPainter::headerHeight(const QFontMetrics &fm) const
{
    return fm.height() + px(10);
}

SeasonPainter::Columns SeasonPainter::columns(const QFontMetrics &fm, int width) const
{
    Columns c;
    c.label = 0;
    c.labelWidth
        = std::max(fm.horizontalAdvance(QCoreApplication::translate("ordo::SeasonView", "Week %1").arg(52)),
                   fm.horizontalAdvance(u"Build 00"_s))
        + px(16);
    int totals = 0;
    for (const QString &h : totalsHeaders()) {
        const int w = std::max(fm.horizontalAdvance(h), fm.horizontalAdvance(u"99,999"_s)) + px(12);
        c.totalWidths.append(w);
        totals += w;
    }
    const int minWorst = fm.horizontalAdvance(u"M"_s) * 12;
    c.dayWidth = std::clamp((width - c.labelWidth - totals - minWorst) / kDaysPerWeek, px(34), px(110));
    c.days = c.labelWidth;
    c.totals = c.days + c.dayWidth * kDaysPerWeek;
    c.worst = c.totals + totals;
    c.worstWidth = std::max(0, width - c.worst);
    return c;
}

const QList<int> &SeasonPainter::daySessions(int week, Day day) const
{
    static const QList<int> none;
    const int d = week * kDaysPerWeek + int(day);
    return d >= 0 && d < m_daySessions.size() ? m_daySessions[d] : none;
}

QList<QRect> SeasonPainter::markRects(int week, Day day, const QRect &cell) const
{
    QList<QRect> out;
    const QList<int> &items = daySessions(week, day);
    if (items.isEmpty())
        return out;
    const int n = int(items.size());
    const QRect inner = cell.adjusted(px(4), px(5), -px(4), -px(5));
    const int gap = px(kMarkGap);
    const int w = std::clamp((inner.width() - (n - 1) * gap) / n, px(kMinMarkWidth), px(kMaxMarkWidth));
    const int step = std::min(w + gap, n > 1 ? (inner.width() - w) / (n - 1) : w);
    for (int k = 0; k < n; ++k) {
        const Session &s = m_plan->sessions[items[k]];
        const int h = std::clamp(inner.height() * s.durationMin / kFullMarkMinutes, px(6), inner.height());
        out.append(QRect(inner.left() + k * step, inner.bottom() + 1 - h, w, h));
    }
    return out;
}

QStringList SeasonPainter::rowTexts(int week) const
{
    if (!m_analysis || week < 0 || week >= m_analysis->weeks.size())
        return {};
    const WeekFigures &f = m_analysis->weeks[week];
    return {
        m_locale.toString(std::lround(f.load)), m_locale.toString(f.hardMinutes),
        m_locale.toString(f.hiitSessions),      m_locale.toString(f.liftingSessions),
        m_locale.toString(f.restDays),          m_locale.toString(std::lround(f.kcal)),
    };
}

void SeasonPainter::paintHeader(QPainter &p, const Columns &c, const QRect &header) const
{
    const Theme &theme = m_colors.options().theme;
    const QFontMetrics fm(p.font(), p.device());
    p.fillRect(header, theme.color(Theme::HeaderBackground));
    p.setPen(theme.color(Theme::Text));
    p.drawText(QRect(header.left() + c.label + px(6), header.top(), c.labelWidth - px(6), header.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("ordo::SeasonView", "Week"));
    for (int col = 0; col < kDaysPerWeek; ++col) {
        const Day day = dayAtColumn(col);
        QString name = m_locale.dayName(int(day) + 1, QLocale::ShortFormat);
        if (fm.horizontalAdvance(name) > c.dayWidth - px(4))
            name = m_locale.dayName(int(day) + 1, QLocale::NarrowFormat);
        p.drawText(
            QRect(header.left() + c.days + col * c.dayWidth, header.top(), c.dayWidth, header.height()),
            Qt::AlignCenter, name);
    }
    const QStringList headers = totalsHeaders();
    int x = header.left() + c.totals;
    for (int i = 0; i < kTotals; ++i) {
        p.drawText(QRect(x, header.top(), c.totalWidths[i] - px(6), header.height()),
                   Qt::AlignRight | Qt::AlignVCenter, headers[i]);
        x += c.totalWidths[i];
    }
    if (c.worstWidth > 0)
        p.drawText(
            QRect(header.left() + c.worst + px(8), header.top(), c.worstWidth - px(8), header.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(QCoreApplication::translate("ordo::SeasonView", "Worst finding"), Qt::ElideRight,
                          c.worstWidth - px(8)));
    p.setPen(QPen(theme.color(Theme::HourLine), px(1)));
    p.drawLine(header.left(), header.bottom(), header.right(), header.bottom());
}

void SeasonPainter::paintRow(QPainter &p, const Columns &c, int week, const QRect &row,
                             const RowState &state) const
{
    const Theme &theme = m_colors.options().theme;
    const Plan &plan = *m_plan;
    const int left = row.left();
    const int top = row.top();
    const int h = row.height();
    const QColor ground = week % 2 ? theme.color(Theme::AlternateBackground) : theme.color(Theme::Background);
    p.fillRect(row,
               state.selected
                   ? Theme::mix(theme.color(Theme::Background), theme.color(Theme::Selection), 0.25)
                   : ground);
    const QFont base = p.font();
    const QFontMetrics fm(base, p.device());

    // Label: the week and, below it, its phase.
    p.setPen(theme.color(Theme::Text));
    QFont bold = base;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(left + c.label + px(6), top + px(3), c.labelWidth - px(8), h / 2),
               Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("ordo::SeasonView", "Week %1").arg(week + 1));
    p.setFont(base);
    if (const WeekPhase *phase = plan.phaseOf(week)) {
        p.setPen(theme.color(Theme::MutedText));
        const QRect line(left + c.label + px(6), top + h / 2, c.labelWidth - px(8), h / 2 - px(3));
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(phaseLabel(*phase), Qt::ElideRight, line.width()));
    }

    // Day cells.
    const QPen markPen(QBrush(), px(2));
    for (int col = 0; col < kDaysPerWeek; ++col) {
        const Day day = dayAtColumn(col);
        const QRect cell(left + c.days + col * c.dayWidth, top, c.dayWidth, h);
        const int d = week * kDaysPerWeek + int(day);
        if (d < m_analysis->days.size() && m_analysis->days[d].restDay)
            p.fillRect(cell.adjusted(px(1), px(1), -px(1), -px(1)),
                       Theme::mix(theme.color(Theme::Background), theme.color(Theme::Positive), 0.08));
        p.setPen(QPen(theme.color(Theme::GridLine), px(1)));
        p.drawLine(cell.topLeft(), cell.bottomLeft());
        const QList<QRect> rects = markRects(week, day, cell);
        const QList<int> &items = daySessions(week, day);
        for (int k = 0; k < rects.size(); ++k) {
            const Session &s = plan.sessions[items[k]];
            p.fillRect(rects[k], m_colors.sessionColor(s));
            if (s.priority == Priority::Key)
                m_colors.paintKeyMark(p, rects[k]);
            const auto worst = m_worst.constFind(s.id);
            if (worst != m_worst.constEnd()) {
                p.setPen(QPen(m_colors.severityColor(*worst), px(2)));
                const double half = px(2) / 4.0;
                p.drawRect(QRectF(rects[k]).adjusted(-half, -half, half, half));
            }
        }
        if (state.dropDay == day) {
            p.setPen(QPen(theme.color(state.dropAccepted ? Theme::Positive : Theme::Critical), px(2),
                          Qt::DashLine));
            p.drawRect(cell.adjusted(px(1), px(1), -px(2), -px(2)));
        }
        if (state.focusDay == day) {
            p.setPen(QPen(theme.color(Theme::Selection).darker(130), px(2)));
            p.drawRect(cell.adjusted(px(1), px(1), -px(2), -px(2)));
        }
    }

    // Totals.
    p.setPen(QPen(theme.color(Theme::HourLine), px(1)));
    p.drawLine(left + c.totals, top, left + c.totals, top + h);
    p.setPen(theme.color(Theme::Text));
    const QStringList values = rowTexts(week);
    int x = left + c.totals;
    for (int i = 0; i < values.size() && i < c.totalWidths.size(); ++i) {
        p.drawText(QRect(x, top, c.totalWidths[i] - px(6), h), Qt::AlignRight | Qt::AlignVCenter, values[i]);
        x += c.totalWidths[i];
    }

    // The worst finding of the week.
    const int f = worstFinding(week);
    if (f >= 0 && c.worstWidth > px(16)) {
        const Finding &finding = m_analysis->findings[f];
        const int dot = fm.height() / 2 + px(2);
        const QRect mark(left + c.worst + px(8), top + (h - dot) / 2, dot, dot);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(m_colors.severityColor(finding.severity));
        p.drawEllipse(mark);
        p.restore();
        p.setPen(theme.color(Theme::Text));
        const QRect text(mark.right() + px(6), top, c.worstWidth - dot - px(20), h);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   twoLines(fm, ruleTitle(finding.rule), text.width()));
    }
    p.setPen(QPen(theme.color(Theme::GridLine), px(1)));
    p.drawLine(row.bottomLeft(), row.bottomRight());
}

} // namespace ordo
