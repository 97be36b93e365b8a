// SPDX-License-Identifier: GPL-3.0-or-later

#include "availabilityedits.h"

#include "edits/planedits.h"
#include "enums.h"
#include "planlimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace ordo::AvailabilityEdits {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::AvailabilityEdits)
};

QString windowText(Day day, const TimeWindow &window, ClockFormat clock)
{
    return displayName(day) + u' ' + formatTimeRange(window.startMinute, window.endMinute, clock);
}

// The availability with nothing restricted is no availability: the file stays as it was
// before any window was added.
std::optional<Availability> normalized(const Availability &availability)
{
    if (availability.isUnrestricted() && availability.unknownKeys.isEmpty()
        && availability.days.unknownKeys.isEmpty())
        return std::nullopt;
    return availability;
}

PlanEdit withText(PlanEdit edit, const QString &text)
{
    if (!edit.isEmpty())
        edit.text = text;
    return edit;
}

bool sameKinds(const TimeWindow &a, const TimeWindow &b)
{
    QList<Kind> x = a.kinds, y = b.kinds;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

} // namespace

PlanEdit addWindow(const Plan &plan, Day day, const TimeWindow &window, ClockFormat clock)
{
    if (window.startMinute < 0 || window.endMinute > kMinutesPerDay || window.startMinute >= window.endMinute)
        return {};
    Availability availability = plan.availability.value_or(Availability {});
    QList<TimeWindow> windows = availability.days.byDay[int(day)].value_or(QList<TimeWindow> {});
    TimeWindow added = window;
    for (qsizetype i = windows.size() - 1; i >= 0; --i) {
        const TimeWindow &w = windows[i];
        if (sameKinds(w, added) && w.startMinute <= added.endMinute && added.startMinute <= w.endMinute
            && w.unknownKeys.isEmpty()) {
            added.startMinute = std::min(added.startMinute, w.startMinute);
            added.endMinute = std::max(added.endMinute, w.endMinute);
            windows.removeAt(i);
        }
    }
    windows.append(added);
    std::stable_sort(windows.begin(), windows.end(),
                     [](const TimeWindow &a, const TimeWindow &b) { return a.startMinute < b.startMinute; });
    availability.days.byDay[int(day)] = windows;
    return withText(PlanEdits::setAvailability(plan, normalized(availability)),
                    Tr::tr("Add available time %1").arg(windowText(day, window, clock)));
}

PlanEdit removeWindow(const Plan &plan, Day day, int index, ClockFormat clock)
{
    if (!plan.availability)
        return {};
    Availability availability = *plan.availability;
    std::optional<QList<TimeWindow>> &windows = availability.days.byDay[int(day)];
    if (!windows || index < 0 || index >= windows->size())
        return {};
    const TimeWindow removed = windows->takeAt(index);
    if (windows->isEmpty())
        windows.reset();
    return withText(PlanEdits::setAvailability(plan, normalized(availability)),
                    Tr::tr("Remove available time %1").arg(windowText(day, removed, clock)));
}

PlanEdit setDayUnavailable(const Plan &plan, Day day)
{
    Availability availability = plan.availability.value_or(Availability {});
    availability.days.byDay[int(day)] = QList<TimeWindow> {};
    return withText(PlanEdits::setAvailability(plan, normalized(availability)),
                    Tr::tr("Mark %1 as not available").arg(displayLongName(day)));
}

PlanEdit clearDay(const Plan &plan, Day day)
{
    if (!plan.availability)
        return {};
    Availability availability = *plan.availability;
    availability.days.byDay[int(day)].reset();
    return withText(PlanEdits::setAvailability(plan, normalized(availability)),
                    Tr::tr("Make %1 available all day").arg(displayLongName(day)));
}

bool isDayUnavailableInWeek(const Plan &plan, int week, Day day)
{
    if (!plan.availability)
        return false;
    for (const WeekOverride &o : plan.availability->weeks) {
        if (o.week == week)
            return o.days.byDay[int(day)] && o.days.byDay[int(day)]->isEmpty();
    }
    return false;
}

PlanEdit setDayUnavailableInWeek(const Plan &plan, int week, Day day)
{
    if (week < 0 || week >= plan.weeks || isDayUnavailableInWeek(plan, week, day))
        return {};
    Availability availability = plan.availability.value_or(Availability {});
    auto it = std::find_if(availability.weeks.begin(), availability.weeks.end(),
                           [&](const WeekOverride &o) { return o.week == week; });
    if (it == availability.weeks.end()) {
        WeekOverride o;
        o.week = week;
        // Overrides in week order, as a person would write them.
        it = availability.weeks.insert(std::find_if(availability.weeks.begin(), availability.weeks.end(),
                                                    [&](const WeekOverride &x) { return x.week > week; }),
                                       o);
    }
    it->days.byDay[int(day)] = QList<TimeWindow> {};
    PlanEdit edit = PlanEdits::setAvailability(plan, availability);
    if (edit.isEmpty())
        return {};
    // What was planned that day cannot happen: missed, so re-planning the week places it again.
    for (const Session &s : plan.sessions) {
        if (s.week == week && s.day == day && !s.missed) {
            Session m = s;
            m.missed = true;
            edit.upserts.append(m);
        }
    }
    edit.text = plan.weeks == 1
        ? Tr::tr("Mark %1 as not available this week").arg(displayLongName(day))
        : Tr::tr("Mark %1 of week %2 as not available").arg(displayLongName(day)).arg(week + 1);
    return edit;
}

PlanEdit clearDayInWeek(const Plan &plan, int week, Day day)
{
    if (!isDayUnavailableInWeek(plan, week, day))
        return {};
    Availability availability = *plan.availability;
    for (qsizetype i = 0; i < availability.weeks.size(); ++i) {
        WeekOverride &o = availability.weeks[i];
        if (o.week != week)
            continue;
        o.days.byDay[int(day)].reset();
        if (o.days.isEmpty() && o.unknownKeys.isEmpty())
            availability.weeks.removeAt(i);
        break;
    }
    return withText(
        PlanEdits::setAvailability(plan, normalized(availability)),
        plan.weeks == 1
            ? Tr::tr("Make %1 available again this week").arg(displayLongName(day))
            : Tr::tr("Make %1 of week %2 available again").arg(displayLongName(day)).arg(week + 1));
}

PlanEdit importBusyTimes(const Plan &plan, const QDate &anchorDate, const QList<ImportedBusyTime> &busy,
                         int *added)
{
    Availability availability = plan.availability.value_or(Availability {});
    const int count = addImportedBusyTimes(availability, busy, plan.weeks);
    if (added)
        *added = count;
    if (count == 0)
        return {};
    PlanHeader header = PlanHeader::of(plan);
    if (!header.anchorDate)
        header.anchorDate = anchorDate;
    header.availability = availability;
    return withText(PlanEdits::changeHeader(plan, header, QString()),
                    Tr::tr("Import %n busy times", nullptr, count));
}

PlanEdit removeBusyTimes(const Plan &plan)
{
    if (!plan.availability || plan.availability->busy.isEmpty())
        return {};
    Availability availability = *plan.availability;
    availability.busy.clear();
    return withText(PlanEdits::setAvailability(plan, normalized(availability)), Tr::tr("Remove busy times"));
}

} // namespace ordo::AvailabilityEdits
