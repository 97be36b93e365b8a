// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartstyle.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

void setSeriesColours(ChartStyle &s)
{
    // Kind and band colours follow the week view (WeekPainterOptions): strength blue, cardio
    // orange, AMPK purple; anything that needs attention uses one warning red.
    s.strength = s.dark ? QColor(0x6c, 0x9e, 0xe6) : QColor(0x2f, 0x6f, 0xc9);
    s.cardio = s.dark ? QColor(0xf0, 0x95, 0x4a) : QColor(0xe0, 0x6c, 0x1f);
    s.fatigue = s.dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x33, 0x33, 0x33);
    s.highLoad = s.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    s.ampk = s.dark ? QColor(0xb8, 0x86, 0xe8) : QColor(0x9b, 0x59, 0xd0);
    s.warning = s.highLoad;
    s.threshold = s.highLoad;
    s.legs = s.dark ? QColor(0x7e, 0xc8, 0x7e) : QColor(0x2e, 0x8b, 0x57);
    s.upper = s.strength;
    s.core = s.dark ? QColor(0xc3, 0x9b, 0xe8) : QColor(0x8e, 0x5b, 0xb8);
    s.ctl = s.strength;
    s.atl = s.highLoad;
    s.tsb = s.legs;
}

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.dark = s.background.lightnessF() < 0.5;
    s.mutedText = palette.color(QPalette::PlaceholderText);
    s.grid = s.text;
    s.grid.setAlphaF(0.18);
    s.font = font;
    s.titleFont = font;
    s.titleFont.setBold(true);
    setSeriesColours(s);
    return s;
}

ChartStyle ChartStyle::forPaper()
{
    ChartStyle s;
    s.background = Qt::white;
    s.text = QColor(0x20, 0x20, 0x20);
    s.mutedText = QColor(0x60, 0x60, 0x60);
    s.grid = QColor(0xd0, 0xd0, 0xd0);
    s.font = QFont(u"DejaVu Sans"_s, 8);
    s.titleFont = QFont(u"DejaVu Sans"_s, 9, QFont::Bold);
    // No ligatures on paper, so every word stays searchable in the PDF (see PrintLayout).
    s.font.setStyleStrategy(QFont::PreferNoShaping);
    s.titleFont.setStyleStrategy(QFont::PreferNoShaping);
    setSeriesColours(s);
    return s;
}

} // namespace ordo
