// SPDX-License-Identifier: GPL-3.0-or-later

#include "rulecontext.h"

#include <QCoreApplication>

#include <utility>

namespace ordo {

namespace {

// What a rule number without a row gets: a finding with an empty id (tests catch it).
const RuleInfo &noRow()
{
    static const RuleInfo none;
    return none;
}

} // namespace

RuleContext::RuleContext(const PlanFacts &facts, const Analysis &figures)
    : m_facts(facts)
    , m_figures(figures)
{
    for (const RuleInfo &r : ruleCatalog()) {
        if (r.number >= m_rules.size())
            m_rules.resize(r.number + 1);
        m_rules[r.number].info = &r;
    }
    for (const QString &id : facts.plan.analysis.disabledRules) {
        if (const RuleInfo *r = findRule(id))
            m_rules[r->number].enabled = false;
    }
    m_cap = std::max(1, int(facts.th.findingsMaxPerRule));
}

Finding *RuleContext::add(int rule, Severity severity, const int *items, qsizetype count, int axisMinute)
{
    const int anchor = count > 0 ? item(items[0]).start : std::max(0, axisMinute);
    if (rule >= m_rules.size())
        m_rules.resize(rule + 1);
    RuleState &state = m_rules[rule];
    if (state.count >= m_cap) {
        if (state.overflow == 0 || severity > state.overflowSeverity)
            state.overflowSeverity = severity;
        if (state.overflow == 0)
            state.overflowAt = anchor;
        ++state.overflow;
        return nullptr;
    }
    ++state.count;
    const RuleInfo &info = state.info ? *state.info : noRow();
    Finding f;
    f.rule = info.id;
    f.severity = severity;
    f.sessions.reserve(count);
    for (qsizetype k = 0; k < count; ++k)
        f.sessions.append(session(items[k]).id);
    const int m = m_facts.axis.wrap(anchor);
    f.axisMinute = m;
    f.week = m / kMinutesPerWeek;
    f.day = Day((m % kMinutesPerWeek) / kMinutesPerDay);
    f.source = info.source;
    f.hiddenByDefault = info.hiddenByDefault;
    m_out.append(f);
    return &m_out.last();
}

QList<Finding> RuleContext::takeFindings()
{
    for (int r = 0; r < m_rules.size(); ++r) {
        const RuleState state = m_rules[r];
        if (state.overflow == 0)
            continue;
        m_rules[r].count = 0; // let this one through
        Finding *f = add(r, state.overflowSeverity, {}, state.overflowAt);
        f->message = state.overflow == 1
            ? tr("1 more finding of this kind is not listed.")
            : tr("%1 more findings of this kind are not listed.").arg(state.overflow);
        f->fix = tr("Fix the findings above first; the rest are usually the same pattern.");
        // The summary stays in the list even for a badge, so the left-out count is seen.
        f->hiddenByDefault = false;
    }
    std::stable_sort(m_out.begin(), m_out.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.axisMinute != b.axisMinute)
            return a.axisMinute < b.axisMinute;
        return a.rule < b.rule;
    });
    return std::exchange(m_out, {});
}

QList<QPair<int, int>> RuleContext::dayRuns(const QList<bool> &flag) const
{
    QList<QPair<int, int>> runs;
    const int n = int(flag.size());
    for (int d = 0; d < n; ++d) {
        if (!flag[d])
            continue;
        if (!runs.isEmpty() && runs.last().first + runs.last().second == d)
            ++runs.last().second;
        else
            runs.append({ d, 1 });
    }
    if (m_facts.axis.isCyclic() && runs.size() > 1 && runs.first().first == 0
        && runs.last().first + runs.last().second == n) {
        runs.last().second += runs.first().second;
        runs.removeFirst();
    }
    return runs;
}

} // namespace ordo
