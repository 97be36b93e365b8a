// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.8, load monitoring (rules 37–39), on the per-day and per-week figures that the
// charts show too: high-load days, load spikes (ACWR) and monotony.
namespace ordo {

class LoadRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "load"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;

private:
    void highLoadDays(RuleContext &ctx) const;
    void weeks(RuleContext &ctx) const;
};

} // namespace ordo
