// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartstyle.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace ordo {

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle s;
    s.theme = Theme::forPalette(palette);
    // Chart grids are a little stronger than the week's quarter-hour lines.
    QColor grid = s.theme.color(Theme::Text);
    grid.setAlphaF(0.18f);
    s.theme.setColor(Theme::GridLine, grid);
    s.theme.setColor(Theme::MutedText, palette.color(QPalette::PlaceholderText));
    s.font = font;
    s.titleFont = font;
    s.titleFont.setBold(true);
    return s;
}

ChartStyle ChartStyle::forPaper()
{
    ChartStyle s;
    s.theme = Theme::paper();
    s.font = QFont(u"DejaVu Sans"_s, 8);
    s.titleFont = QFont(u"DejaVu Sans"_s, 9, QFont::Bold);
    // No ligatures on paper, so every word stays searchable in the PDF (see PrintLayout).
    s.font.setStyleStrategy(QFont::PreferNoShaping);
    s.titleFont.setStyleStrategy(QFont::PreferNoShaping);
    return s;
}

} // namespace ordo
