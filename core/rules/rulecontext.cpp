// SPDX-License-Identifier: GPL-3.0-or-later

#include "rulecontext.h"

#include "whentext.h"

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

QString RuleContext::titleBeside(int i, int other) const
{
    const QString t = title(i);
    if (t != title(other))
        return t;
    return tr("%1, %2").arg(t, formatWhen(m_facts.plan, item(i).start, clock()));
}

void RuleContext::mergeLater(const Finding *f, MergeInto into, const QString &sentence, int week)
{
    if (f)
        m_merges.append({ int(f - m_out.constData()), into, sentence, week });
}

void RuleContext::noteDayRun(const Finding *f, int startDay, int length)
{
    if (f)
        m_dayRuns.insert(int(f - m_out.constData()), { startDay, length });
}

void RuleContext::noteBeginnerWindow(const Finding *f)
{
    if (f)
        m_beginnerWindows.insert(int(f - m_out.constData()));
}

void RuleContext::applyMerges()
{
    if (m_merges.isEmpty())
        return;
    std::stable_sort(m_merges.begin(), m_merges.end(),
                     [](const MergeRequest &a, const MergeRequest &b) { return int(a.into) < int(b.into); });
    QList<bool> merged(m_out.size(), false);
    QSet<int> guests;
    for (const MergeRequest &m : std::as_const(m_merges))
        guests.insert(m.finding);
    // Pair findings that may host a merge: a ranked rule (3.10.3), not a positive badge.
    QList<bool> pairHost(m_out.size(), false);
    for (int k = 0; k < m_out.size(); ++k) {
        const Finding &f = m_out[k];
        if (f.sessions.size() != 2 || guests.contains(k))
            continue;
        for (const RuleState &r : std::as_const(m_rules)) {
            if (r.info && r.info->id == f.rule) {
                pairHost[k] = r.info->pairRank > 0 && !r.info->positive;
                break;
            }
        }
    }
    // Findings by the sessions they name, for the hosts' look-up.
    QHash<QString, QList<int>> bySession;
    for (int k = 0; k < m_out.size(); ++k) {
        for (const QString &id : std::as_const(m_out[k].sessions)) {
            if (pairHost[k] || m_out[k].sessions.size() == 1 || m_beginnerWindows.contains(k))
                bySession[id].append(k);
        }
    }
    for (const MergeRequest &m : std::as_const(m_merges)) {
        const Finding &guest = m_out[m.finding];
        int host = -1;
        const auto consider = [&](int k) {
            if (k == m.finding || merged[k])
                return;
            const Finding &f = m_out[k];
            bool fits = false;
            switch (m.into) {
            case MergeInto::PairInChain:
                fits = pairHost[k] && guest.sessions.contains(f.sessions[0])
                    && guest.sessions.contains(f.sessions[1]);
                break;
            case MergeInto::PairNamingSession:
                fits = pairHost[k];
                break;
            case MergeInto::PlanEndOfSession:
                fits = f.rule == u"crosses-plan-end" && f.sessions == guest.sessions;
                break;
            case MergeInto::RestDayRunInWeek:
                if (const auto run = m_dayRuns.constFind(k); run != m_dayRuns.constEnd()) {
                    const int days = std::max(1, m_facts.dayCount);
                    for (int d = 0; d < run->second && !fits; ++d)
                        fits = ((run->first + d) % days) / kDaysPerWeek == m.week;
                }
                break;
            case MergeInto::BeginnerWindowHolding:
                fits = m_beginnerWindows.contains(k);
                break;
            }
            // The earliest host; for merge d the first run.
            if (fits && (host < 0 || f.axisMinute < m_out[host].axisMinute))
                host = k;
        };
        if (m.into == MergeInto::RestDayRunInWeek) {
            for (auto it = m_dayRuns.constBegin(); it != m_dayRuns.constEnd(); ++it)
                consider(it.key());
        } else if (m.into == MergeInto::PairInChain) {
            for (const QString &id : std::as_const(guest.sessions)) {
                for (int k : bySession.value(id))
                    consider(k);
            }
        } else if (!guest.sessions.isEmpty()) {
            for (int k : bySession.value(guest.sessions.first()))
                consider(k);
        }
        if (host < 0)
            continue;
        Finding &h = m_out[host];
        h.related.append(guest.rule);
        if (!m.sentence.isEmpty())
            h.message += u' ' + m.sentence;
        merged[m.finding] = true;
    }
    QList<Finding> kept;
    kept.reserve(m_out.size());
    for (int k = 0; k < m_out.size(); ++k) {
        if (!merged[k])
            kept.append(std::move(m_out[k]));
    }
    m_out = std::move(kept);
}

QList<Finding> RuleContext::takeFindings()
{
    applyMerges();
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
