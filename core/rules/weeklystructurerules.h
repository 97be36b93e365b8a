// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "rulesection.h"

// docs/rules.md 3.7, weekly structure (rules 30–36): rest days, how often and how long hard cardio
// runs, lifting frequency, cardio volume beside heavy lifting, the aerobic minimum for health
// and beginner volume. Weekly counts use rolling 7-day windows.
namespace ordo {

class WeeklyStructureRules final : public RuleSection
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Rules)

public:
    const char *name() const override { return "weekly structure"; }
    QList<int> rules() const override;
    void evaluate(RuleContext &ctx) const override;

private:
    void noRestDay(RuleContext &ctx) const;
    void longSessions(RuleContext &ctx) const;
    void cardioFrequency(RuleContext &ctx) const;
    void dayWindows(RuleContext &ctx) const;
};

} // namespace ordo
