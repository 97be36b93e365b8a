// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.9, opt-in and future-data rules: the cycle phase (rule 40, only with a cycle in
// the profile). Rules 41–43 need data that plan format 1 lacks; they are documented only.
namespace ordo {

class OptInRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "opt-in"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;
};

} // namespace ordo
