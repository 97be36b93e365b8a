// SPDX-License-Identifier: GPL-3.0-or-later

#include "windowplacement.h"

#include <algorithm>

namespace ordo {
namespace {

// How much of the title bar must be on a screen for the window to count as on it: enough to
// see it and drag it back.
constexpr int kTitleBarHeight = 24;
constexpr int kMinimumVisibleTitle = 160;

QSize clampedTo(const QSize &size, const QRect &available)
{
    return size.boundedTo(available.size())
        .expandedTo(WindowPlacement::kMinimumSize.boundedTo(available.size()));
}

QRect centred(const QSize &size, const QRect &available)
{
    QRect r(QPoint(), clampedTo(size, available));
    r.moveCenter(available.center());
    // An odd remainder must not push the frame one pixel past the screen.
    r.moveTopLeft(QPoint(std::max(r.left(), available.left()), std::max(r.top(), available.top())));
    return r;
}

} // namespace

WindowPlacement WindowPlacement::firstRun(const QRect &available)
{
    WindowPlacement p;
    const QSize share(qRound(available.width() * kFirstRunShare),
                      qRound(available.height() * kFirstRunShare));
    p.geometry = centred(share, available);
    p.maximized = available.width() < kRoomyScreen.width() || available.height() < kRoomyScreen.height();
    return p;
}

WindowPlacement WindowPlacement::restore(const QRect &saved, bool maximized, const QList<QRect> &screens,
                                         const QRect &primary)
{
    if (!saved.isValid())
        return firstRun(primary);
    WindowPlacement p;
    p.maximized = maximized;
    const QRect titleBar(saved.left(), saved.top(), saved.width(), kTitleBarHeight);
    const QRect *best = nullptr;
    int bestVisible = 0;
    for (const QRect &screen : screens) {
        const QRect visible = screen.intersected(titleBar);
        if (visible.height() >= kTitleBarHeight / 2 && visible.width() > bestVisible) {
            best = &screen;
            bestVisible = visible.width();
        }
    }
    if (!best || bestVisible < std::min(kMinimumVisibleTitle, saved.width())) {
        p.geometry = centred(saved.size(), primary);
        return p;
    }
    // On a screen: keep the position, but make the whole frame fit that screen.
    QRect r(saved.topLeft(), clampedTo(saved.size(), *best));
    r.moveRight(std::min(r.right(), best->right()));
    r.moveBottom(std::min(r.bottom(), best->bottom()));
    r.moveTopLeft(QPoint(std::max(r.left(), best->left()), std::max(r.top(), best->top())));
    p.geometry = r;
    return p;
}

} // namespace ordo
