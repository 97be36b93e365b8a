// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartscene.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace ordo::chartscene {

void render(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes the chart
    // Lay the chart out in screen-like pixels (its fonts are measured at the screen's DPI),
    // then scale into the target: the text keeps its point size on paper.
    const double dpi = painter->device() ? painter->device()->logicalDpiX() : 96;
    double scale = 96.0 / dpi;
    // Small targets: lay out larger and shrink, rather than crowd (and elide) the labels.
    scale = std::max({ scale, 560 / target.width(), 260 / target.height() });
    const QSizeF logical = target.size() * scale;
    chart->resize(logical);
    QCoreApplication::processEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(painter, target, QRectF(QPointF(0, 0), logical));
}

} // namespace ordo::chartscene
