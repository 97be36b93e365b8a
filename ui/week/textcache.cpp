// SPDX-License-Identifier: GPL-3.0-or-later

#include "textcache.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

namespace ordo {
namespace {

QString keyOf(const QFont &font, const QString &text)
{
    return font.key() + QChar(0x1f) + text;
}

} // namespace

void TextCache::drawLine(QPainter &painter, const QRectF &rect, Qt::Alignment alignment, const QString &text)
{
    if (text.isEmpty())
        return;
    const QFont &font = painter.font();
    const QString key = keyOf(font, text);
    auto it = m_lines.find(key);
    if (it == m_lines.end()) {
        if (m_lines.size() >= kMaxEntries)
            m_lines.clear();
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), font);
        it = m_lines.insert(key, prepared);
    }
    const QSizeF size = it->size();
    double x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.center().x() - size.width() / 2;
    double y = rect.top();
    if (alignment & Qt::AlignBottom)
        y = rect.bottom() - size.height();
    else if (alignment & Qt::AlignVCenter)
        y = rect.center().y() - size.height() / 2;
    painter.drawStaticText(QPointF(x, y), *it);
}

double TextCache::width(const QFont &font, const QString &text)
{
    const QString key = keyOf(font, text);
    const auto it = m_widths.constFind(key);
    if (it != m_widths.constEnd())
        return *it;
    if (m_widths.size() >= kMaxEntries)
        m_widths.clear();
    const double w = QFontMetricsF(font).horizontalAdvance(text);
    m_widths.insert(key, w);
    return w;
}

} // namespace ordo
