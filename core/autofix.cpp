// SPDX-License-Identifier: GPL-3.0-or-later

#include "autofix.h"

#include "enums.h"
#include "timeaxis.h"

#include <QCoreApplication>

#include <algorithm>

namespace ordo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ordo::AutoFix", text);
}

// Places s at a plan-axis minute (wrapped on cyclic plans). False if it falls outside a one-off plan.
bool placeAt(const Plan &plan, Session &s, int axisMinute)
{
    const TimeAxis axis(plan);
    const int m = axis.wrap(axisMinute);
    if (m < 0 || m >= plan.periodMinutes())
        return false;
    s.week = m / kMinutesPerWeek;
    s.day = Day((m % kMinutesPerWeek) / kMinutesPerDay);
    s.startMinute = m % kMinutesPerDay;
    return true;
}

QString when(const Plan &plan, const Session &s)
{
    const QString clock = displayName(s.day) + u' ' + formatClock(s.startMinute);
    if (plan.weeks <= 1)
        return clock;
    return tr("week %1, %2").arg(s.week + 1).arg(clock);
}

} // namespace

PlanEdit autoFixEdit(const Plan &plan, const AutoFix &fix)
{
    const Session *s = plan.find(fix.sessionId);
    if (!s)
        return {};
    switch (fix.type) {
    case AutoFix::Type::Move: {
        Session moved = *s;
        if (!placeAt(plan, moved, fix.newAxisStart))
            return {};
        const QString text = fix.description.isEmpty()
            ? tr("Move “%1” to %2").arg(s->displayTitle(), when(plan, moved))
            : fix.description;
        return PlanEdit::changeSessions({ moved }, text);
    }
    case AutoFix::Type::Delete: {
        const QString text
            = fix.description.isEmpty() ? tr("Delete “%1”").arg(s->displayTitle()) : fix.description;
        return PlanEdit::removeSessions({ s->id }, text);
    }
    case AutoFix::Type::ChangeIntensity: {
        if (s->kind != Kind::Cardio)
            return {};
        Session changed = *s;
        changed.intensity = fix.newIntensity;
        const QString text = fix.description.isEmpty()
            ? tr("Make “%1” %2").arg(s->displayTitle(), displayName(fix.newIntensity).toLower())
            : fix.description;
        return PlanEdit::changeSessions({ changed }, text);
    }
    case AutoFix::Type::Swap: {
        const Session *o = plan.find(fix.otherSessionId);
        if (!o || o == s)
            return {};
        // The block keeps its span: the later session moves to the earlier one's start, the
        // earlier one follows it after the same gap.
        const TimeAxis axis(plan);
        const Session *first = s;
        const Session *second = o;
        if (axis.forward(first->axisStart(), second->axisStart())
                > axis.forward(second->axisStart(), first->axisStart())
            || (!axis.isCyclic() && second->axisStart() < first->axisStart()))
            std::swap(first, second);
        const int gap = std::max(0, axis.gap(*first, *second));
        Session newFirst = *second;
        Session newSecond = *first;
        if (!placeAt(plan, newFirst, first->axisStart())
            || !placeAt(plan, newSecond, first->axisStart() + second->durationMin + gap))
            return {};
        const QString text = fix.description.isEmpty()
            ? tr("Swap “%1” and “%2”").arg(first->displayTitle(), second->displayTitle())
            : fix.description;
        return PlanEdit::changeSessions({ newFirst, newSecond }, text);
    }
    }
    return {};
}

} // namespace ordo
