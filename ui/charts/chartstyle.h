// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>

class QPalette;

// Colours and fonts of the charts, taken from the widget palette (light or dark) or fixed
// for paper. Shared by the chart widgets and the PDF renderer so both look the same.
namespace ordo {

struct ChartStyle
{
    // The smallest height of a chart view that still shows its axes and legend.
    static constexpr int kMinimumHeight = 200;

    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor strength;
    QColor cardio;
    QColor fatigue;
    QColor highLoad;
    QColor ampk;
    QColor warning;
    QColor threshold;
    QColor legs;
    QColor upper;
    QColor core;
    QColor ctl;
    QColor atl;
    QColor tsb;
    QFont font; // labels
    QFont titleFont;

    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);
    static ChartStyle forPaper();
};

} // namespace ordo
