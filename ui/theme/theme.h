// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "plan.h"

#include <QColor>

#include <array>

class QPalette;

// The one colour palette of Ordo: every colour the week view, the charts, the findings and
// palette lists and the print layout paint comes from here, by role. Three variants: light and
// dark screens (the ground colours follow the widget palette, the signal colours are chosen to
// read on it) and paper (white, opaque bands, text greys that print).
namespace ordo {

class Theme
{
public:
    enum Role {
        // Ground
        Background, // plot and grid area
        AlternateBackground, // alternate day columns
        HeaderBackground, // day headers, hint boxes
        Text,
        MutedText, // secondary lines, axis labels
        GridLine, // quarter-hour lines, chart grid, page rules
        HourLine, // hour and day separators
        Selection, // selected blocks and slots
        TextOnDark, // text on a dark fill (blocks, badges)
        TextOnLight, // text on a light fill
        // Session kinds
        Strength,
        Cardio,
        Mobility,
        // Severities and the good news
        Critical,
        Warning,
        Info,
        Positive, // a drop that removes findings, fix suggestions
        // Physiology and load
        Ampk, // AMPK series and legend
        AmpkBand, // the band under the week's blocks (translucent on screen, opaque on paper)
        Fatigue, // fatigue line of the load chart
        HighLoad, // bars above the high-load threshold
        Threshold, // the threshold line
        Legs,
        Upper,
        Core,
        Ctl, // fitness chart: chronic load
        Atl, // acute load
        Tsb, // balance
        // Availability on the week grid
        Unavailable, // time outside the day's windows
        Busy, // busy time from a calendar: fill
        BusyHatch, // its hatching and edge
        Now, // the current-time line on today's column
        // Best-slot hints while dragging (BestSlotHints): translucent tints of the good and
        // the bad end of the scale, blue and orange (apart for every common colour deficiency).
        HintGood,
        HintBad,
        RoleCount
    };

    static Theme light();
    static Theme dark();
    static Theme paper();
    // Light or dark by the palette's base colour, ground colours taken from the palette.
    static Theme forPalette(const QPalette &palette);

    QColor color(Role role) const { return m_colors[size_t(role)]; }
    void setColor(Role role, const QColor &color) { m_colors[size_t(role)] = color; }
    QColor kind(Kind kind) const;
    QColor severity(Severity severity) const;
    // TextOnDark or TextOnLight, whichever reads on `fill`.
    QColor textOn(const QColor &fill) const;
    bool isDark() const { return m_dark; }

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    // a and b mixed: t = 0 gives a, t = 1 gives b (alpha mixed too).
    static QColor mix(const QColor &a, const QColor &b, double t);

private:
    std::array<QColor, RoleCount> m_colors;
    bool m_dark = false;
};

} // namespace ordo
