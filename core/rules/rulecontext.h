// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "derivedterms.h"
#include "ruletable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <initializer_list>

// What every rule section shares during one evaluation (core/rules/ruleengine.h): the derived
// facts and thresholds (read only, computed before any rule runs, so the order of the
// sections does not matter), the per-day figures, and the list of findings with the
// disabled rules and the per-rule cap of docs/rules.md 3.10. Also the window helpers that several
// sections count with.
namespace ordo {

class RuleContext
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    RuleContext(const PlanFacts &facts, const Analysis &figures);

    const PlanFacts &facts() const { return m_facts; }
    // Whether findings need their words (false in analyzeCounts(): only counted).
    bool texts() const { return m_facts.texts; }
    const Analysis &figures() const { return m_figures; }
    const Thresholds &thresholds() const { return m_facts.th; }
    const Plan &plan() const { return m_facts.plan; }
    // The clock times in messages are written in (whentext.h).
    ClockFormat clock() const { return m_figures.clock; }
    Goal goal() const { return m_facts.plan.profile.goal; }
    bool beginner() const { return m_facts.plan.profile.experience == Experience::Beginner; }
    bool isGoal(std::initializer_list<Goal> goals) const
    {
        return std::find(goals.begin(), goals.end(), goal()) != goals.end();
    }

    int itemCount() const { return int(m_facts.items.size()); }
    const SessionFacts &item(int i) const { return m_facts.items[i]; }
    const Session &session(int i) const { return *m_facts.items[i].s; }
    QString title(int i) const { return session(i).displayTitle(); }
    // The title of item i in a text that also names item `other`: with day and time added when
    // both have the same title (docs/rules.md 3.11.5), "Heavy lower, Tue 07:00".
    QString titleBeside(int i, int other) const;

    // False for a rule the plan disables (analysis.disabledRules). A number without a row in
    // the rule table is evaluated and reported with an empty id, so tests notice it.
    bool wants(int rule) const { return rule >= m_rules.size() || m_rules[rule].enabled; }
    // The rule's row in the rule table, or nullptr.
    const RuleInfo *ruleInfo(int rule) const
    {
        return rule >= 0 && rule < m_rules.size() ? m_rules[rule].info : nullptr;
    }
    // Adds a finding anchored at the first listed session (or at `axisMinute` when none is
    // listed), with the rule's id, source and badge from the rule table. The first overload
    // takes the rule's default severity from the table. Returns nullptr once the rule has
    // reached findings.maxPerRule: the rest are counted and summarised in one finding at the end.
    Finding *add(int rule, const QList<int> &items, int axisMinute = -1)
    {
        return add(rule, defaultSeverity(rule), items, axisMinute);
    }
    Finding *add(int rule, Severity severity, const QList<int> &items, int axisMinute = -1)
    {
        return add(rule, severity, items.constData(), items.size(), axisMinute);
    }
    // The same for a braced list of sessions, without building a list once the rule is capped.
    Finding *add(int rule, std::initializer_list<int> items, int axisMinute = -1)
    {
        return add(rule, defaultSeverity(rule), items, axisMinute);
    }
    Finding *add(int rule, Severity severity, std::initializer_list<int> items, int axisMinute = -1)
    {
        return add(rule, severity, items.begin(), qsizetype(items.size()), axisMinute);
    }
    // The findings, with one summary per capped rule, most severe first, then by time.
    QList<Finding> takeFindings();

    // docs/rules.md 3.10.4, one session, one message: a finding that is shown inside another one
    // when that host exists. The merges are applied in takeFindings(), in the order of the kinds
    // (a–e); the host gains the merged rule's id in `related` and `sentence` after its message.
    enum class MergeInto {
        PairInChain, // a: a pair finding whose two sessions both belong to `sessions` (rule 17)
        PairNamingSession, // b: a pair finding that names `sessions[0]` (rule 32)
        PlanEndOfSession, // c: the crosses-plan-end finding of `sessions[0]` (rule 3)
        RestDayRunInWeek, // d: the first no-rest-day finding whose run holds a day of `week` (rule 39)
        BeginnerWindowHolding, // e: the weekly beginner-hiit finding whose window holds `sessions[0]`
    };
    void mergeLater(const Finding *f, MergeInto into, const QString &sentence, int week = -1);
    // The days a no-rest-day finding covers, for merge d (an endless run covers every day).
    void noteDayRun(const Finding *f, int startDay, int length);
    // Marks a finding as a weekly beginner-hiit finding, a host for merge e.
    void noteBeginnerWindow(const Finding *f);
    // docs/rules.md rule 25 as a pair candidate (3.10.3): computed before the pair walk, offered when
    // the walk reaches (first, second), otherwise shown on its own at the end of the walk.
    struct PendingPair
    {
        int rule = 0;
        Severity severity = Severity::Info;
        int first = -1, second = -1;
        QString message;
        std::function<QString()> describeFix; // the fix text, computed only for a shown finding
        bool used = false;
    };
    void addPendingPair(const PendingPair &p)
    {
        m_pendingIndex.insert((quint64(quint32(p.first)) << 32) | quint32(p.second), int(m_pending.size()));
        m_pending.append(p);
    }
    QList<PendingPair> &pendingPairs() { return m_pending; }
    bool hasPendingPairs() const { return !m_pending.isEmpty(); }
    // The unused pending pair of (first, second), or nullptr.
    PendingPair *pendingFor(int first, int second)
    {
        const auto it = m_pendingIndex.constFind((quint64(quint32(first)) << 32) | quint32(second));
        if (it == m_pendingIndex.constEnd() || m_pending[*it].used)
            return nullptr;
        return &m_pending[*it];
    }

    // Rolling 7-day windows anchored at each listed session; calls report(window) once per run
    // of consecutive anchors whose window holds at least `atLeast` sessions (with the fullest window).
    template<typename Report> void rolling(const QList<int> &list, int atLeast, Report report) const;
    // Runs of true days: (first day, length), wrapping on cyclic plans; an all-true cyclic plan
    // is one run of dayCount (an endless run).
    QList<QPair<int, int>> dayRuns(const QList<bool> &flag) const;
    // Sessions (not excluded, matching pred) whose session day lies in the `length` days from startDay.
    template<typename Pred> QList<int> sessionsOnDays(int startDay, int length, Pred pred) const;

private:
    Severity defaultSeverity(int rule) const
    {
        const RuleInfo *info = ruleInfo(rule);
        return info ? info->severity : Severity::Info;
    }
    Finding *add(int rule, Severity severity, const int *items, qsizetype count, int axisMinute);

    struct RuleState
    {
        const RuleInfo *info = nullptr;
        bool enabled = true;
        int count = 0;
        int overflow = 0;
        Severity overflowSeverity = Severity::Info;
        int overflowAt = 0;
    };

    void applyMerges();

    struct MergeRequest
    {
        int finding = -1;
        MergeInto into = MergeInto::PairInChain;
        QString sentence;
        int week = -1;
    };
    QList<MergeRequest> m_merges;
    QHash<int, QPair<int, int>> m_dayRuns; // no-rest-day finding → (first day, length)
    QSet<int> m_beginnerWindows;
    QList<PendingPair> m_pending;
    QHash<quint64, int> m_pendingIndex;

    const PlanFacts &m_facts;
    const Analysis &m_figures;
    QVarLengthArray<RuleState, 64> m_rules; // by rule number
    int m_cap = 50;
    QList<Finding> m_out;
};

template<typename Report> void RuleContext::rolling(const QList<int> &list, int atLeast, Report report) const
{
    const int n = int(list.size());
    if (n < atLeast || atLeast <= 0)
        return;
    const bool cyclic = m_facts.axis.isCyclic();
    const int period = m_facts.axis.period();
    QList<int> counts(n, 0);
    int j = 0;
    for (int k = 0; k < n; ++k) {
        if (j < k + 1)
            j = k + 1;
        const auto pos = [&](int m) { return item(list[m % n]).start + (m >= n ? period : 0); };
        while (j < (cyclic ? k + n : n) && pos(j) < pos(k) + kMinutesPerWeek)
            ++j;
        counts[k] = j - k;
    }
    // Group runs of qualifying anchors (merging across the wrap on cyclic plans).
    QList<QPair<int, int>> runs; // first anchor, length
    for (int k = 0; k < n; ++k) {
        if (counts[k] < atLeast)
            continue;
        if (!runs.isEmpty() && runs.last().first + runs.last().second == k)
            ++runs.last().second;
        else
            runs.append({ k, 1 });
    }
    if (cyclic && runs.size() > 1 && runs.first().first == 0 && runs.last().first + runs.last().second == n) {
        runs.last().second += runs.first().second;
        runs.removeFirst();
    }
    for (const auto &[startAnchor, length] : std::as_const(runs)) {
        int best = startAnchor % n;
        for (int m = 0; m < length; ++m) {
            const int k = (startAnchor + m) % n;
            if (counts[k] > counts[best])
                best = k;
        }
        QList<int> window;
        for (int m = 0; m < counts[best]; ++m)
            window.append(list[(best + m) % n]);
        report(window);
    }
}

template<typename Pred> QList<int> RuleContext::sessionsOnDays(int startDay, int length, Pred pred) const
{
    QList<int> out;
    const QList<SessionFacts> &items = m_facts.items;
    for (int k = 0; k < length && k < m_facts.dayCount; ++k) {
        const int day = (startDay + k) % m_facts.dayCount;
        // Items are sorted by start, so a day's sessions are contiguous.
        auto it = std::lower_bound(items.cbegin(), items.cend(), day * kMinutesPerDay,
                                   [](const SessionFacts &x, int t) { return x.start < t; });
        for (; it != items.cend() && it->dayIndex == day; ++it) {
            if (!it->excluded && pred(*it))
                out.append(int(it - items.cbegin()));
        }
    }
    return out;
}

} // namespace ordo
