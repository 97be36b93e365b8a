// SPDX-License-Identifier: GPL-3.0-or-later

#include "chartdata.h"

#include "enums.h"
#include "settingstable.h"
#include "timeaxis.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ordo {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ordo::ChartData", text);
}

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

double analysisSetting(const Plan &plan, const QString &name)
{
    const auto it = plan.analysis.thresholds.constFind(name);
    if (it != plan.analysis.thresholds.constEnd())
        return it.value();
    const SettingDefinition *d = findSetting(name);
    return d ? d->defaultValue : 0;
}

LoadChartData buildLoadChartData(const Plan &plan, const Analysis &analysis, int week, Day weekStart)
{
    LoadChartData data;
    data.weekStart = weekStart;
    data.weekCount = plan.weeks;
    data.week = std::clamp(week, 0, std::max(0, plan.weeks - 1));
    const TimeAxis axis(plan);

    // Rule 37 (docs/rules.md, R2): L_d ≥ max(720 AU, 1.5 × the mean load of the plan's training
    // days); a training day holds a strength session or hard cardio of cardio.minCountedMin.
    QList<bool> trainingDay(analysis.days.size(), false);
    const double minCardio = analysisSetting(plan, u"cardio.minCountedMin"_s);
    for (const Session &s : plan.sessions) {
        const bool training = s.kind == Kind::Strength
            || (s.kind == Kind::Cardio && s.intensity != Intensity::Easy && s.durationMin >= minCardio);
        const int d = s.week * kDaysPerWeek + int(s.day);
        if (training && d >= 0 && d < trainingDay.size())
            trainingDay[d] = true;
    }
    double total = 0;
    int days = 0;
    for (int d = 0; d < analysis.days.size(); ++d) {
        if (trainingDay[d]) {
            total += analysis.days[d].load;
            ++days;
        }
    }
    const double mean = days > 0 ? total / days : 0;
    data.highLoadThreshold = std::max(analysisSetting(plan, u"load.highDayMinAU"_s),
                                      analysisSetting(plan, u"load.highDayFactor"_s) * mean);
    data.monotonyLimit = analysisSetting(plan, u"monotony.max"_s);
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

RegionRecoveryData buildRegionRecoveryData(const Plan &plan, int week)
{
    RegionRecoveryData data;
    data.week = std::clamp(week, 0, std::max(0, plan.weeks - 1));
    data.thresholdPercent = analysisSetting(plan, u"fatigue.notRecoveredPct"_s);
    for (const Session &s : plan.sessions) {
        if (s.kind != Kind::Strength || s.week != data.week)
            continue;
        RegionPoint p;
        p.sessionId = s.id;
        p.title = s.displayTitle();
        p.day = s.day;
        p.startMinute = s.startMinute;
        p.mainRegion = mainRegion(s);
        for (int r = 0; r < kRegionCount; ++r)
            p.percent[size_t(r)] = regionFatiguePercent(plan, Region(r), s.axisStart());
        p.notRecovered = p.percent[size_t(p.mainRegion)] >= data.thresholdPercent;
        data.points.append(p);
    }
    return data;
}

FitnessChartData buildFitnessChartData(const Plan &plan, const Analysis &analysis)
{
    FitnessChartData data;
    data.weekCount = plan.weeks;
    for (const DayFigures &d : analysis.days) {
        data.ctl.append(d.ctl);
        data.atl.append(d.atl);
        data.tsb.append(d.tsb);
    }
    return data;
}

QString regionName(Region region)
{
    switch (region) {
    case Region::Legs:
        return tr("Legs");
    case Region::Upper:
        return tr("Upper body");
    case Region::Core:
        return tr("Core");
    }
    return {};
}

QString ampkFormula(const Plan &plan, const AmpkRange &range)
{
    const int d = range.cardioDurationMin;
    const QString w = QString::number(range.windowMinutes);
    if (range.intensity == Intensity::Hiit) {
        return tr("W = min(%1, %2 + %3 × %4 min) = %5 min")
            .arg(analysisSetting(plan, u"ampk.hiit.maxMin"_s))
            .arg(analysisSetting(plan, u"ampk.hiit.baseMin"_s))
            .arg(analysisSetting(plan, u"ampk.hiit.perMin"_s))
            .arg(d)
            .arg(w);
    }
    if (range.peak > 0.5) // the optional "vigorous continuous" class (RPE ≥ 7)
        return tr("W = min(180, 120 + max(0, %1 − 45)) = %2 min (vigorous, RPE ≥ 7)").arg(d).arg(w);
    const double knee = analysisSetting(plan, u"ampk.moderate.kneeMin"_s);
    return tr("W = %1 if D ≤ %2, else min(%3, %1 + (D − %2)); D = %4 min → %5 min")
        .arg(analysisSetting(plan, u"ampk.moderate.baseMin"_s))
        .arg(knee)
        .arg(analysisSetting(plan, u"ampk.moderate.maxMin"_s))
        .arg(d)
        .arg(w);
}

} // namespace ordo
