// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartgrid.h"

#include <QChart>
#include <QPainter>
#include <QValueAxis>

namespace ordo {
namespace {
// Qt Charts stacks a chart's parts by z value: background -1, plot area 0, shades 1, grid 2,
// axes 3, series 4 and above. The grid goes where Qt Charts puts its own.
constexpr qreal kGridZ = 2;
} // namespace

ChartGrid::ChartGrid(QChart *chart, QValueAxis *axis)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_axis(axis)
{
    setZValue(kGridZ);
    setFlag(ItemHasNoContents, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    axis->setGridLineVisible(false);
    axis->setMinorGridLineVisible(false);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { follow(); });
    QObject::connect(axis, &QValueAxis::rangeChanged, chart, [this] { update(); });
    QObject::connect(axis, &QValueAxis::tickCountChanged, chart, [this] { update(); });
    follow();
}

void ChartGrid::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void ChartGrid::follow()
{
    const QRectF plot = m_chart->plotArea();
    if (plot == m_plot)
        return;
    prepareGeometryChange();
    m_plot = plot;
}

QList<double> ChartGrid::lineYs() const
{
    QList<double> ys;
    const int ticks = m_axis->tickCount();
    if (ticks < 2 || m_plot.isEmpty())
        return ys;
    for (int i = 0; i < ticks; ++i)
        ys.append(m_plot.bottom() - m_plot.height() * i / (ticks - 1));
    return ys;
}

QRectF ChartGrid::boundingRect() const
{
    return m_plot.adjusted(-1, -1, 1, 1);
}

void ChartGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(m_color, 1));
    for (const double y : lineYs())
        painter->drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    painter->restore();
}

} // namespace ordo
