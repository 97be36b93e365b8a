// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"
#include "week/weekpainter.h"

#include <QFontMetrics>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRect>
#include <QStringList>

#include <optional>

class QPainter;

// Paints the season table: a header, then per plan week a row with the week's label and
// phase, seven day cells with a mark per session (coloured as in the week view, outlined in
// the colour of its worst finding, as tall as it is long), the week's totals and its worst
// finding. The season overview (on screen, scrolled, with its selection and focus) and the
// PDF's season page (on paper, rows split over pages) both paint with it, so they look alike.
// Sizes are in screen pixels times unit(): 1 on screen, the device's pixels per screen pixel
// on paper.
namespace ordo {

class SeasonPainter
{
public:
    struct Columns
    {
        int label = 0; // x of the week label column
        int labelWidth = 0;
        int days = 0; // x of the first day cell
        int dayWidth = 0;
        int totals = 0; // x of the first totals column
        QList<int> totalWidths;
        int worst = 0; // x of the worst-finding column
        int worstWidth = 0;
    };
    // What the overview draws over a row: its selection, the cell a drag hovers over and the
    // cell with the keyboard focus.
    struct RowState
    {
        bool selected = false;
        std::optional<Day> dropDay;
        bool dropAccepted = false;
        std::optional<Day> focusDay;
    };

    // The number of totals columns (totalsHeaders()).
    static constexpr int kTotals = 6;
    static QStringList totalsHeaders();
    static QStringList totalsDescriptions();

    // The plan and analysis stay owned by the caller and must outlive the painter's use;
    // setPlan() again after they change.
    void setPlan(const Plan *plan, const Analysis *analysis);
    void setColors(const WeekPainter &colors) { m_colors = colors; }
    const WeekPainter &colors() const { return m_colors; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setWeekStart(Day day) { m_weekStart = day; }
    Day weekStart() const { return m_weekStart; }
    void setUnit(double unit) { m_unit = unit; }
    double unit() const { return m_unit; }

    int rowHeight(const QFontMetrics &fm) const;
    int headerHeight(const QFontMetrics &fm) const;
    // The columns across `width`, in the font of `fm`.
    Columns columns(const QFontMetrics &fm, int width) const;
    int columnOf(Day day) const { return (int(day) - int(m_weekStart) + kDaysPerWeek) % kDaysPerWeek; }
    Day dayAtColumn(int column) const { return Day((column + int(m_weekStart)) % kDaysPerWeek); }

    // Indices into plan.sessions of the sessions starting on a day, in plan order.
    const QList<int> &daySessions(int week, Day day) const;
    // Where the day's marks go in `cell`, parallel to daySessions().
    QList<QRect> markRects(int week, Day day, const QRect &cell) const;
    // Index into analysis.findings of the week's worst finding, or −1.
    int worstFinding(int week) const
    {
        return week >= 0 && week < m_worstFinding.size() ? m_worstFinding[week] : -1;
    }
    // The texts of the totals columns.
    QStringList rowTexts(int week) const;

    // The header row in `rect` (its top at the rows' top), in the painter's font.
    void paintHeader(QPainter &p, const Columns &c, const QRect &rect) const;
    // Week `week`'s row in `row`, in the painter's font.
    void paintRow(QPainter &p, const Columns &c, int week, const QRect &row, const RowState &state) const;

private:
    int px(double screenPixels) const { return int(std::lround(screenPixels * m_unit)); }

    const Plan *m_plan = nullptr;
    const Analysis *m_analysis = nullptr;
    WeekPainter m_colors;
    QLocale m_locale;
    Day m_weekStart = Day::Mon;
    double m_unit = 1.0;
    QList<QList<int>> m_daySessions; // per plan day (week·7 + day)
    QHash<QString, Severity> m_worst; // per session id
    QList<int> m_worstFinding; // per week
};

} // namespace ordo
