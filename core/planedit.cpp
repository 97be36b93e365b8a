// SPDX-License-Identifier: GPL-3.0-or-later

#include "planedit.h"

#include "planlimits.h"

namespace ordo {
namespace {

using namespace PlanLimits;

bool withinLimits(const WeekdayWindows &days)
{
    for (const auto &windows : days.byDay) {
        if (!windows)
            continue;
        if (windows->size() > kMaxWindowsPerDay)
            return false;
        for (const TimeWindow &w : *windows) {
            if (w.startMinute < 0 || w.endMinute > kMinutesPerDay || w.endMinute <= w.startMinute)
                return false;
        }
    }
    return true;
}

// docs/plan-format.md, "Availability": windows and busy time inside their day, weeks below `weeks`.
bool withinLimits(const Availability &a, int weeks)
{
    if (!withinLimits(a.days) || a.busy.size() > kMaxBusyIntervals)
        return false;
    QList<int> seen;
    for (const WeekOverride &w : a.weeks) {
        if (w.week < 0 || w.week >= weeks || seen.contains(w.week) || !withinLimits(w.days))
            return false;
        seen.append(w.week);
    }
    for (const BusyInterval &b : a.busy) {
        if (b.week < 0 || b.week >= weeks || b.startMinute < 0 || b.endMinute > kMinutesPerDay
            || b.endMinute <= b.startMinute || b.summary.size() > kMaxBusySummaryLength)
            return false;
    }
    return true;
}

// The header fields a plan file may hold (docs/plan-format.md, "Top level" and "Profile").
bool withinLimits(const PlanHeader &h)
{
    if (h.anchorDate && (!h.anchorDate->isValid() || h.anchorDate->dayOfWeek() != Qt::Monday))
        return false;
    if (h.availability && !withinLimits(*h.availability, h.weeks))
        return false;
    const Profile &p = h.profile;
    if (h.name.size() > kMaxNameLength || h.notes.size() > kMaxPlanNotesLength || h.weeks < kMinWeeks
        || h.weeks > kMaxWeeks || !(p.bodyMassKg >= kMinBodyMassKg && p.bodyMassKg <= kMaxBodyMassKg)
        || p.age < kMinAge || p.age > kMaxAge)
        return false;
    // Phases: inside the plan, one per week at most, in week order; a custom one named.
    int previous = -1;
    for (const WeekPhase &phase : h.phases) {
        if (phase.week <= previous || phase.week >= h.weeks || phase.label.size() > kMaxPhaseLabelLength
            || (phase.phase == Phase::Custom) == phase.label.isEmpty())
            return false;
        previous = phase.week;
    }
    return !p.cycle
        || (p.cycle->lengthDays >= kMinCycleLengthDays && p.cycle->lengthDays <= kMaxCycleLengthDays
            && p.cycle->firstWeek >= 0 && p.cycle->firstWeek < h.weeks);
}

// A session a plan file of `weeks` weeks may hold (docs/plan-format.md, "Session").
bool withinLimits(const Session &s, int weeks)
{
    return !s.id.isEmpty() && s.id.size() <= kMaxIdLength && s.title.size() <= kMaxTitleLength
        && s.notes.size() <= kMaxSessionNotesLength && s.week >= 0 && s.week < weeks && s.startMinute >= 0
        && s.startMinute < kMinutesPerDay && s.durationMin >= kMinDurationMin
        && s.durationMin <= kMaxDurationMin && (!s.rpe || (*s.rpe >= kMinRpe && *s.rpe <= kMaxRpe));
}

} // namespace

PlanHeader PlanHeader::of(const Plan &plan)
{
    return { plan.name,     plan.notes,          plan.weeks,      plan.repeat,       plan.profile,
             plan.analysis, plan.hasAnalysisKey, plan.anchorDate, plan.availability, plan.phases };
}

void PlanHeader::applyTo(Plan &plan) const
{
    plan.name = name;
    plan.notes = notes;
    plan.weeks = weeks;
    plan.repeat = repeat;
    plan.profile = profile;
    plan.analysis = analysis;
    plan.hasAnalysisKey = hasAnalysisKey;
    plan.anchorDate = anchorDate;
    plan.availability = availability;
    plan.phases = phases;
}

PlanEdit PlanEdit::apply(Plan &plan) const
{
    PlanEdit inverse;
    inverse.text = text;
    if (header) {
        inverse.header = PlanHeader::of(plan);
        header->applyTo(plan);
    }
    for (const QString &id : removals) {
        const int i = plan.indexOf(id);
        if (i < 0)
            continue;
        inverse.upserts.append(plan.sessions[i]);
        plan.sessions.removeAt(i);
    }
    for (const Session &s : upserts) {
        const int i = plan.indexOf(s.id);
        if (i < 0) {
            inverse.removals.append(s.id);
            plan.sessions.append(s);
        } else {
            inverse.upserts.append(plan.sessions[i]);
            plan.sessions[i] = s;
        }
    }
    plan.sortSessions();
    return inverse;
}

bool PlanEdit::isValidFor(const Plan &plan) const
{
    for (const QString &id : removals) {
        if (plan.indexOf(id) < 0)
            return false;
    }
    if (header && !withinLimits(*header))
        return false;
    const int weeks = header ? header->weeks : plan.weeks;
    QStringList seen;
    for (const Session &s : upserts) {
        // One id at most once per edit, or the inverse could not restore it.
        if (seen.contains(s.id))
            return false;
        seen.append(s.id);
        if (!withinLimits(s, weeks))
            return false;
    }
    return true;
}

PlanEdit PlanEdit::addSessions(const QList<Session> &sessions, const QString &text)
{
    PlanEdit e;
    e.text = text;
    e.upserts = sessions;
    return e;
}

PlanEdit PlanEdit::removeSessions(const QStringList &ids, const QString &text)
{
    PlanEdit e;
    e.text = text;
    e.removals = ids;
    return e;
}

PlanEdit PlanEdit::changeSessions(const QList<Session> &sessions, const QString &text)
{
    return addSessions(sessions, text);
}

PlanEdit PlanEdit::changeHeader(const PlanHeader &header, const QString &text)
{
    PlanEdit e;
    e.text = text;
    e.header = header;
    return e;
}

} // namespace ordo
