// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "pdfoptions.h"
#include "plan.h"
#include "theme/theme.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace ordo {

// Lays out and paints the printable plan: for a plan of two weeks or more a season page (one
// row per week), then per week a page with the plan name, profile, the
// week grid (WeekPainter) and a legend; then the findings with fix and source, paginated by
// measuring against the device; then per week the load, AMPK and region charts, and the
// fitness chart of a multi-week plan. Paints on any paged device (QPdfWriter, QPrinter), so
// PDF export, print preview and `ordo export` share one path.
class PrintLayout
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PrintLayout)

public:
    PrintLayout(const Plan &plan, const Analysis &analysis, const PdfOptions &options);

    // `painter` is active on `device`, whose page layout is already set. Returns the page count.
    int paint(QPagedPaintDevice *device, QPainter *painter);

    QList<int> weeks() const; // the plan weeks that get a grid page

private:
    void startPage();
    void nextPage();
    double remaining() const { return m_page.bottom() - m_y; }
    void paintFooter();
    // The season table (SeasonPainter, as in the overview), before the week pages of a plan of
    // two weeks or more; rows that do not fit continue on the next page under the header.
    void paintSeasonPage();
    void paintWeekPage(int week);
    void paintLegend(const QRectF &rect);
    // The week's sessions as text under the grid (full titles, details), in two columns;
    // what does not fit continues on the next page.
    QStringList agendaLines(int week) const;
    double agendaHeight(const QStringList &lines, double columnWidth) const;
    void paintAgenda(const QStringList &lines, const QRectF &area);
    void paintFindings();
    void paintFinding(const Finding &finding);
    void paintChartsPage(int week);
    void paintFitnessChart(const QRectF &rect);

    double heading(const QString &text, const QFont &font);
    // Height of `text` wrapped to `width` in `font`, measured against the device.
    double textHeight(const QString &text, const QFont &font, double width) const;
    // Draws wrapped text at the cursor, continuing on the next page line by line if needed.
    void flowText(const QString &text, const QFont &font, const QColor &colour, double indent);

    const Plan &m_plan;
    const Analysis &m_analysis;
    PdfOptions m_options;
    QPagedPaintDevice *m_device = nullptr;
    QPainter *m_painter = nullptr;
    QRectF m_page; // paintable area of the current page, device units
    QRectF m_footer;
    double m_y = 0; // layout cursor
    int m_pageNumber = 0;
    Theme m_theme = Theme::paper();
    QString m_continuedTitle; // repeated at the top of pages a section runs onto

    QFont m_titleFont;
    QFont m_headingFont;
    QFont m_bodyFont;
    QFont m_boldFont;
    QFont m_smallFont;
    QFont m_gridFont;
};

} // namespace ordo
