// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QPalette>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle s;
    s.theme = Theme::forPalette(palette);
    // Chart grids are a little stronger than the week's quarter-hour lines. The grid lies on
    // the chart's background, so the text colour is mixed into it here rather than drawn
    // translucent: Qt's raster engine blends a translucent line one pixel at a time, which
    // made the grid most of a chart's repaint (docs/performance.md).
    s.theme.setColor(Theme::GridLine,
                     Theme::mix(s.theme.color(Theme::Background), s.theme.color(Theme::Text), 0.18));
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

void ChartStyle::styleAxes(const QList<QAbstractAxis *> &axes) const
{
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(theme.color(Theme::Text));
        axis->setLabelsFont(font);
        axis->setTitleBrush(theme.color(Theme::MutedText));
        axis->setTitleFont(font);
        axis->setGridLineColor(theme.color(Theme::GridLine));
        axis->setLinePenColor(theme.color(Theme::GridLine));
    }
}

double niceAxisMaximum(double value)
{
    if (value <= 0)
        return 100;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    // Each divides into five round intervals (the charts show six ticks).
    for (double step : { 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0 }) {
        if (step * magnitude >= value * 1.08)
            return step * magnitude;
    }
    return 10 * magnitude;
}

int niceAxisTickCount(double top)
{
    if (top <= 0)
        return 6;
    const double lead = top / std::pow(10.0, std::floor(std::log10(top)));
    return std::abs(lead - 4.0) < 1e-9 ? 5 : 6;
}

QChartView *addChartView(QChart *chart, QWidget *host)
{
    auto *view = new QChartView(chart, host);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, ChartStyle::kMinimumHeight);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

} // namespace ordo
