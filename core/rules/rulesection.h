// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulecontext.h"

#include <QCoreApplication>
#include <QList>
#include <QVarLengthArray>

#include <limits>
#include <optional>

// One section of docs/rules.md (3.1 integrity, 3.2–3.4 order, 3.5 leg day, …) as a part of
// the rule engine. A section evaluates its rules on the shared RuleContext: whole-plan rules in
// evaluate(), pair rules (docs/rules.md 3.3–3.5) in evaluatePair(), which the engine calls on its
// one pair walk; the candidates of all sections then compete for the pair's one finding
// (3.10.3), and the section that declares the winning rule writes its text in describePair().
// Sections keep no state between calls, so their order does not change the result.
namespace ordo {

// One pair under evaluation: `first` starts no later than `second`.
struct SessionPair
{
    int first = -1;
    int second = -1;
    int gap = 0; // gap(first → second)
    int cardio = -1; // set when the pair is one cardio and one strength session
    int strength = -1;
};

// A pair rule that matched, with its severity and its pair rank from the rule table.
struct PairCandidate
{
    int rule = 0;
    Severity severity = Severity::Info;
    int rank = 0;
};
using PairCandidates = QVarLengthArray<PairCandidate, 8>;

// Offers `rule` for the pair unless there is no severity (a step-down to none) or the plan
// disables the rule. Without a severity argument, the rule's default severity from the table.
inline void offer(const RuleContext &ctx, PairCandidates &out, int rule, std::optional<Severity> severity)
{
    if (!severity || !ctx.wants(rule))
        return;
    const RuleInfo *info = ctx.ruleInfo(rule);
    // A rule without a pair rank loses every tie (the table test requires a rank).
    const int rank = info && info->pairRank > 0 ? info->pairRank : std::numeric_limits<int>::max();
    out.append({ rule, *severity, rank });
}

inline void offer(const RuleContext &ctx, PairCandidates &out, int rule)
{
    const RuleInfo *info = ctx.ruleInfo(rule);
    offer(ctx, out, rule, info ? info->severity : Severity::Info);
}

// Each section declares Q_DECLARE_TR_FUNCTIONS(ordo::Rules) itself: lupdate files a tr() call
// under the class it is written in, not under a base class, so all rule texts share one context
// only if every section names it.
class RuleSection
{
public:
    virtual ~RuleSection() = default;

    // For messages of tests and tools, e.g. "integrity".
    virtual const char *name() const = 0;
    // Every rule number this section reports (checked against the rule table by tests).
    virtual QList<int> rules() const = 0;
    // The subset that competes per pair under docs/rules.md 3.10.3 (each needs a pair rank); the
    // engine asks this section for the text of a pair finding one of them wins.
    virtual QList<int> pairRules() const { return {}; }

    virtual void evaluate(RuleContext &context) const { Q_UNUSED(context) }
    // The pairs of the pair walk that evaluatePair() looks at: a bit set of PairKind. The
    // engine calls it for those pairs only, which keeps the walk cheap on long plans.
    enum PairKind { NoPairs = 0, OverlappingPairs = 1, CardioStrengthPairs = 2 };
    virtual int pairKinds() const { return NoPairs; }
    // Called for the pairs of pairKinds(). Offers candidates to `out`, or adds findings that
    // stand beside the pair's finding (overlap).
    virtual void evaluatePair(RuleContext &context, SessionPair &pair, PairCandidates &out) const
    {
        Q_UNUSED(context)
        Q_UNUSED(pair)
        Q_UNUSED(out)
    }
    // Message, fix and auto-fix of a pair finding won by one of pairRules(), `all.first()`;
    // `all` holds every candidate of the pair, most important first.
    virtual void describePair(const RuleContext &context, const SessionPair &pair, const PairCandidates &all,
                              Finding &finding) const
    {
        Q_UNUSED(context)
        Q_UNUSED(pair)
        Q_UNUSED(all)
        Q_UNUSED(finding)
    }
};

} // namespace ordo
