// SPDX-License-Identifier: GPL-3.0-or-later

#include "autofix.h"

#include "edits/sessionedits.h"
#include "enums.h"

#include <QCoreApplication>
#include <QSet>

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

void keepHelpfulFixes(const Plan &plan, Analysis &analysis)
{
    const auto key = [](const Finding &f) { return f.rule + u'|' + f.sessions.join(u','); };
    QSet<QString> before;
    for (const Finding &f : std::as_const(analysis.findings))
        before.insert(key(f));
    for (Finding &f : analysis.findings) {
        if (!f.autoFix)
            continue;
        const PlanEdit edit = autoFixEdit(plan, *f.autoFix, analysis.clock);
        bool helpful = !edit.isEmpty() && edit.isValidFor(plan);
        if (helpful) {
            Plan edited = plan;
            edit.apply(edited);
            const Analysis after = analyze(edited, analysis.clock);
            const QString self = key(f);
            for (const Finding &g : after.findings) {
                const QString k = key(g);
                if (k == self || (g.severity >= Severity::Warning && !before.contains(k))) {
                    helpful = false;
                    break;
                }
            }
        }
        if (!helpful)
            f.autoFix.reset();
    }
}

} // namespace ordo
