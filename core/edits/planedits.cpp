// SPDX-License-Identifier: GPL-3.0-or-later

#include "planedits.h"

#include "planlimits.h"
#include "rules/ruletable.h"
#include "ruletitles.h"
#include "settingstable.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo::PlanEdits {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::PlanEdits)
};

// The limits plan I/O enforces on load (planlimits.h): an edit never makes a plan that could
// not be opened again.
bool isValidHeader(const PlanHeader &header)
{
    using namespace PlanLimits;
    return !header.name.trimmed().isEmpty() && header.name.size() <= kMaxNameLength
        && header.notes.size() <= kMaxPlanNotesLength && header.weeks >= kMinWeeks
        && header.weeks <= kMaxWeeks;
}

// The header edit with the sessions of dropped weeks removed in the same step; empty if the
// header is invalid or changes nothing.
PlanEdit headerEdit(const Plan &plan, PlanHeader header, const QString &text)
{
    // Fewer weeks drop the availability of the dropped weeks too.
    if (header.availability) {
        Availability &a = *header.availability;
        a.weeks.removeIf([&](const WeekOverride &w) { return w.week >= header.weeks; });
        a.busy.removeIf([&](const BusyInterval &b) { return b.week >= header.weeks; });
    }
    // The phases of dropped weeks go with them.
    header.phases.removeIf([&header](const WeekPhase &p) { return p.week >= header.weeks; });
    if (!isValidHeader(header) || header == PlanHeader::of(plan))
        return {};
    PlanEdit edit = PlanEdit::changeHeader(header, text);
    if (!edit.isValidFor(plan))
        return {};
    for (const Session &s : plan.sessions) {
        if (s.week >= header.weeks)
            edit.removals.append(s.id);
    }
    if (!edit.removals.isEmpty())
        edit.text
            = Tr::tr("Change number of weeks to %1 (deletes %n sessions)", nullptr, int(edit.removals.size()))
                  .arg(header.weeks);
    return edit;
}

PlanHeader withAnalysis(const Plan &plan, const AnalysisSettings &analysis)
{
    PlanHeader h = PlanHeader::of(plan);
    h.analysis = analysis;
    // Once the plan has analysis settings the file keeps its "analysis" object.
    if (!h.analysis.isEmpty())
        h.hasAnalysisKey = true;
    return h;
}

} // namespace

PlanEdit rename(const Plan &plan, const QString &name)
{
    PlanHeader h = PlanHeader::of(plan);
    h.name = name;
    return headerEdit(plan, h, Tr::tr("Rename plan to %1").arg(u"“"_s + name + u"”"_s));
}

PlanEdit setWeeks(const Plan &plan, int weeks)
{
    PlanHeader h = PlanHeader::of(plan);
    h.weeks = weeks;
    if (h.profile.cycle && weeks >= PlanLimits::kMinWeeks)
        h.profile.cycle->firstWeek = std::min(h.profile.cycle->firstWeek, weeks - 1);
    return headerEdit(plan, h, Tr::tr("Change number of weeks to %1").arg(weeks));
}

PlanEdit changeHeader(const Plan &plan, const PlanHeader &header, const QString &field)
{
    return headerEdit(plan, header, Tr::tr("Change %1").arg(field));
}

PlanEdit setThreshold(const Plan &plan, const QString &name, double value)
{
    const SettingDefinition *d = findSetting(name);
    if (!d || !(value >= d->minimum && value <= d->maximum))
        return {};
    AnalysisSettings analysis = plan.analysis;
    if (qFuzzyCompare(value + 1, d->defaultValue + 1))
        analysis.thresholds.remove(d->name);
    else
        analysis.thresholds.insert(d->name, value);
    // The setting's description, not its key, names it to the user.
    return headerEdit(plan, withAnalysis(plan, analysis), Tr::tr("Change “%1”").arg(settingDescription(*d)));
}

PlanEdit setRuleEnabled(const Plan &plan, const QString &ruleId, bool enabled)
{
    const RuleInfo *rule = findRule(ruleId);
    if (!rule)
        return {};
    AnalysisSettings analysis = plan.analysis;
    analysis.disabledRules.removeAll(ruleId);
    if (!enabled)
        analysis.disabledRules.append(ruleId);
    return headerEdit(plan, withAnalysis(plan, analysis),
                      enabled ? Tr::tr("Turn on “%1”").arg(ruleTitle(rule->id))
                              : Tr::tr("Turn off “%1”").arg(ruleTitle(rule->id)));
}

PlanEdit setAvailability(const Plan &plan, const std::optional<Availability> &availability)
{
    PlanHeader h = PlanHeader::of(plan);
    h.availability = availability;
    PlanEdit edit = headerEdit(
        plan, h, availability ? Tr::tr("Change available times") : Tr::tr("Remove available times"));
    // Only a valid availability is taken: dropping weeks above is for setWeeks().
    if (!edit.isEmpty() && edit.header->availability != availability)
        return {};
    return edit;
}

PlanEdit setBusyTimes(const Plan &plan, const QList<BusyInterval> &busy)
{
    Availability a = plan.availability.value_or(Availability());
    a.busy = busy;
    PlanHeader h = PlanHeader::of(plan);
    h.availability = a;
    PlanEdit edit = headerEdit(plan, h,
                               busy.isEmpty() ? Tr::tr("Remove busy times")
                                              : Tr::tr("Set %n busy times", nullptr, int(busy.size())));
    if (!edit.isEmpty() && edit.header->availability != a)
        return {};
    return edit;
}

PlanEdit setAnchorDate(const Plan &plan, const std::optional<QDate> &monday)
{
    if (monday && (!monday->isValid() || monday->dayOfWeek() != Qt::Monday))
        return {};
    PlanHeader h = PlanHeader::of(plan);
    h.anchorDate = monday;
    return headerEdit(
        plan, h,
        monday ? Tr::tr("Set the start of week 1 to %1").arg(QLocale().toString(*monday, QLocale::LongFormat))
               : Tr::tr("Remove the plan's start date"));
}

PlanEdit restore(const Plan &plan, const Plan &recovered)
{
    PlanEdit edit;
    edit.text = Tr::tr("Restore unsaved changes");
    edit.header = PlanHeader::of(recovered);
    for (const Session &s : plan.sessions)
        edit.removals.append(s.id);
    edit.upserts = recovered.sessions;
    return edit;
}

} // namespace ordo::PlanEdits
