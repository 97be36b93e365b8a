// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QGraphicsItem>

class QChart;
class QValueAxis;

namespace ordo {

// The horizontal grid of a chart's value axis: one line at each tick across the plot area,
// under the series. Qt Charts draws its own grid antialiased, which its raster engine does
// one or two pixels at a time; on every repaint during a drag that cost more than the rest of
// the chart (docs/performance.md). This item draws the same lines without antialiasing (they
// are horizontal, so they look the same) and is part of the chart, so paper gets it too.
class ChartGrid : public QGraphicsItem
{
public:
    // Hides the axis's own grid lines and takes their place; the chart owns the item.
    ChartGrid(QChart *chart, QValueAxis *axis);

    void setColor(const QColor &color);
    // The y of each line in the chart's coordinates, bottom (the axis minimum) first.
    QList<double> lineYs() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void follow();

    QChart *m_chart;
    QValueAxis *m_axis;
    QRectF m_plot;
    QColor m_color;
};

} // namespace ordo
