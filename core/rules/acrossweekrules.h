// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.8, the across-week checks of plans of two or more weeks, on the weekly
// training load the charts and the season overview show (Analysis::weeks): a steep rise over
// the recent weeks (rule 49, `load-ramp`) and a long stretch without a lighter week (rule 50,
// `no-lighter-week`).
namespace ordo {

class AcrossWeekRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "across-week"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;

private:
    void ramps(RuleContext &ctx) const;
    void lighterWeeks(RuleContext &ctx) const;
};

} // namespace ordo
