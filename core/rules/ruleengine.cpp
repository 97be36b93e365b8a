// SPDX-License-Identifier: GPL-3.0-or-later

#include "ruleengine.h"

#include "acrossweekrules.h"
#include "availabilityrules.h"
#include "hiitdoserules.h"
#include "integrityrules.h"
#include "legdayrules.h"
#include "loadrules.h"
#include "optinrules.h"
#include "orderrules.h"
#include "rulesection.h"
#include "weeklystructurerules.h"

#include <algorithm>

namespace ordo {

namespace {

// docs/rules.md 3.10.3: one finding per pair, the most severe match; on a tie the more specific rule
// (lower pair rank). The others are listed as related, in the same order.
void resolvePair(RuleContext &ctx, const SessionPair &p, PairCandidates &all,
                 const QList<const RuleSection *> &describedBy, const RuleContext::PendingPair *pending)
{
    std::sort(all.begin(), all.end(), [](const PairCandidate &a, const PairCandidate &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.rank < b.rank;
    });
    const PairCandidate &won = all.first();
    Finding *f = ctx.add(won.rule, won.severity, { p.first, p.second });
    if (!f)
        return;
    const RuleInfo *wonInfo = ctx.ruleInfo(won.rule);
    const bool caution = !(wonInfo && wonInfo->positive);
    for (qsizetype k = 1; k < all.size(); ++k) {
        const RuleInfo *info = ctx.ruleInfo(all[k].rule);
        if (caution && info && info->positive)
            continue; // a positive badge is never listed under a caution (R2)
        f->related.append(info ? info->id : QString());
    }
    if (pending) {
        if (ctx.texts()) {
            f->message = pending->message;
            f->fix = pending->describeFix ? pending->describeFix() : QString();
        }
    } else if (const RuleSection *section = describedBy.value(won.rule)) {
        section->describePair(ctx, p, all, *f);
    }
}

} // namespace

const QList<const RuleSection *> &RuleEngine::allSections()
{
    static const IntegrityRules integrity;
    static const OrderRules order;
    static const LegDayRules legDay;
    static const HiitDoseRules hiitDose;
    static const WeeklyStructureRules weeklyStructure;
    static const LoadRules load;
    static const OptInRules optIn;
    static const AvailabilityRules availability;
    static const AcrossWeekRules acrossWeek;
    static const QList<const RuleSection *> sections
        = { &integrity, &order,      &legDay, &hiitDose,    &weeklyStructure,
            &load,      &acrossWeek, &optIn,  &availability };
    return sections;
}

RuleEngine::RuleEngine(const QList<const RuleSection *> &sections)
    : m_sections(sections)
{
    for (const RuleSection *s : sections) {
        if (const int kinds = s->pairKinds())
            m_pairSections.append({ s, kinds });
        for (int number : s->pairRules()) {
            if (number >= m_describedBy.size())
                m_describedBy.resize(number + 1, nullptr);
            m_describedBy[number] = s;
        }
    }
}

QList<Finding> RuleEngine::run(const PlanFacts &facts, const Analysis &figures) const
{
    RuleContext ctx(facts, figures);
    for (const RuleSection *s : m_sections)
        s->evaluate(ctx);
    if (!m_pairSections.isEmpty()) {
        PairCandidates candidates;
        for (int i = 0; i < ctx.itemCount(); ++i) {
            facts.forEachPairFrom(i, [&](int first, int second) {
                const SessionFacts &x = ctx.item(first);
                const SessionFacts &y = ctx.item(second);
                SessionPair p;
                p.first = first;
                p.second = second;
                p.gap = facts.gap(x, y);
                RuleContext::PendingPair *pending
                    = ctx.hasPendingPairs() ? ctx.pendingFor(first, second) : nullptr;
                int kind = p.gap < 0 ? RuleSection::OverlappingPairs : RuleSection::NoPairs;
                if (x.cardio && y.strength) {
                    p.cardio = first;
                    p.strength = second;
                    kind |= RuleSection::CardioStrengthPairs;
                } else if (x.strength && y.cardio) {
                    p.strength = first;
                    p.cardio = second;
                    kind |= RuleSection::CardioStrengthPairs;
                }
                if (kind == RuleSection::NoPairs && !pending)
                    return;
                candidates.clear();
                for (const auto &[section, kinds] : m_pairSections) {
                    if (kinds & kind)
                        section->evaluatePair(ctx, p, candidates);
                }
                if (pending) {
                    // Rule 25 joins the pair it names (docs/rules.md 3.10.3).
                    pending->used = true;
                    const RuleInfo *info = ctx.ruleInfo(pending->rule);
                    candidates.append({ pending->rule, pending->severity, info ? info->pairRank : 0 });
                }
                if (!candidates.isEmpty()) {
                    std::sort(candidates.begin(), candidates.end(),
                              [](const PairCandidate &a, const PairCandidate &b) {
                                  if (a.severity != b.severity)
                                      return a.severity > b.severity;
                                  return a.rank < b.rank;
                              });
                    const bool pendingWon = pending && candidates.first().rule == pending->rule;
                    resolvePair(ctx, p, candidates, m_describedBy, pendingWon ? pending : nullptr);
                }
            });
        }
    }
    // Pending pairs the walk did not reach stand on their own.
    for (RuleContext::PendingPair &q : ctx.pendingPairs()) {
        if (q.used)
            continue;
        q.used = true;
        if (Finding *f = ctx.add(q.rule, q.severity, { q.first, q.second }); f && ctx.texts()) {
            f->message = q.message;
            f->fix = q.describeFix ? q.describeFix() : QString();
        }
    }
    return ctx.takeFindings();
}

QList<Finding> evaluateRules(const PlanFacts &facts, const Analysis &figures)
{
    static const RuleEngine engine;
    return engine.run(facts, figures);
}

} // namespace ordo
