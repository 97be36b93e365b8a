// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.5, leg day and muscle overlap (rules 18–25): cardio in the same-day window of
// heavy legs, active recovery, hard intervals before heavy legs and heavy legs before key
// cardio (pair rules 18–24), and strength sessions for muscles that have not recovered (25).
namespace ordo {

class LegDayRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "leg day"; }
    QList<int> rules() const override;
    QList<int> pairRules() const override;
    void evaluate(RuleContext &ctx) const override;
    int pairKinds() const override { return CardioStrengthPairs; }
    void evaluatePair(RuleContext &ctx, SessionPair &pair, PairCandidates &out) const override;
    void describePair(const RuleContext &ctx, const SessionPair &pair, const PairCandidates &all,
                      Finding &finding) const override;

private:
    void muscleNotRecovered(RuleContext &ctx) const;

public:
    // R(S) of docs/rules.md rule 25 for item i, in AU per region, from the region chart's value at
    // S.start in percent (docs/physiology.md 2.3).
    static std::array<double, kRegionCount> residual(const RuleContext &ctx, int i, double chartPercent[]);
};

} // namespace ordo
