// SPDX-License-Identifier: GPL-3.0-or-later

#include "availabilityrules.h"

#include "availability.h"
#include "ruletable.h"
#include "whentext.h"

using namespace Qt::StringLiterals;

namespace ordo {

QList<int> AvailabilityRules::rules() const
{
    return { rule::OutsideAvailability };
}

namespace {

// The busy interval a session's first day meets, if any (the one the message names).
const BusyInterval *firstBusy(const Availability &a, const Session &s)
{
    const QList<const BusyInterval *> busy = busyOverlapping(
        a, s.week, s.day, s.startMinute, std::min(kMinutesPerDay, s.startMinute + s.durationMin));
    return busy.isEmpty() ? nullptr : busy.first();
}

// Whether the session would fit where it is if it were of another kind.
bool kindIsTheProblem(const Plan &plan, const Session &s)
{
    for (Kind k : { Kind::Strength, Kind::Cardio, Kind::Mobility }) {
        Session other = s;
        other.kind = k;
        if (k != s.kind && sessionFitsAvailability(plan, other))
            return true;
    }
    return false;
}

} // namespace

// 48: every counted session must lie in the free time of its day (and of the next day for
// the minutes after midnight), for its kind.
void AvailabilityRules::evaluate(RuleContext &ctx) const
{
    const Plan &plan = ctx.plan();
    if (!plan.availability || !ctx.wants(rule::OutsideAvailability))
        return;
    const Availability &a = *plan.availability;
    for (int i = 0; i < ctx.itemCount(); ++i) {
        if (ctx.item(i).excluded)
            continue;
        const Session &s = ctx.session(i);
        if (sessionFitsAvailability(plan, s))
            continue;
        Finding *f = ctx.add(rule::OutsideAvailability, { i });
        if (!f)
            continue;
        const QString title = ctx.title(i);
        const QString when = formatSessionWhen(s, plan.weeks, ctx.clock());
        if (const BusyInterval *busy = firstBusy(a, s)) {
            f->message = busy->summary.isEmpty()
                ? tr("“%1” on %2 falls in busy time.").arg(title, when)
                : tr("“%1” on %2 clashes with “%3”.").arg(title, when, busy->summary);
        } else if (kindIsTheProblem(plan, s)) {
            f->message
                = tr("“%1” on %2 falls in time you keep for other kinds of training.").arg(title, when);
        } else {
            f->message = tr("“%1” on %2 lies outside the times you can train.").arg(title, when);
        }
        if (const auto near = nearestWindow(plan, s)) {
            const int dayIndex = near->week * kDaysPerWeek + int(near->day);
            f->message += u' '
                + tr("The nearest free window is %1 %2.")
                      .arg(formatPlanDay(plan, dayIndex),
                           formatTimeRange(near->range.start, near->range.end, ctx.clock()));
            f->fix = tr("Move it to %1, or change your available times.")
                         .arg(formatWhen(near->week, near->day, near->startMinute, plan.weeks, ctx.clock()));
        } else {
            f->message += u' ' + tr("No free window of this week is long enough for it.");
            f->fix = tr("Shorten it, or change your available times.");
        }
    }
}

} // namespace ordo
