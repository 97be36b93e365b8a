// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartdata.h"

#include "enums.h"
#include "plandates.h"
#include "season.h"
#include "timeaxis.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ordo::ChartData)
};

// Minutes of [start, end) that fall into [dayStart, dayStart + 1440), also counting the copy
// of the session one period earlier on a repeating plan (last week's Sunday-night session
// running into week 0's Monday).
int overlapOnDay(const Session &s, int dayStart, const TimeAxis &axis, int *firstMinute)
{
    int total = 0;
    *firstMinute = kMinutesPerDay;
    const int shifts = axis.isCyclic() ? 2 : 1;
    for (int k = 0; k < shifts; ++k) {
        const int start = s.axisStart() - k * axis.period();
        const int end = s.axisEnd() - k * axis.period();
        int clippedEnd = std::min(end, dayStart + kMinutesPerDay);
        if (!axis.isCyclic())
            clippedEnd = std::min(clippedEnd, axis.period()); // one-off: dropped after the plan end
        const int clippedStart = std::max(start, dayStart);
        if (clippedEnd > clippedStart) {
            total += clippedEnd - clippedStart;
            *firstMinute = std::min(*firstMinute, clippedStart - dayStart);
        }
    }
    return total;
}

const AmpkWindow *findWindow(const Analysis &analysis, const QString &sessionId)
{
    for (const AmpkWindow &w : analysis.windows) {
        if (w.sessionId == sessionId)
            return &w;
    }
    return nullptr;
}

} // namespace

int AmpkChartData::rangeCount() const
{
    int n = 0;
    for (const AmpkDayRow &row : rows)
        n += int(row.ranges.size());
    return n;
}

int AmpkChartData::liftCount() const
{
    int n = 0;
    for (const AmpkDayRow &row : rows) {
        for (const TimelineSession &s : row.sessions)
            n += s.kind == Kind::Strength ? 1 : 0;
    }
    return n;
}

LoadChartData buildLoadChartData(const Plan &plan, const Analysis &analysis, int week, Day weekStart)
{
    LoadChartData data;
    data.clock = analysis.clock;
    data.weekStart = weekStart;
    data.weekCount = plan.weeks;
    data.week = std::clamp(week, 0, std::max(0, plan.weeks - 1));
    const TimeAxis axis(plan);

    // Rule 37 / docs/physiology.md 2.3: the threshold the analysis flagged its days with.
    data.highLoadThreshold = analysis.highLoadThresholdAU;
    data.monotonyLimit = analysis.thresholds.monotonyMax;
    if (data.week < analysis.weeks.size()) {
        const WeekFigures &w = analysis.weeks[data.week];
        data.weekLoad = w.load;
        data.monotony = w.monotony;
        data.strain = w.strain;
    }

    for (int d = 0; d < kDaysPerWeek; ++d) {
        LoadBar &bar = data.days[size_t(d)];
        bar.day = Day(d);
        const int dayIndex = data.week * kDaysPerWeek + d;
        if (dayIndex < analysis.days.size()) {
            const DayFigures &f = analysis.days[dayIndex];
            bar.strengthLoad = f.strengthLoad;
            bar.cardioLoad = f.cardioLoad;
            bar.load = f.load;
            bar.fatigue = f.fatigue;
            bar.kcal = f.kcal;
            bar.highLoad = f.highLoad;
        }
        const int dayStart = dayIndex * kMinutesPerDay;
        for (const Session &s : plan.sessions) {
            if (s.kind == Kind::Mobility)
                continue;
            int first = 0;
            const int minutes = overlapOnDay(s, dayStart, axis, &first);
            if (minutes <= 0)
                continue;
            bar.shares.append({ s.id, s.displayTitle(), s.kind, first, minutes, s.effectiveRpe() * minutes });
        }
        std::stable_sort(bar.shares.begin(), bar.shares.end(), [](const LoadShare &a, const LoadShare &b) {
            return a.startMinute < b.startMinute;
        });
    }
    return data;
}

AmpkChartData buildAmpkChartData(const Plan &plan, const Analysis &analysis, int week, Day weekStart)
{
    AmpkChartData data;
    data.clock = analysis.clock;
    data.weekStart = weekStart;
    data.week = std::clamp(week, 0, std::max(0, plan.weeks - 1));
    const TimeAxis axis(plan);

    for (int d = 0; d < kDaysPerWeek; ++d) {
        AmpkDayRow &row = data.rows[size_t(d)];
        row.day = Day(d);
        const int dayIndex = data.week * kDaysPerWeek + d;
        const int dayStart = dayIndex * kMinutesPerDay;
        if (dayIndex < analysis.days.size()) {
            for (const DayWindow &dw : analysis.days[dayIndex].ampkWindows) {
                AmpkRange r;
                r.sessionId = dw.sessionId;
                r.startMinute = dw.startMinute;
                r.endMinute = dw.endMinute;
                if (const Session *c = plan.find(dw.sessionId)) {
                    r.cardioTitle = c->displayTitle();
                    r.intensity = c->intensity;
                    r.cardioDurationMin = c->durationMin;
                }
                if (const AmpkWindow *w = findWindow(analysis, dw.sessionId)) {
                    r.windowStartAxis = w->start;
                    r.windowEndAxis = w->end;
                    r.windowMinutes = w->windowMinutes;
                    r.peak = w->peak;
                    r.tauMinutes = w->tauMinutes;
                    r.minutesAfterCardio = axis.forward(w->start, dayStart + dw.startMinute);
                    if (r.minutesAfterCardio >= w->windowMinutes) // a one-off plan never wraps
                        r.minutesAfterCardio = 0;
                }
                r.formula = ampkFormula(analysis.thresholds, r);
                row.ranges.append(r);
            }
        }
        for (const Session &s : plan.sessions) {
            if (s.kind == Kind::Mobility)
                continue;
            int first = 0;
            const int minutes = overlapOnDay(s, dayStart, axis, &first);
            if (minutes <= 0)
                continue;
            TimelineSession t;
            t.sessionId = s.id;
            t.title = s.displayTitle();
            t.kind = s.kind;
            t.startMinute = first;
            t.endMinute = std::min(kMinutesPerDay, first + minutes);
            t.axisStart = s.axisStart();
            if (s.kind == Kind::Strength) {
                // docs/physiology.md 2.2: inside when C.end ≤ S.start < C.end + W.
                for (const AmpkWindow &w : analysis.windows) {
                    const int since = axis.forward(w.start, s.axisStart());
                    if (since >= 0 && since < w.windowMinutes) {
                        t.insideWindow = true;
                        if (const Session *c = plan.find(w.sessionId))
                            t.windowCardioTitle = c->displayTitle();
                        break;
                    }
                }
            }
            row.sessions.append(t);
        }
        std::stable_sort(
            row.sessions.begin(), row.sessions.end(),
            [](const TimelineSession &a, const TimelineSession &b) { return a.startMinute < b.startMinute; });
    }
    return data;
}

RegionRecoveryData buildRegionRecoveryData(const Plan &plan, const Analysis &analysis, int week)
{
    RegionRecoveryData data;
    data.clock = analysis.clock;
    data.week = std::clamp(week, 0, std::max(0, plan.weeks - 1));
    data.thresholdPercent = analysis.thresholds.fatigueNotRecoveredPct;
    // The week's sessions by id, once: looking each lift up in the whole plan was
    // lifts × sessions string comparisons, a millisecond per hover step at 52 weeks.
    QHash<QStringView, const Session *> inWeek;
    for (const Session &s : plan.sessions) {
        if (s.week == data.week && !inWeek.contains(QStringView(s.id)))
            inWeek.insert(QStringView(s.id), &s);
    }
    for (const LiftFatigue &lift : analysis.liftFatigue) {
        const Session *s = inWeek.value(QStringView(lift.sessionId));
        if (!s)
            continue;
        RegionPoint p;
        p.sessionId = s->id;
        p.title = s->displayTitle();
        p.day = s->day;
        p.startMinute = s->startMinute;
        p.mainRegion = mainRegion(*s);
        p.percent = lift.percent;
        p.notRecovered = p.percent[size_t(p.mainRegion)] >= data.thresholdPercent;
        data.points.append(p);
    }
    return data;
}

FitnessChartData buildFitnessChartData(const Plan &plan, const Analysis &analysis)
{
    FitnessChartData data;
    data.weekCount = plan.weeks;
    data.firstMonday = dateOf(plan, 0, Day::Mon);
    for (const DayFigures &d : analysis.days) {
        data.ctl.append(d.ctl);
        data.atl.append(d.atl);
        data.tsb.append(d.tsb);
    }
    return data;
}

WeeklyLoadChartData buildWeeklyLoadChartData(const Analysis &analysis)
{
    WeeklyLoadChartData data;
    data.weeks.resize(analysis.weeks.size());
    for (int w = 0; w < data.weeks.size(); ++w) {
        WeekLoadBar &bar = data.weeks[w];
        for (int d = w * kDaysPerWeek; d < (w + 1) * kDaysPerWeek && d < analysis.days.size(); ++d) {
            bar.strengthLoad += analysis.days[d].strengthLoad;
            bar.cardioLoad += analysis.days[d].cardioLoad;
        }
        bar.load = analysis.weeks[w].load;
        bar.mean = fourWeekMeanLoad(analysis, w);
    }
    // A week whose load rises steeply: rule 49, or rule 38 that takes its weeks.
    for (const Finding &f : analysis.findings) {
        if ((f.rule != u"load-ramp"_s && f.rule != u"load-spike"_s) || f.week < 0
            || f.week >= data.weeks.size())
            continue;
        WeekLoadBar &bar = data.weeks[f.week];
        if (!bar.rise || f.severity > *bar.rise) {
            bar.rise = f.severity;
            bar.riseText = f.message;
        }
    }
    return data;
}

QString regionName(Region region)
{
    switch (region) {
    case Region::Legs:
        return Tr::tr("Legs");
    case Region::Upper:
        return Tr::tr("Upper body");
    case Region::Core:
        return Tr::tr("Core");
    }
    return {};
}

QString ampkFormula(const Thresholds &t, const AmpkRange &range)
{
    const int d = range.cardioDurationMin;
    const QString w = QString::number(range.windowMinutes);
    if (range.intensity == Intensity::Hiit) {
        return Tr::tr("W = min(%1, %2 + %3 × %4 min) = %5 min")
            .arg(t.ampkHiitMaxMin)
            .arg(t.ampkHiitBaseMin)
            .arg(t.ampkHiitPerMin)
            .arg(d)
            .arg(w);
    }
    if (range.peak > 0.5) { // the optional "vigorous continuous" class
        return Tr::tr("W = min(%1, %2 + max(0, %3 − %4)) = %5 min (vigorous, RPE ≥ %6)")
            .arg(t.ampkVigorousMaxMin)
            .arg(t.ampkVigorousBaseMin)
            .arg(d)
            .arg(t.ampkModerateKneeMin)
            .arg(w)
            .arg(t.ampkVigorousMinRpe);
    }
    return Tr::tr("W = %1 if D ≤ %2, else min(%3, %1 + (D − %2)); D = %4 min → %5 min")
        .arg(t.ampkModerateBaseMin)
        .arg(t.ampkModerateKneeMin)
        .arg(t.ampkModerateMaxMin)
        .arg(d)
        .arg(w);
}

} // namespace ordo
