// SPDX-License-Identifier: GPL-3.0-or-later

#include "plancomparison.h"

#include "findingkey.h"

#include <QHash>

#include <algorithm>

namespace ordo {

namespace {

// FindingKey (the identity of a finding within one plan) made to hold across two plans: each
// session named by id and title, and the week always part of it (see comparePlans()).
FindingKey comparisonKey(const Plan &plan, const Finding &finding)
{
    FindingKey key = FindingKey::of(finding);
    for (QString &id : key.sessions) {
        const Session *session = plan.find(id);
        id = id + QChar(u'\x1f') + (session ? session->displayTitle() : QString());
    }
    key.sessions.sort();
    key.week = finding.week;
    return key;
}

using KeyCounts = QHash<FindingKey, int>;

KeyCounts countKeys(const Plan &plan, const Analysis &analysis)
{
    KeyCounts counts;
    for (const Finding &f : analysis.findings) {
        if (!f.hiddenByDefault)
            ++counts[comparisonKey(plan, f)];
    }
    return counts;
}

// The findings of `plan` beyond the ones `other` has (each of other's matches one only).
QList<Finding> findingsNotIn(const Plan &plan, const Analysis &analysis, KeyCounts other)
{
    QList<Finding> result;
    for (const Finding &f : analysis.findings) {
        if (f.hiddenByDefault)
            continue;
        int &left = other[comparisonKey(plan, f)];
        if (left > 0)
            --left;
        else
            result.append(f);
    }
    return result;
}

} // namespace

QList<DayLoadComparison> PlanComparison::daysOfWeek(int week) const
{
    QList<DayLoadComparison> result;
    for (const DayLoadComparison &d : days) {
        if (d.week == week)
            result.append(d);
    }
    return result;
}

PlanComparison comparePlans(const Plan &a, const Analysis &analysisA, const Plan &b,
                            const Analysis &analysisB)
{
    PlanComparison comparison;
    comparison.onlyInA = findingsNotIn(a, analysisA, countKeys(b, analysisB));
    comparison.onlyInB = findingsNotIn(b, analysisB, countKeys(a, analysisA));

    const qsizetype dayCount = std::max(analysisA.days.size(), analysisB.days.size());
    comparison.days.reserve(dayCount);
    for (qsizetype i = 0; i < dayCount; ++i) {
        DayLoadComparison day;
        day.week = int(i / kDaysPerWeek);
        day.day = Day(i % kDaysPerWeek);
        if (i < analysisA.days.size()) {
            day.loadA = analysisA.days[i].load;
            day.highLoadA = analysisA.days[i].highLoad;
        }
        if (i < analysisB.days.size()) {
            day.loadB = analysisB.days[i].load;
            day.highLoadB = analysisB.days[i].highLoad;
        }
        comparison.days.append(day);
    }
    return comparison;
}

} // namespace ordo
