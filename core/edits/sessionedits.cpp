// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionedits.h"

#include "enums.h"
#include "planlimits.h"
#include "timeaxis.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo::SessionEdits {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::SessionEdits)
};

QList<Session> sessionsOf(const Plan &plan, const QStringList &ids)
{
    QList<Session> out;
    for (const QString &id : ids) {
        if (const Session *s = plan.find(id))
            out.append(*s);
    }
    return out;
}

// Fresh ids for `count` new sessions that collide neither with the plan nor with each other.
QStringList freshIds(const Plan &plan, int count)
{
    Plan scratch;
    scratch.sessions = plan.sessions;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Session s;
        s.id = scratch.nextSessionId();
        ids.append(s.id);
        scratch.sessions.append(s);
    }
    return ids;
}

// "easy", "moderate", but "HIIT" stays an acronym.
QString intensityWord(Intensity intensity)
{
    return intensity == Intensity::Hiit ? displayName(intensity) : displayName(intensity).toLower();
}

} // namespace

QString quoted(const Session &session)
{
    return u"“"_s + session.displayTitle() + u"”"_s;
}

QString whenText(const Plan &plan, const Session &session, ClockFormat clock)
{
    return formatSessionWhen(session, plan.weeks, clock);
}

bool placeAt(const Plan &plan, int axisMinute, Session &session)
{
    const TimeAxis axis(plan);
    const int m = axis.wrap(axisMinute);
    if (m < 0 || m >= plan.periodMinutes())
        return false;
    session.week = m / kMinutesPerWeek;
    session.day = Day((m % kMinutesPerWeek) / kMinutesPerDay);
    session.startMinute = m % kMinutesPerDay;
    return true;
}

PlanEdit move(const Plan &plan, const QStringList &ids, int deltaMinutes, ClockFormat clock)
{
    QList<Session> moved = sessionsOf(plan, ids);
    if (moved.isEmpty() || deltaMinutes == 0)
        return {};
    for (Session &s : moved) {
        if (!placeAt(plan, s.axisStart() + deltaMinutes, s))
            return {};
    }
    const QString text = moved.size() == 1
        ? Tr::tr("Move %1 to %2").arg(quoted(moved[0]), whenText(plan, moved[0], clock))
        : Tr::tr("Move %n sessions", nullptr, int(moved.size()));
    return PlanEdit::changeSessions(moved, text);
}

PlanEdit copy(const Plan &plan, const QStringList &ids, int deltaMinutes, ClockFormat clock)
{
    QList<Session> copies = sessionsOf(plan, ids);
    if (copies.isEmpty())
        return {};
    const QStringList newIds = freshIds(plan, int(copies.size()));
    for (int i = 0; i < copies.size(); ++i) {
        copies[i].id = newIds[i];
        if (!placeAt(plan, copies[i].axisStart() + deltaMinutes, copies[i]))
            return {};
    }
    const QString text = copies.size() == 1
        ? Tr::tr("Copy %1 to %2").arg(quoted(copies[0]), whenText(plan, copies[0], clock))
        : Tr::tr("Copy %n sessions", nullptr, int(copies.size()));
    return PlanEdit::addSessions(copies, text);
}

PlanEdit place(const Plan &plan, const QList<Session> &sessions, int axisMinute, ClockFormat clock)
{
    if (sessions.isEmpty())
        return {};
    QList<Session> added = sessions;
    const int anchor = sessions.first().axisStart();
    const QStringList newIds = freshIds(plan, int(added.size()));
    for (int i = 0; i < added.size(); ++i) {
        added[i].id = newIds[i];
        if (!placeAt(plan, axisMinute + (sessions[i].axisStart() - anchor), added[i]))
            return {};
    }
    const QString text = added.size() == 1
        ? Tr::tr("Add %1 on %2").arg(quoted(added[0]), whenText(plan, added[0], clock))
        : Tr::tr("Add %n sessions", nullptr, int(added.size()));
    return PlanEdit::addSessions(added, text);
}

PlanEdit paste(const Plan &plan, const DragPayload &payload, int axisMinute, ClockFormat clock)
{
    if (payload.sessions.isEmpty())
        return {};
    QList<Session> pasted = payload.sessions;
    std::sort(pasted.begin(), pasted.end(),
              [](const Session &a, const Session &b) { return a.axisStart() < b.axisStart(); });
    const int first = pasted.first().axisStart();
    auto floorTo = [](int minute, int unit) { return minute - ((minute % unit) + unit) % unit; };
    int offset = axisMinute - first;
    if (payload.span == DragSpan::Day)
        offset = floorTo(axisMinute, kMinutesPerDay) - floorTo(first, kMinutesPerDay);
    else if (payload.span == DragSpan::Week)
        offset = floorTo(axisMinute, kMinutesPerWeek) - floorTo(first, kMinutesPerWeek);
    const QStringList newIds = freshIds(plan, int(pasted.size()));
    for (int i = 0; i < pasted.size(); ++i) {
        pasted[i].id = newIds[i];
        if (!placeAt(plan, pasted[i].axisStart() + offset, pasted[i]))
            return {};
    }
    const QString text = pasted.size() == 1
        ? Tr::tr("Paste %1 on %2").arg(quoted(pasted[0]), whenText(plan, pasted[0], clock))
        : Tr::tr("Paste %n sessions", nullptr, int(pasted.size()));
    return PlanEdit::addSessions(pasted, text);
}

std::optional<int> nextFreeStart(const Plan &plan, int fromAxisMinute, int durationMin, int dayFirstMinute,
                                 int dayLastMinute, int days)
{
    const TimeAxis axis(plan);
    constexpr int grid = PlanLimits::kSnapMinutes;
    auto overlaps = [&](int start) {
        const int end = start + durationMin;
        for (const Session &s : plan.sessions) {
            // On a repeating plan the session also lies one period earlier and later.
            for (int shift : { 0, -axis.period(), axis.period() }) {
                if (shift != 0 && !axis.isCyclic())
                    continue;
                if (s.axisStart() + shift < end && start < s.axisEnd() + shift)
                    return true;
            }
        }
        return false;
    };
    const int firstDay = fromAxisMinute / kMinutesPerDay;
    for (int d = firstDay; d < firstDay + days && d * kMinutesPerDay < plan.periodMinutes(); ++d) {
        const int dayStart = d * kMinutesPerDay;
        int minute = std::max(dayFirstMinute, fromAxisMinute - dayStart);
        minute = ((minute + grid - 1) / grid) * grid;
        for (; minute + durationMin <= dayLastMinute && minute < kMinutesPerDay; minute += grid) {
            if (dayStart + minute + durationMin <= plan.periodMinutes() || axis.isCyclic()) {
                if (!overlaps(dayStart + minute))
                    return dayStart + minute;
            }
        }
    }
    return std::nullopt;
}

PlanEdit resize(const Plan &plan, const QString &id, int durationMin)
{
    const Session *s = plan.find(id);
    if (!s || s->durationMin == durationMin)
        return {};
    Session changed = *s;
    changed.durationMin = durationMin;
    return PlanEdit::changeSessions(
        { changed }, Tr::tr("Change duration of %1 to %2").arg(quoted(changed), formatDuration(durationMin)));
}

PlanEdit changeDuration(const Plan &plan, const QStringList &ids, int deltaMinutes)
{
    QList<Session> changed = sessionsOf(plan, ids);
    if (changed.isEmpty())
        return {};
    for (Session &s : changed)
        s.durationMin = std::clamp(s.durationMin + deltaMinutes, PlanLimits::kMinDurationMin,
                                   PlanLimits::kMaxDurationMin);
    if (changed == sessionsOf(plan, ids))
        return {};
    const QString text = changed.size() == 1
        ? Tr::tr("Change duration of %1 to %2")
              .arg(quoted(changed[0]), formatDuration(changed[0].durationMin))
        : Tr::tr("Change duration of %n sessions", nullptr, int(changed.size()));
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit remove(const Plan &plan, const QStringList &ids)
{
    const QList<Session> removed = sessionsOf(plan, ids);
    if (removed.isEmpty())
        return {};
    QStringList existing;
    for (const Session &s : removed)
        existing.append(s.id);
    const QString text = removed.size() == 1 ? Tr::tr("Delete %1").arg(quoted(removed[0]))
                                             : Tr::tr("Delete %n sessions", nullptr, int(removed.size()));
    return PlanEdit::removeSessions(existing, text);
}

PlanEdit cut(const Plan &plan, const QStringList &ids)
{
    PlanEdit edit = remove(plan, ids);
    if (edit.isEmpty())
        return edit;
    const Session *first = plan.find(edit.removals.first());
    edit.text = edit.removals.size() == 1 ? Tr::tr("Cut %1").arg(quoted(*first))
                                          : Tr::tr("Cut %n sessions", nullptr, int(edit.removals.size()));
    return edit;
}

PlanEdit duplicate(const Plan &plan, const QStringList &ids)
{
    QList<Session> copies = sessionsOf(plan, ids);
    if (copies.isEmpty())
        return {};
    const QStringList newIds = freshIds(plan, int(copies.size()));
    for (int i = 0; i < copies.size(); ++i) {
        copies[i].id = newIds[i];
        // Right after the original, on the editing grid.
        constexpr int grid = PlanLimits::kSnapMinutes;
        const int after = ((copies[i].axisEnd() + grid - 1) / grid) * grid;
        if (!placeAt(plan, after, copies[i]))
            return {};
    }
    const QString text = copies.size() == 1 ? Tr::tr("Duplicate %1").arg(quoted(copies[0]))
                                            : Tr::tr("Duplicate %n sessions", nullptr, int(copies.size()));
    return PlanEdit::addSessions(copies, text);
}

PlanEdit setIntensity(const Plan &plan, const QStringList &ids, Intensity intensity)
{
    QList<Session> changed;
    for (Session s : sessionsOf(plan, ids)) {
        if (s.kind == Kind::Cardio && s.intensity != intensity) {
            s.intensity = intensity;
            changed.append(s);
        }
    }
    if (changed.isEmpty())
        return {};
    const QString text = changed.size() == 1
        ? Tr::tr("Make %1 %2").arg(quoted(changed[0]), intensityWord(intensity))
        : Tr::tr("Make %n sessions %1", nullptr, int(changed.size())).arg(intensityWord(intensity));
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit setLocked(const Plan &plan, const QStringList &ids, bool locked)
{
    QList<Session> changed;
    for (Session s : sessionsOf(plan, ids)) {
        if (s.locked != locked) {
            s.locked = locked;
            changed.append(s);
        }
    }
    if (changed.isEmpty())
        return {};
    QString text;
    if (changed.size() == 1)
        text = locked ? Tr::tr("Lock %1").arg(quoted(changed[0]))
                      : Tr::tr("Unlock %1").arg(quoted(changed[0]));
    else
        text = locked ? Tr::tr("Lock %n sessions", nullptr, int(changed.size()))
                      : Tr::tr("Unlock %n sessions", nullptr, int(changed.size()));
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit setMissed(const Plan &plan, const QStringList &ids, bool missed)
{
    QList<Session> changed;
    for (Session s : sessionsOf(plan, ids)) {
        if (s.missed != missed) {
            s.missed = missed;
            changed.append(s);
        }
    }
    if (changed.isEmpty())
        return {};
    QString text;
    if (changed.size() == 1)
        text = missed ? Tr::tr("Mark %1 as missed").arg(quoted(changed[0]))
                      : Tr::tr("Mark %1 as not missed").arg(quoted(changed[0]));
    else
        text = missed ? Tr::tr("Mark %n sessions as missed", nullptr, int(changed.size()))
                      : Tr::tr("Mark %n sessions as not missed", nullptr, int(changed.size()));
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit toggleMissed(const Plan &plan, const QStringList &ids)
{
    const QList<Session> sessions = sessionsOf(plan, ids);
    const bool allMissed
        = std::all_of(sessions.cbegin(), sessions.cend(), [](const Session &s) { return s.missed; });
    return setMissed(plan, ids, !allMissed);
}

PlanEdit setPriority(const Plan &plan, const QStringList &ids, Priority priority)
{
    QList<Session> changed;
    for (Session s : sessionsOf(plan, ids)) {
        if (s.priority != priority) {
            s.priority = priority;
            changed.append(s);
        }
    }
    if (changed.isEmpty())
        return {};
    QString text;
    if (changed.size() == 1) {
        switch (priority) {
        case Priority::Key:
            text = Tr::tr("Make %1 a key session").arg(quoted(changed[0]));
            break;
        case Priority::Normal:
            text = Tr::tr("Make %1 a normal session").arg(quoted(changed[0]));
            break;
        case Priority::Optional:
            text = Tr::tr("Make %1 optional").arg(quoted(changed[0]));
            break;
        }
    } else {
        const int n = int(changed.size());
        switch (priority) {
        case Priority::Key:
            text = Tr::tr("Make %n sessions key sessions", nullptr, n);
            break;
        case Priority::Normal:
            text = Tr::tr("Make %n sessions normal sessions", nullptr, n);
            break;
        case Priority::Optional:
            text = Tr::tr("Make %n sessions optional", nullptr, n);
            break;
        }
    }
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit setLoad(const Plan &plan, const QStringList &ids, Load load)
{
    QList<Session> changed;
    for (Session s : sessionsOf(plan, ids)) {
        if (s.kind == Kind::Strength && s.load != load) {
            s.load = load;
            changed.append(s);
        }
    }
    if (changed.isEmpty())
        return {};
    const QString text = changed.size() == 1
        ? Tr::tr("Make %1 %2").arg(quoted(changed[0]), displayName(load).toLower())
        : Tr::tr("Make %n sessions %1", nullptr, int(changed.size())).arg(displayName(load).toLower());
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit swap(const Plan &plan, const QString &idA, const QString &idB)
{
    const Session *first = plan.find(idA);
    const Session *second = plan.find(idB);
    if (!first || !second || first == second)
        return {};
    const TimeAxis axis(plan);
    const bool secondComesFirst = axis.isCyclic() ? axis.forward(second->axisStart(), first->axisStart())
            < axis.forward(first->axisStart(), second->axisStart())
                                                  : second->axisStart() < first->axisStart();
    if (secondComesFirst)
        std::swap(first, second);
    const int gap = std::max(0, axis.gap(*first, *second));
    const int start = first->axisStart();
    Session newFirst = *second;
    Session newSecond = *first;
    if (!placeAt(plan, start, newFirst) || !placeAt(plan, start + second->durationMin + gap, newSecond))
        return {};
    return PlanEdit::changeSessions({ newFirst, newSecond },
                                    Tr::tr("Swap %1 and %2").arg(quoted(*first), quoted(*second)));
}

PlanEdit swapWithAdjacent(const Plan &plan, const QString &id)
{
    const int i = plan.indexOf(id);
    if (i < 0)
        return {};
    // Sessions are sorted by axis start: the neighbour on the same plan day.
    const Session &self = plan.sessions[i];
    auto sameDay = [&](int j) {
        return j >= 0 && j < plan.sessions.size()
            && TimeAxis::sessionDay(plan.sessions[j]) == TimeAxis::sessionDay(self);
    };
    int j = i + 1;
    if (!sameDay(j))
        j = i - 1;
    if (!sameDay(j))
        return {};
    return swap(plan, plan.sessions[std::min(i, j)].id, plan.sessions[std::max(i, j)].id);
}

PlanEdit forKey(const Plan &plan, const QStringList &ids, int key, Qt::KeyboardModifiers modifiers,
                ClockFormat clock)
{
    const bool shift = modifiers.testFlag(Qt::ShiftModifier);
    switch (key) {
    case Qt::Key_Up:
        return shift ? changeDuration(plan, ids, -PlanLimits::kSnapMinutes)
                     : move(plan, ids, -PlanLimits::kSnapMinutes, clock);
    case Qt::Key_Down:
        return shift ? changeDuration(plan, ids, PlanLimits::kSnapMinutes)
                     : move(plan, ids, PlanLimits::kSnapMinutes, clock);
    case Qt::Key_Left:
        return move(plan, ids, -kMinutesPerDay, clock);
    case Qt::Key_Right:
        return move(plan, ids, kMinutesPerDay, clock);
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return remove(plan, ids);
    case Qt::Key_D:
        return modifiers.testFlag(Qt::ControlModifier) ? duplicate(plan, ids) : PlanEdit {};
    default:
        return {};
    }
}

bool hasField(const Session &session, SharedField field)
{
    switch (field) {
    case SharedField::Duration:
        return true;
    case SharedField::Intensity:
    case SharedField::Modality:
        return session.kind == Kind::Cardio;
    case SharedField::Load:
    case SharedField::Focus:
        return session.kind == Kind::Strength;
    }
    return false;
}

int fieldValue(const Session &session, SharedField field)
{
    switch (field) {
    case SharedField::Duration:
        return session.durationMin;
    case SharedField::Intensity:
        return int(session.intensity);
    case SharedField::Modality:
        return int(session.modality);
    case SharedField::Load:
        return int(session.load);
    case SharedField::Focus:
        return int(session.focus);
    }
    return 0;
}

PlanEdit changeShared(const Plan &plan, const QStringList &ids, SharedField field, int value)
{
    QString name;
    switch (field) {
    case SharedField::Duration:
        if (value < PlanLimits::kMinDurationMin || value > PlanLimits::kMaxDurationMin)
            return {};
        name = Tr::tr("duration");
        break;
    case SharedField::Intensity:
        if (value < int(Intensity::Easy) || value > int(Intensity::Hiit))
            return {};
        name = Tr::tr("intensity");
        break;
    case SharedField::Modality:
        if (value < int(Modality::Walking) || value > int(Modality::Other))
            return {};
        name = Tr::tr("modality");
        break;
    case SharedField::Load:
        if (value < int(Load::Heavy) || value > int(Load::Light))
            return {};
        name = Tr::tr("load");
        break;
    case SharedField::Focus:
        if (value < int(Focus::Lower) || value > int(Focus::Core))
            return {};
        name = Tr::tr("focus");
        break;
    }
    QList<Session> changed;
    for (Session s : sessionsOf(plan, ids)) {
        if (!hasField(s, field) || fieldValue(s, field) == value)
            continue;
        switch (field) {
        case SharedField::Duration:
            s.durationMin = value;
            break;
        case SharedField::Intensity:
            s.intensity = Intensity(value);
            break;
        case SharedField::Modality:
            s.modality = Modality(value);
            break;
        case SharedField::Load:
            s.load = Load(value);
            break;
        case SharedField::Focus:
            s.focus = Focus(value);
            break;
        }
        changed.append(s);
    }
    if (changed.isEmpty())
        return {};
    const QString text = changed.size() == 1
        ? Tr::tr("Change %1 of %2").arg(name, quoted(changed[0]))
        : Tr::tr("Change %1 of %n sessions", nullptr, int(changed.size())).arg(name);
    return PlanEdit::changeSessions(changed, text);
}

PlanEdit change(const Plan &plan, const Session &changed, const QString &field)
{
    const Session *s = plan.find(changed.id);
    if (!s || *s == changed)
        return {};
    return PlanEdit::changeSessions({ changed }, Tr::tr("Change %1 of %2").arg(field, quoted(*s)));
}

} // namespace ordo::SessionEdits
