// SPDX-License-Identifier: GPL-3.0-or-later

#include "droppreviewpanel.h"

#include <QAccessible>
#include <QFontMetrics>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// Lines after the first are elided to one line each; more than this many become "… n more".
constexpr int kMaxLines = 6;
constexpr int kMargin = 6; // between the panel and the edges of the day columns

QList<Finding> bySeverity(QList<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
    return findings;
}

double overlap(const QRectF &a, const QList<QRectF> &rects)
{
    double area = 0;
    for (const QRectF &r : rects) {
        const QRectF both = a.intersected(r);
        area += both.width() * both.height();
    }
    return area;
}

} // namespace

DropPreviewPanel::DropPreviewPanel(QWidget *viewport)
    : QLabel(viewport)
{
    setObjectName(u"dropPreview"_s);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(kMargin);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    // The drag and the pointer go on to the grid underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleDescription(tr("What dropping here would change in the findings"));
    hide();
}

QStringList DropPreviewPanel::linesFor(const EditPreview &preview)
{
    QStringList lines;
    for (const Finding &f : bySeverity(preview.newFindings()))
        lines.append(tr("+ %1: %2").arg(displayName(f.severity), f.message));
    for (const Finding &f : bySeverity(preview.clearedFindings()))
        lines.append(tr("− Clears: %1").arg(f.message));
    if (lines.isEmpty())
        lines.append(tr("No change to the findings"));
    return lines;
}

void DropPreviewPanel::setLines(const QStringList &lines, int width)
{
    if (lines == m_lines && width == m_linesWidth)
        return;
    m_lines = lines;
    m_linesWidth = width;
    // The first line is whole (wrapped); the others one line each, so the panel stays small.
    const QFontMetrics metrics(font());
    const int textWidth = width - 2 * (kMargin + frameWidth());
    QStringList shown { lines.value(0) };
    const int more = int(lines.size()) - kMaxLines;
    for (int i = 1; i < lines.size() && i < kMaxLines - (more > 0 ? 1 : 0); ++i)
        shown.append(metrics.elidedText(lines[i], Qt::ElideRight, textWidth));
    if (more > 0)
        shown.append(tr("… and %n more", nullptr, more + 1));
    const QString text = shown.join(u'\n');
    if (text == QLabel::text())
        return;
    setText(text);
    // Screen readers hear what the drop would do as the pointer moves (the panel's accessible
    // name is its text).
    if (QAccessible::isActive()) {
        QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&nameChanged);
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    emit announced(text);
}

void DropPreviewPanel::showPreview(const EditPreview &preview, const QList<QRectF> &avoid,
                                   const QPoint &pointer, const QRectF &area)
{
    if (!preview.isValid()) {
        hidePreview();
        return;
    }
    const int width = std::clamp(fontMetrics().averageCharWidth() * 44, std::min(220, int(area.width())),
                                 std::max(1, int(area.width() / 2) - 2 * kMargin));
    setLines(linesFor(preview), width);
    place(avoid, pointer, area);
    if (isHidden()) {
        show();
        raise();
    }
}

void DropPreviewPanel::place(const QList<QRectF> &avoid, const QPoint &pointer, const QRectF &area)
{
    if (m_linesWidth <= 0)
        return;
    const QSize size(m_linesWidth, heightForWidth(m_linesWidth));
    const QRectF inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const double left = inner.left();
    const double right = inner.right() - size.width();
    const double top = inner.top();
    const double bottom = inner.bottom() - size.height();
    // The corner away from the pointer first, then the others; the first clear one wins.
    const bool pointerLow = pointer.y() > area.center().y();
    const bool pointerRight = pointer.x() > area.center().x();
    const double awayY = pointerLow ? top : bottom;
    const double towardY = pointerLow ? bottom : top;
    const double awayX = pointerRight ? left : right;
    const double towardX = pointerRight ? right : left;
    const QPointF corners[]
        = { { awayX, awayY }, { awayX, towardY }, { towardX, awayY }, { towardX, towardY } };
    QList<QRectF> blocked;
    for (const QRectF &r : avoid)
        blocked.append(r.adjusted(-2, -2, 2, 2));
    blocked.append(QRectF(pointer - QPoint(8, 8), QSizeF(16, 16)));
    QRectF best;
    double bestOverlap = -1;
    for (const QPointF &corner : corners) {
        const QRectF candidate(corner, QSizeF(size));
        const double covered = overlap(candidate, blocked);
        if (bestOverlap < 0 || covered < bestOverlap) {
            best = candidate;
            bestOverlap = covered;
        }
        if (covered == 0)
            break;
    }
    setGeometry(best.toAlignedRect().intersected(area.toAlignedRect()));
}

void DropPreviewPanel::hidePreview()
{
    hide();
    m_lines.clear();
    m_linesWidth = -1;
}

} // namespace ordo
