// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "seasonview.h"

#include <QStringList>

// The season overview's layout constants and its totals columns, shared by the view's files
// (seasonview.cpp: geometry and texts, seasonviewpaint.cpp, seasonviewinput.cpp). Private to
// ui/season.
namespace ordo {
namespace seasonlayout {

inline constexpr int kMarkGap = 2;
inline constexpr int kMaxMarkWidth = 10;
inline constexpr int kMinMarkWidth = 3;
// A mark is as tall as the cell for a session of this length or longer.
inline constexpr int kFullMarkMinutes = 120;
// The number of totals columns (see totalsHeaders()).
inline constexpr int kTotals = 6;

inline QStringList totalsHeaders()
{
    return {
        SeasonView::tr("Load"),  SeasonView::tr("Hard min"), SeasonView::tr("HIIT"),
        SeasonView::tr("Lifts"), SeasonView::tr("Rest"),     SeasonView::tr("kcal"),
    };
}

inline QStringList totalsDescriptions()
{
    return {
        SeasonView::tr("Training load of the week (RPE × min)"),
        SeasonView::tr("Minutes of hard sessions: lifting, moderate and HIIT cardio"),
        SeasonView::tr("HIIT sessions"),
        SeasonView::tr("Lifting sessions"),
        SeasonView::tr("Rest days"),
        SeasonView::tr("Energy used in training (kcal)"),
    };
}

} // namespace seasonlayout
} // namespace ordo
