// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QList>

// Figures of the season overview, the season page of the PDF and the weekly load chart, read
// from the one analysis (the weekly totals themselves are Analysis::weeks, filled by analyze()).
namespace ordo {

// Per plan week, the index into analysis.findings of its worst finding shown by default (the
// first of the week's findings: they are sorted most severe first, then by time), or −1.
QList<int> worstFindingPerWeek(const Analysis &analysis, int weeks);

// The mean weekly load of week `week` and the up to three weeks before it (the 4-week mean
// line of the weekly load chart); weeks before the first are not counted.
double fourWeekMeanLoad(const Analysis &analysis, int week);

} // namespace ordo
