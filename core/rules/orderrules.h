// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.2–3.4, the order of cardio and lifting (rules 7–17): warm-ups, the AMPK window
// and split sessions when cardio comes first, the endurance order, cardio after lifting, and
// combined sessions that run too long. Rules 9–16 are pair rules.
namespace ordo {

class OrderRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "order"; }
    QList<int> rules() const override;
    QList<int> pairRules() const override;
    void evaluate(RuleContext &ctx) const override;
    int pairKinds() const override { return CardioStrengthPairs; }
    void evaluatePair(RuleContext &ctx, SessionPair &pair, PairCandidates &out) const override;
    void describePair(const RuleContext &ctx, const SessionPair &pair, const PairCandidates &all,
                      Finding &finding) const override;

private:
    void warmups(RuleContext &ctx) const;
    void describe(const RuleContext &ctx, int number, const SessionPair &pair, Finding &finding) const;
    void combinedSessions(RuleContext &ctx) const;
};

} // namespace ordo
