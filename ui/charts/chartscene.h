// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QChart;
class QPainter;
class QRectF;

// Renders a Qt Charts chart onto any painter through an explicitly sized QGraphicsScene, so
// axis labels are laid out at the final size instead of being elided (qt-on-debian.md 1.3).
// Private to ui/charts: used by each chart's static render().
namespace ordo::chartscene {

// Takes ownership of `chart`.
void render(QChart *chart, QPainter *painter, const QRectF &target);

} // namespace ordo::chartscene
