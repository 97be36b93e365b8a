// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QStaticText>
#include <QString>

class QFont;
class QPainter;
class QRectF;

namespace ordo {

// Laid-out text kept between paints. The week is repainted on every hover step of a drag,
// but its block titles, day headers and hour labels rarely change: shaping them again each
// time was the largest part of a repaint (docs/performance.md, "Hover").
class TextCache
{
public:
    // Draws one line of `text` in the painter's font, aligned in `rect` like
    // QPainter::drawText(rect, alignment, text) with horizontal and vertical alignment flags.
    void drawLine(QPainter &painter, const QRectF &rect, Qt::Alignment alignment, const QString &text);
    // The advance of `text` in `font`, remembered.
    double width(const QFont &font, const QString &text);

private:
    static constexpr int kMaxEntries = 4000;
    QHash<QString, QStaticText> m_lines;
    QHash<QString, double> m_widths;
};

} // namespace ordo
