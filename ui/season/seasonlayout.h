// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "seasonpainter.h"
#include "seasonview.h"

#include <QStringList>

// The season overview's totals columns, shared by the view's files
// (seasonview.cpp: geometry and texts, seasonviewpaint.cpp, seasonviewinput.cpp). Private to
// ui/season.
namespace ordo {
namespace seasonlayout {

// The number of totals columns and their names, as the table painter has them.
inline constexpr int kTotals = SeasonPainter::kTotals;

inline QStringList totalsDescriptions()
{
    return SeasonPainter::totalsDescriptions();
}

} // namespace seasonlayout
} // namespace ordo
