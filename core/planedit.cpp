// SPDX-License-Identifier: GPL-3.0-or-later

#include "planedit.h"

namespace ordo {

PlanHeader PlanHeader::of(const Plan &plan)
{
    return {
        plan.name, plan.notes, plan.weeks, plan.repeat, plan.profile, plan.analysis, plan.hasAnalysisKey
    };
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
    const int weeks = header ? header->weeks : plan.weeks;
    QStringList seen;
    for (const Session &s : upserts) {
        // One id at most once per edit, or the inverse could not restore it.
        if (seen.contains(s.id))
            return false;
        seen.append(s.id);
        if (s.id.isEmpty() || s.week < 0 || s.week >= weeks || s.startMinute < 0
            || s.startMinute >= kMinutesPerDay || s.durationMin < 5 || s.durationMin > 600)
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
