// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QRect>

// Where the main window opens, as plain geometry: a first run takes 85 % of the screen's
// available area (or the whole of a small screen), a saved position is kept only while its
// title bar is still on a screen, and no size exceeds the screen it opens on. The main
// window computes one on construction and applies it; tested with data rows in
// tests/ui/tst_windowplacement.cpp.
namespace ordo {

class WindowPlacement
{
public:
    // Share of the available screen a first run takes.
    static constexpr double kFirstRunShare = 0.85;
    // Below this available size a first run fills the screen: 85 % of a 1366×768 laptop
    // would leave the week and the docks cramped for no gain.
    static constexpr QSize kRoomyScreen { 1440, 860 };
    // The smallest useful window: the week with three days readable beside the docks.
    static constexpr QSize kMinimumSize { 760, 520 };

    // The first run on a screen with this available area (frame included).
    static WindowPlacement firstRun(const QRect &available);
    // A saved frame geometry on the screens there are now: the saved position if its title
    // bar is on one of them, else the saved size centred on `primary`; never larger than
    // the screen it lands on. An empty `saved` is a first run on `primary`.
    static WindowPlacement restore(const QRect &saved, bool maximized, const QList<QRect> &screens,
                                   const QRect &primary);

    QRect geometry; // frame geometry of the normal (not maximized) window
    bool maximized = false;
};

} // namespace ordo
