// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.6, HIIT dose and stacking (rules 26–29): two HIIT sessions in one day, HIIT
// sessions too close together, too many in a week, and HIIT with heavy lifting day after day.
namespace ordo {

class HiitDoseRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "HIIT dose"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;

private:
    void hiitSpacing(RuleContext &ctx, const QList<int> &hiit, const QList<int> &clusterOf) const;
    void hiitWeekly(RuleContext &ctx, const QList<int> &hiit) const;
    void beginnerHiit(RuleContext &ctx, const QList<int> &hiit) const;
    void hiitHeavyStreak(RuleContext &ctx) const;
};

} // namespace ordo
