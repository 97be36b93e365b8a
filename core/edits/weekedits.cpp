// SPDX-License-Identifier: GPL-3.0-or-later

#include "weekedits.h"

#include "phase.h"
#include "planlimits.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ordo::WeekEdits {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::WeekEdits)
};

bool isRange(const Plan &plan, int first, int count)
{
    return count >= 1 && first >= 0 && first + count <= plan.weeks;
}

QList<WeekSource> identity(int weeks)
{
    QList<WeekSource> layout;
    layout.reserve(weeks);
    for (int w = 0; w < weeks; ++w)
        layout.append({ w, false });
    return layout;
}

// The undo text of an edit that deletes sessions says how many.
QString withDeleted(const Plan &plan, PlanEdit edit)
{
    if (edit.isEmpty())
        return edit.text;
    const int deleted = deletedSessions(plan, edit);
    return deleted == 0 ? edit.text : Tr::tr("%1 (deletes %n sessions)", nullptr, deleted).arg(edit.text);
}

PlanEdit finish(const Plan &plan, PlanEdit edit)
{
    edit.text = withDeleted(plan, edit);
    return edit;
}

// Fresh ids "s<N>" above every numbered id of the plan, as Plan::nextSessionId() picks them,
// without rescanning the plan for each.
class IdSource
{
public:
    explicit IdSource(const Plan &plan)
    {
        m_used.reserve(plan.sessions.size());
        for (const Session &s : plan.sessions) {
            m_used.insert(s.id);
            if (s.id.startsWith(u's')) {
                bool ok = false;
                const int n = s.id.mid(1).toInt(&ok);
                if (ok)
                    m_next = std::max(m_next, n + 1);
            }
        }
    }
    QString next()
    {
        QString id;
        do
            id = u's' + QString::number(m_next++);
        while (m_used.contains(id));
        return id;
    }

private:
    QSet<QString> m_used;
    int m_next = 1;
};

} // namespace

PlanEdit rearrange(const Plan &plan, const QList<WeekSource> &layout, const QString &text, bool phasesFollow)
{
    using namespace PlanLimits;
    const int weeks = int(layout.size());
    if (weeks < kMinWeeks || weeks > kMaxWeeks || layout == identity(plan.weeks))
        return {};
    // Where each week of the plan moves to; a week may move to one place only.
    QList<int> movedTo(plan.weeks, -1);
    for (int to = 0; to < weeks; ++to) {
        const WeekSource &from = layout[to];
        if (from.week < -1 || from.week >= plan.weeks)
            return {};
        if (from.week >= 0 && !from.copy) {
            if (movedTo[from.week] >= 0)
                return {};
            movedTo[from.week] = to;
        }
    }

    PlanEdit edit;
    edit.text = text;
    PlanHeader header = PlanHeader::of(plan);
    header.weeks = weeks;
    // The cycle stays on its days: only a plan that no longer reaches them moves it to the new
    // last week, as a shorter plan does (PlanEdits::setWeeks).
    if (header.profile.cycle)
        header.profile.cycle->firstWeek = std::min(header.profile.cycle->firstWeek, weeks - 1);
    // Available times belong to the calendar, not to the sessions: they stay on their weeks,
    // and those of weeks the plan no longer has go (as with fewer weeks in the inspector).
    if (header.availability) {
        header.availability->weeks.removeIf([weeks](const WeekOverride &w) { return w.week >= weeks; });
        header.availability->busy.removeIf([weeks](const BusyInterval &b) { return b.week >= weeks; });
    }
    // A week's phase goes where the week goes, and a copy of the week has it too.
    if (phasesFollow) {
        header.phases.clear();
        for (int to = 0; to < weeks; ++to) {
            if (const WeekPhase *phase = layout[to].week >= 0 ? plan.phaseOf(layout[to].week) : nullptr) {
                header.phases.append(*phase);
                header.phases.last().week = to;
            }
        }
    } else if (weeks != plan.weeks) {
        return {};
    }
    if (header != PlanHeader::of(plan))
        edit.header = header;

    QList<QList<int>> byWeek(plan.weeks);
    for (int i = 0; i < plan.sessions.size(); ++i) {
        const Session &s = plan.sessions[i];
        if (s.week >= 0 && s.week < plan.weeks)
            byWeek[s.week].append(i);
    }
    qsizetype total = 0;
    for (const Session &s : plan.sessions) {
        const int to = s.week >= 0 && s.week < plan.weeks ? movedTo[s.week] : -1;
        if (to < 0) {
            edit.removals.append(s.id);
        } else {
            ++total;
            if (to != s.week) {
                Session moved = s;
                moved.week = to;
                edit.upserts.append(moved);
            }
        }
    }
    IdSource ids(plan);
    for (int to = 0; to < weeks; ++to) {
        const WeekSource &from = layout[to];
        if (from.week < 0 || !from.copy)
            continue;
        total += byWeek[from.week].size();
        if (total > kMaxSessions)
            return {};
        for (int i : byWeek[from.week]) {
            Session copy = plan.sessions[i];
            copy.id = ids.next();
            copy.week = to;
            edit.upserts.append(copy);
        }
    }
    if (edit.isEmpty())
        return {};
    return edit;
}

PlanEdit copyTo(const Plan &plan, int source, const QList<int> &targets)
{
    if (!isRange(plan, source, 1))
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    QList<int> weeks;
    for (int t : targets) {
        if (!isRange(plan, t, 1))
            return {};
        if (t != source && !weeks.contains(t)) {
            weeks.append(t);
            layout[t] = { source, true };
        }
    }
    if (weeks.isEmpty())
        return {};
    const QString text = weeks.size() == 1
        ? Tr::tr("Copy week %1 to week %2").arg(source + 1).arg(weeks[0] + 1)
        : Tr::tr("Copy week %1 to %n weeks", nullptr, int(weeks.size())).arg(source + 1);
    // The targets keep their own phases: only sessions are copied.
    return finish(plan, rearrange(plan, layout, text, false));
}

PlanEdit duplicate(const Plan &plan, int first, int count)
{
    if (!isRange(plan, first, count))
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    for (int i = 0; i < count; ++i)
        layout.insert(first + count + i, { first + i, true });
    const QString text = count == 1 ? Tr::tr("Duplicate week %1").arg(first + 1)
                                    : Tr::tr("Duplicate weeks %1–%2").arg(first + 1).arg(first + count);
    return rearrange(plan, layout, text);
}

PlanEdit insertEmpty(const Plan &plan, int at, int count)
{
    if (count < 1 || at < 0 || at > plan.weeks)
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    for (int i = 0; i < count; ++i)
        layout.insert(at, WeekSource {});
    const QString text = at == 0 ? Tr::tr("Insert %n empty weeks before week 1", nullptr, count)
                                 : Tr::tr("Insert %n empty weeks after week %1", nullptr, count).arg(at);
    return rearrange(plan, layout, text);
}

PlanEdit remove(const Plan &plan, int first, int count)
{
    if (!isRange(plan, first, count))
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    layout.remove(first, count);
    const QString text = count == 1 ? Tr::tr("Delete week %1").arg(first + 1)
                                    : Tr::tr("Delete weeks %1–%2").arg(first + 1).arg(first + count);
    return finish(plan, rearrange(plan, layout, text));
}

PlanEdit move(const Plan &plan, int first, int count, int delta)
{
    if (!isRange(plan, first, count) || (delta != -1 && delta != 1) || !isRange(plan, first + delta, count))
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    // The neighbour the selection passes takes the place on the other side of it.
    const int neighbour = delta < 0 ? first - 1 : first + count;
    layout.removeAt(neighbour);
    layout.insert(delta < 0 ? first + count - 1 : first, { neighbour, false });
    QString text;
    if (delta < 0)
        text = count == 1 ? Tr::tr("Move week %1 up").arg(first + 1)
                          : Tr::tr("Move weeks %1–%2 up").arg(first + 1).arg(first + count);
    else
        text = count == 1 ? Tr::tr("Move week %1 down").arg(first + 1)
                          : Tr::tr("Move weeks %1–%2 down").arg(first + 1).arg(first + count);
    return rearrange(plan, layout, text);
}

PlanEdit clear(const Plan &plan, int first, int count)
{
    if (!isRange(plan, first, count))
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    for (int w = first; w < first + count; ++w)
        layout[w] = {};
    const QString text = count == 1 ? Tr::tr("Clear week %1").arg(first + 1)
                                    : Tr::tr("Clear weeks %1–%2").arg(first + 1).arg(first + count);
    // A cleared week stays in its phase.
    return finish(plan, rearrange(plan, layout, text, false));
}

PlanEdit setPhase(const Plan &plan, int first, int count, std::optional<Phase> phase, const QString &label)
{
    const QString name = label.trimmed();
    if (!isRange(plan, first, count)
        || (phase == Phase::Custom && (name.isEmpty() || name.size() > PlanLimits::kMaxPhaseLabelLength)))
        return {};
    PlanHeader header = PlanHeader::of(plan);
    header.phases.removeIf([&](const WeekPhase &p) { return p.week >= first && p.week < first + count; });
    WeekPhase marked;
    if (phase) {
        marked.phase = *phase;
        marked.label = *phase == Phase::Custom ? name : QString();
        for (int w = first; w < first + count; ++w) {
            WeekPhase p = marked;
            p.week = w;
            // What a newer Ordo wrote into the week's phase stays while the phase does.
            if (const WeekPhase *old = plan.phaseOf(w); old && old->phase == p.phase && old->label == p.label)
                p.unknownKeys = old->unknownKeys;
            header.phases.append(p);
        }
        std::sort(header.phases.begin(), header.phases.end(),
                  [](const WeekPhase &a, const WeekPhase &b) { return a.week < b.week; });
    }
    if (header == PlanHeader::of(plan))
        return {};
    QString text;
    if (!phase)
        text = count == 1 ? Tr::tr("Clear the phase of week %1").arg(first + 1)
                          : Tr::tr("Clear the phase of weeks %1–%2").arg(first + 1).arg(first + count);
    else if (count == 1)
        text = Tr::tr("Mark week %1 as “%2”").arg(first + 1).arg(phaseLabel(marked));
    else
        text = Tr::tr("Mark weeks %1–%2 as “%3”").arg(first + 1).arg(first + count).arg(phaseLabel(marked));
    return PlanEdit::changeHeader(header, text);
}

int deloadDuration(const Session &s, int percent)
{
    if (s.kind == Kind::Mobility)
        return s.durationMin;
    // On the 5-minute grid of durations, never below the shortest session.
    const double cut = s.durationMin * (100.0 - percent) / 100.0;
    int minutes = std::max(PlanLimits::kMinDurationMin, int(std::lround(cut / 5.0)) * 5);
    // HIIT stays, shorter: at least 10 minutes of it, or all of a shorter one.
    if (s.kind == Kind::Cardio && s.intensity == Intensity::Hiit)
        minutes = std::max(minutes, std::min(s.durationMin, kMinDeloadHiitMinutes));
    return std::min(minutes, s.durationMin);
}

PlanEdit generateDeload(const Plan &plan, int week, int percent)
{
    if (!isRange(plan, week, 1) || percent < kMinDeloadPercent || percent > kMaxDeloadPercent)
        return {};
    QList<WeekSource> layout = identity(plan.weeks);
    layout.insert(week + 1, { week, true });
    PlanEdit edit = rearrange(
        plan, layout,
        Tr::tr("Generate a deload week after week %1 (%2 % less volume)").arg(week + 1).arg(percent));
    if (edit.isEmpty() || !edit.header)
        return {};
    // The copies (the sessions of the new week) get shorter; the same days, times, kinds and
    // intensities keep the frequency and intensity (docs/physiology.md, "Deload weeks").
    for (Session &s : edit.upserts) {
        if (s.week == week + 1 && !plan.find(s.id))
            s.durationMin = deloadDuration(s, percent);
    }
    QList<WeekPhase> &phases = edit.header->phases;
    phases.removeIf([week](const WeekPhase &p) { return p.week == week + 1; });
    WeekPhase deload;
    deload.week = week + 1;
    deload.phase = Phase::Deload;
    phases.append(deload);
    std::sort(phases.begin(), phases.end(),
              [](const WeekPhase &a, const WeekPhase &b) { return a.week < b.week; });
    return edit;
}

int deletedSessions(const Plan &plan, const PlanEdit &edit)
{
    QSet<QString> putBack;
    for (const Session &s : edit.upserts)
        putBack.insert(s.id);
    int n = 0;
    for (const QString &id : edit.removals) {
        if (!putBack.contains(id) && plan.indexOf(id) >= 0)
            ++n;
    }
    return n;
}

PlanEdit fillRotation(const Plan &plan, const QList<Session> &rotation, const QList<Day> &days, int first,
                      int count)
{
    if (rotation.isEmpty() || days.isEmpty() || !isRange(plan, first, count))
        return {};
    // The days in week order, each once, whatever order they were picked in.
    QList<Day> order;
    for (int d = 0; d < kDaysPerWeek; ++d) {
        if (days.contains(Day(d)))
            order.append(Day(d));
    }
    auto occupied = [&plan](const Session &s, int week, Day day) {
        const int end = s.startMinute + s.durationMin;
        for (const Session &other : plan.sessions) {
            if (other.week == week && other.day == day && other.startMinute < end
                && s.startMinute < other.startMinute + other.durationMin)
                return true;
        }
        return false;
    };
    IdSource ids(plan);
    PlanEdit edit;
    qsizetype turn = 0;
    for (int week = first; week < first + count; ++week) {
        for (const Day day : order) {
            const Session &next = rotation[turn % rotation.size()];
            if (occupied(next, week, day))
                continue;
            Session s = next;
            s.id = ids.next();
            s.week = week;
            s.day = day;
            s.locked = false;
            edit.upserts.append(s);
            ++turn;
        }
    }
    if (edit.upserts.isEmpty() || plan.sessions.size() + edit.upserts.size() > PlanLimits::kMaxSessions)
        return {};
    const int placed = int(edit.upserts.size());
    edit.text = count == 1
        ? Tr::tr("Fill week %1 with a rotation (%n sessions)", nullptr, placed).arg(first + 1)
        : Tr::tr("Fill weeks %1–%2 with a rotation (%n sessions)", nullptr, placed)
              .arg(first + 1)
              .arg(first + count);
    return edit;
}

} // namespace ordo::WeekEdits
