// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionchip.h"

#include "weekpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace ordo {
namespace {

constexpr int kPointerGap = 10; // pixels between the pointer and the chip's lower edge

} // namespace

QPixmap SessionChip::render(const QList<Session> &sessions, const QPalette &palette, const QFont &font,
                            qreal devicePixelRatio)
{
    if (sessions.isEmpty())
        return {};
    const WeekPainter painter(WeekPainterOptions::fromPalette(palette));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    QString text = sessions.first().displayTitle();
    if (sessions.size() > 1)
        text = QCoreApplication::translate("ordo::SessionChip", "%1 +%2").arg(text).arg(sessions.size() - 1);
    const double swatch = 10;
    const double padding = 6;
    const double height = std::ceil(metrics.height() + 2 * 4);
    const double textRoom = kMaxWidth - 3 * padding - swatch;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, textRoom);
    const double width = std::ceil(3 * padding + swatch + metrics.horizontalAdvance(shown));

    QPixmap chip(QSize(int(width), int(height)) * devicePixelRatio);
    chip.setDevicePixelRatio(devicePixelRatio);
    chip.fill(Qt::transparent);
    QPainter p(&chip);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0.5, 0.5, width - 1, height - 1);
    QPainterPath path;
    path.addRoundedRect(box, height / 2, height / 2);
    const QColor colour = painter.sessionColor(sessions.first());
    p.fillPath(path, palette.color(QPalette::ToolTipBase));
    p.setPen(QPen(painter.kindColor(sessions.first().kind), 1.5));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(padding, (height - swatch) / 2, swatch, swatch));
    p.setFont(bold);
    p.setPen(palette.color(QPalette::ToolTipText));
    p.drawText(QRectF(2 * padding + swatch, 0, width - 2 * padding - swatch, height),
               Qt::AlignVCenter | Qt::AlignLeft, shown);
    return chip;
}

QPoint SessionChip::hotSpot(const QPixmap &chip)
{
    const QSizeF size = chip.deviceIndependentSize();
    return QPoint(-4, int(std::ceil(size.height())) + kPointerGap);
}

} // namespace ordo
