// SPDX-License-Identifier: GPL-3.0-or-later

#include "season.h"

#include <algorithm>

namespace ordo {

QList<int> worstFindingPerWeek(const Analysis &analysis, int weeks)
{
    QList<int> worst(std::max(0, weeks), -1);
    for (int i = 0; i < analysis.findings.size(); ++i) {
        const Finding &f = analysis.findings[i];
        if (!f.hiddenByDefault && f.week >= 0 && f.week < weeks && worst[f.week] < 0)
            worst[f.week] = i;
    }
    return worst;
}

double fourWeekMeanLoad(const Analysis &analysis, int week)
{
    const int last = std::min(week, int(analysis.weeks.size()) - 1);
    const int first = std::max(0, last - 3);
    if (last < 0)
        return 0;
    double sum = 0;
    for (int w = first; w <= last; ++w)
        sum += analysis.weeks[w].load;
    return sum / (last - first + 1);
}

} // namespace ordo
