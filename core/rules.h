// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "derivedterms.h"

// The rules of docs/rules.md (1–40), evaluated on the shared derived terms. analyze() fills
// the per-day figures first, then calls evaluateRules(); precedence, suppression, disabled
// rules and the per-rule cap are applied in here.
namespace ordo {

QList<Finding> evaluateRules(const PlanFacts &facts, const Analysis &figures);

} // namespace ordo
