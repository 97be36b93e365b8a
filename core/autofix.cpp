// SPDX-License-Identifier: GPL-3.0-or-later

#include "autofix.h"

#include "edits/sessionedits.h"
#include "enums.h"

#include <QCoreApplication>

namespace ordo {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AutoFix)
};

} // namespace

PlanEdit autoFixEdit(const Plan &plan, const AutoFix &fix, ClockFormat clock)
{
    const Session *s = plan.find(fix.sessionId);
    if (!s)
        return {};
    switch (fix.type) {
    case AutoFix::Type::Move: {
        Session moved = *s;
        if (!SessionEdits::placeAt(plan, fix.newAxisStart, moved))
            return {};
        const QString text = fix.description.isEmpty()
            ? Tr::tr("Move “%1” to %2").arg(s->displayTitle(), formatSessionWhen(moved, plan.weeks, clock))
            : fix.description;
        return PlanEdit::changeSessions({ moved }, text);
    }
    case AutoFix::Type::Delete: {
        const QString text
            = fix.description.isEmpty() ? Tr::tr("Delete “%1”").arg(s->displayTitle()) : fix.description;
        return PlanEdit::removeSessions({ s->id }, text);
    }
    case AutoFix::Type::ChangeIntensity: {
        if (s->kind != Kind::Cardio)
            return {};
        Session changed = *s;
        changed.intensity = fix.newIntensity;
        const QString text = fix.description.isEmpty()
            ? Tr::tr("Make “%1” %2").arg(s->displayTitle(), displayName(fix.newIntensity).toLower())
            : fix.description;
        return PlanEdit::changeSessions({ changed }, text);
    }
    case AutoFix::Type::SetDuration: {
        if (fix.newDurationMin <= 0)
            return {};
        Session changed = *s;
        changed.durationMin = fix.newDurationMin;
        const QString text = fix.description.isEmpty()
            ? Tr::tr("Set “%1” to %2").arg(s->displayTitle(), formatDuration(fix.newDurationMin))
            : fix.description;
        return PlanEdit::changeSessions({ changed }, text);
    }
    case AutoFix::Type::Swap: {
        // The same swap as the week view's: the block keeps its span and its gap, across
        // the wrap of a repeating plan.
        PlanEdit edit = SessionEdits::swap(plan, s->id, fix.otherSessionId);
        if (!edit.isEmpty() && !fix.description.isEmpty())
            edit.text = fix.description;
        return edit;
    }
    }
    return {};
}

FixCheck::FixCheck(const Plan &plan, const Analysis &analysis)
    : m_plan(plan)
    , m_analysis(analysis)
{ }

QString FixCheck::key(const Finding &finding)
{
    return finding.rule + u'|' + finding.sessions.join(u',');
}

bool FixCheck::helpful(const Finding &finding) const
{
    if (!finding.autoFix)
        return false;
    const PlanEdit edit = autoFixEdit(m_plan, *finding.autoFix, m_analysis.clock);
    if (edit.isEmpty() || !edit.isValidFor(m_plan))
        return false;
    if (!m_haveBefore) {
        for (const Finding &f : m_analysis.findings)
            m_before.insert(key(f));
        m_haveBefore = true;
    }
    Plan edited = m_plan;
    edit.apply(edited);
    const Analysis after = analyze(edited, m_analysis.clock);
    const QString self = key(finding);
    for (const Finding &g : after.findings) {
        const QString k = key(g);
        if (k == self || (g.severity >= Severity::Warning && !m_before.contains(k)))
            return false;
    }
    return true;
}

void keepHelpfulFixes(const Plan &plan, Analysis &analysis)
{
    QList<qsizetype> unhelpful; // judged on the analysis as it is, then dropped
    const FixCheck check(plan, analysis);
    for (qsizetype i = 0; i < analysis.findings.size(); ++i) {
        if (analysis.findings[i].autoFix && !check.helpful(analysis.findings[i]))
            unhelpful.append(i);
    }
    for (const qsizetype i : std::as_const(unhelpful))
        analysis.findings[i].autoFix.reset();
}

} // namespace ordo
