// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "theme/theme.h"

#include <QFont>
#include <QList>

class QAbstractAxis;
class QChart;
class QChartView;
class QWidget;

class QPalette;

// Colours (from Theme) and fonts of the charts, for the widget palette (light or dark) or
// for paper. Shared by the chart widgets and the PDF renderer so both look the same.
namespace ordo {

struct ChartStyle
{
    // The smallest height of a chart view that still shows its axes and legend.
    static constexpr int kMinimumHeight = 200;

    Theme theme; // every colour (ui/theme/theme.h)
    QFont font; // labels
    QFont titleFont;

    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);
    static ChartStyle forPaper();
    // Labels, titles, grid and axis lines of these axes in this style.
    void styleAxes(const QList<QAbstractAxis *> &axes) const;
};

// Fills `host` with an antialiased view of `chart` (the view owns the chart), no margins,
// at least kMinimumHeight tall; every chart widget is laid out this way.
QChartView *addChartView(QChart *chart, QWidget *host);

// A round value-axis maximum a little above the highest value (100 when there is none).
double niceAxisMaximum(double value);
// The ticks of an axis from 0 to such a top, so every step is a round number: 5 for a top
// of 4, 40, 400… (steps of 1, 10, 100…), 6 otherwise.
int niceAxisTickCount(double top);

} // namespace ordo
