#include "chartscene.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

namespace ordo::chartscene {

void render(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(chart);  // the scene deletes the chart
    // Lay the chart out in screen-like pixels (its fonts are measured at the screen's DPI),
    // then scale into the target: the text keeps its point size on paper.
    const double dpi = painter->device() ? painter->device()->logicalDpiX() : 96;
    double scale = 96.0 / dpi;
    if (target.width() * scale < 480)
        scale = 480 / target.width();  // small targets: shrink rather than crowd the labels
    const QSizeF logical = target.size() * scale;
    chart->resize(logical);
    QCoreApplication::processEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(painter, target, QRectF(QPointF(0, 0), logical));
}

} // namespace ordo::chartscene
