// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrange/replan.h"

#include "availability.h"
#include "edits/sessionedits.h"
#include "plandates.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::Replan)
};

constexpr int kSlotMinutes = 15;

int rank(Priority p)
{
    switch (p) {
    case Priority::Key:
        return 0;
    case Priority::Normal:
        return 1;
    case Priority::Optional:
        return 2;
    }
    return 1;
}

int serious(const ArrangeScore &s)
{
    return s.critical + s.warning;
}

// Whether [start, end) on the plan axis overlaps a session that is planned (not missed), other
// than `self`.
bool overlapsPlanned(const Plan &plan, int start, int end, const QString &self)
{
    for (const Session &o : plan.sessions) {
        if (o.missed || o.id == self)
            continue;
        if (o.axisStart() < end && start < o.axisEnd())
            return true;
    }
    return false;
}

} // namespace

int replanStart(const Plan &plan, int week, const QDateTime &now)
{
    const int weekStart = week * kMinutesPerWeek;
    if (plan.anchorDate && now.isValid()) {
        const std::optional<PlanDay> today = planDayOf(plan, now.date());
        if (today && today->week == week) {
            const int minute = now.time().hour() * 60 + now.time().minute();
            const int rounded = (minute + kSlotMinutes - 1) / kSlotMinutes * kSlotMinutes;
            return weekStart + int(today->day) * kMinutesPerDay + rounded;
        }
    }
    int first = weekStart + kMinutesPerWeek;
    for (const Session &s : plan.sessions) {
        if (s.missed && s.week == week)
            first = std::min(first, (s.axisStart() / kMinutesPerDay + 1) * kMinutesPerDay);
    }
    return std::min(first, weekStart + kMinutesPerWeek);
}

ReplanResult replanWeek(const Plan &plan, int week, int fromAxis,
                        const std::function<bool(int done, int total)> &progress)
{
    ReplanResult result;
    Plan work = plan;
    work.sortSessions();
    const Plan original = work;
    const AvailabilityIndex index(original);
    const int weekStart = week * kMinutesPerWeek;
    const int weekEnd = weekStart + kMinutesPerWeek;
    const int first
        = std::max(weekStart, (std::max(fromAxis, 0) + kSlotMinutes - 1) / kSlotMinutes * kSlotMinutes);

    QList<Session> missed;
    for (const Session &s : std::as_const(work.sessions)) {
        if (s.missed && s.week == week)
            missed.append(s);
    }
    // Key sessions first, then normal ones, optional ones last; in time order within each.
    std::stable_sort(missed.begin(), missed.end(),
                     [](const Session &a, const Session &b) { return rank(a.priority) < rank(b.priority); });

    // Whole quarter hours from where it was, so a session off the grid stays as far off it.
    auto firstSlot = [first](const Session &m) {
        return first + ((m.axisStart() % kSlotMinutes) + kSlotMinutes) % kSlotMinutes;
    };
    // The work, in times to try: every quarter hour left in the week for each missed session.
    int total = 0;
    for (const Session &m : std::as_const(missed))
        total += m.locked ? 0 : std::max(0, (weekEnd - m.durationMin - firstSlot(m)) / kSlotMinutes + 1);
    int done = 0;

    result.arranged.before = arrangeScore(work, original);
    ArrangeScore current = result.arranged.before;
    for (const Session &m : std::as_const(missed)) {
        const QString title = SessionEdits::quoted(m);
        if (result.arranged.cancelled) {
            result.left.append({ m.id, Tr::tr("Stopped before a time was found for %1.").arg(title) });
            continue;
        }
        if (m.locked) {
            result.left.append({ m.id, Tr::tr("%1 is locked, so it stays where it was.").arg(title) });
            continue;
        }
        Session *s = work.find(m.id);
        std::optional<int> best;
        ArrangeScore bestScore;
        bool anyFree = false;
        for (int t = firstSlot(m); t + m.durationMin <= weekEnd; t += kSlotMinutes) {
            if (progress && !progress(done++, total)) {
                result.arranged.cancelled = true;
                break;
            }
            if (overlapsPlanned(work, t, t + m.durationMin, m.id))
                continue;
            if (index.isRestricted() && !index.fits(t, m.durationMin, m.kind))
                continue;
            anyFree = true;
            SessionEdits::placeAt(work, t, *s);
            s->missed = false;
            // Only this session changed: the plan's findings, plus its own move (it fits the
            // availability, so nothing more lies outside).
            ArrangeScore sc;
            countArrangeFindings(analyzeCounts(work), sc);
            sc.outside = current.outside;
            sc.moveCost = current.moveCost + arrangeMoveCost(*s, m);
            arrangeTotal(sc);
            // Placed only where it adds no warning or critical finding (the plan with the
            // session still missed is what it is compared with).
            if (serious(sc) <= serious(current) && sc.outside <= current.outside
                && (!best || sc.total < bestScore.total - 1e-9)) {
                best = t;
                bestScore = sc;
            }
            *s = m;
        }
        if (result.arranged.cancelled) {
            *s = m;
            result.left.append({ m.id, Tr::tr("Stopped before a time was found for %1.").arg(title) });
            continue;
        }
        if (!best) {
            QString reason;
            if (!anyFree)
                reason = Tr::tr("No free time is left this week for %1.").arg(title);
            else if (m.priority == Priority::Optional)
                reason
                    = Tr::tr("%1 is optional and every free time left adds a warning: left out.").arg(title);
            else
                reason = Tr::tr("Every free time left this week adds a warning with %1.").arg(title);
            result.left.append({ m.id, reason });
            continue;
        }
        SessionEdits::placeAt(work, *best, *s);
        s->missed = false;
        current = bestScore;
        result.arranged.moves.append({ m.id, m.axisStart(), *best });
    }
    work.sortSessions();
    result.arranged.after = arrangeScore(work, original);
    result.arranged.plan = work;
    result.arranged.clearedCritical
        = std::max(0, result.arranged.before.critical - result.arranged.after.critical);
    result.arranged.clearedWarnings
        = std::max(0, result.arranged.before.warning - result.arranged.after.warning);
    result.arranged.clearedInfos = std::max(0, result.arranged.before.info - result.arranged.after.info);
    return result;
}

PlanEdit replanEdit(const Plan &plan, const ReplanResult &result, int week)
{
    QList<Session> changed;
    for (const ArrangeMove &m : result.arranged.moves) {
        const Session *s = result.arranged.plan.find(m.sessionId);
        if (!s || !plan.find(m.sessionId))
            return {};
        changed.append(*s);
    }
    if (changed.isEmpty())
        return {};
    return PlanEdit::changeSessions(
        changed, Tr::tr("Re-plan week %1 (%n sessions)", nullptr, int(changed.size())).arg(week + 1));
}

QString replanSummary(const ReplanResult &result)
{
    const int placed = int(result.arranged.moves.size());
    const int left = int(result.left.size());
    if (placed == 0 && result.arranged.cancelled)
        return Tr::tr("No missed session placed again.");
    if (placed == 0 && left == 0)
        return Tr::tr("Nothing to place again: no session of this week is marked missed.");
    if (placed == 0)
        return Tr::tr("Nothing to place again: %n missed sessions find no time that adds no warning.",
                      nullptr, left);
    if (left == 0)
        return Tr::tr("%n missed sessions placed again.", nullptr, placed);
    return Tr::tr("%n missed sessions placed again", nullptr, placed) + u"; "_s
        + Tr::tr("%n left missed.", nullptr, left);
}

} // namespace ordo
