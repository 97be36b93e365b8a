// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "derivedterms.h"

#include <QList>
#include <QPair>

// The rules of docs/rules.md (1–40), evaluated on the shared derived terms. analyze() fills
// the per-day figures first, then calls evaluateRules(). The engine runs every section's
// whole-plan rules, walks the pairs of sessions once for the pair rules of all sections,
// merges each pair's matches into one finding (3.10.3), and applies disabled rules and the
// per-rule cap (through RuleContext). Where each rule lives: core/rules/ruletable.h.
namespace ordo {

class RuleSection;

class RuleEngine
{
public:
    // Every section, in the order of docs/rules.md (the order does not change the result).
    static const QList<const RuleSection *> &allSections();

    explicit RuleEngine(const QList<const RuleSection *> &sections = allSections());
    QList<Finding> run(const PlanFacts &facts, const Analysis &figures) const;

private:
    QList<const RuleSection *> m_sections;
    QList<QPair<const RuleSection *, int>> m_pairSections; // with their pair kinds
    QList<const RuleSection *> m_describedBy; // by rule number: the section declaring a pair rule
};

QList<Finding> evaluateRules(const PlanFacts &facts, const Analysis &figures);

} // namespace ordo
