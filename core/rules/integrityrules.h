// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.1, plan integrity and time handling (rules 1–6): overlaps, duplicates, sessions
// across midnight or past the plan end, implausible durations and RPE that contradicts the
// intensity. Overlaps are found on the engine's pair walk.
namespace ordo {

class IntegrityRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "integrity"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;
    int pairKinds() const override { return OverlappingPairs; }
    void evaluatePair(RuleContext &ctx, SessionPair &pair, PairCandidates &out) const override;

private:
    void duplicate(RuleContext &ctx, int a, int b) const;
    void crossesMidnight(RuleContext &ctx, int i) const;
    void crossesPlanEnd(RuleContext &ctx, int i) const;
    void implausibleDuration(RuleContext &ctx, int i) const;
    void rpeMismatch(RuleContext &ctx, int i) const;
};

} // namespace ordo
