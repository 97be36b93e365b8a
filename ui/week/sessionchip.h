// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QList>
#include <QPixmap>
#include <QPoint>

class QFont;
class QPalette;

// The picture under the pointer while sessions are dragged: a compact chip with the session's
// colour and title ("Heavy lower +2" for several), not a snapshot of a list row. It sits
// above and to the right of the pointer, so it never hides the coloured ghost that the week
// view draws from the pointer's time downwards. Used by the palette and the week view.
namespace ordo {

class SessionChip
{
public:
    static constexpr int kMaxWidth = 190;

    static QPixmap render(const QList<Session> &sessions, const QPalette &palette, const QFont &font,
                          qreal devicePixelRatio);
    // The QDrag hot spot for a chip: the pointer sits below its left end, clear of it.
    static QPoint hotSpot(const QPixmap &chip);
};

} // namespace ordo
