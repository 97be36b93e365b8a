// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "edits/editpreview.h"

#include <QLabel>
#include <QList>
#include <QRectF>
#include <QStringList>

// What a drop or a move in progress would change in the findings, shown before the release:
// a small panel on the week view's viewport listing what the change adds ("+ Warning: …")
// and what it clears ("− Clears: …"), most severe first, the first line whole. It sits in a
// corner of the day columns away from the pointer and never over the ghost, so the coloured
// outline of where the session would land stays visible; every change of its text is
// announced to assistive technology. Mouse events pass through it to the grid.
namespace ordo {

class DropPreviewPanel : public QLabel
{
    Q_OBJECT

public:
    explicit DropPreviewPanel(QWidget *viewport);

    // Shows `preview` inside `area` (viewport coordinates), clear of every rectangle in
    // `avoid` (the ghosts) and of `pointer` where any corner allows it.
    void showPreview(const EditPreview &preview, const QList<QRectF> &avoid, const QPoint &pointer,
                     const QRectF &area);
    // Moves the shown panel clear of ghosts that moved (scrolled, resized).
    void place(const QList<QRectF> &avoid, const QPoint &pointer, const QRectF &area);
    void hidePreview();

    // The panel's lines for a preview, most severe first: additions, then what it clears.
    static QStringList linesFor(const EditPreview &preview);

signals:
    // The text changed and was announced to assistive technology (NameChanged and Alert).
    void announced(const QString &text);

private:
    void setLines(const QStringList &lines, int width);

    QStringList m_lines;
    int m_linesWidth = -1;
};

} // namespace ordo
