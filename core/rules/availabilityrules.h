// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.13, availability: a session outside the times the plan says the user can train
// (rule 48, `outside-availability`), naming the nearest free window. Silent without
// availability in the plan (docs/plan-format.md, "Availability").
namespace ordo {

class AvailabilityRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "availability"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;
};

} // namespace ordo
