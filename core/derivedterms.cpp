// SPDX-License-Identifier: GPL-3.0-or-later

#include "derivedterms.h"

#include "physiology.h"

#include <algorithm>

namespace ordo {

bool idLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            const QStringView na = QStringView(a).mid(i, ie - i);
            const QStringView nb = QStringView(b).mid(j, je - j);
            // Compare digit runs by value: strip leading zeros, then length, then text.
            qsizetype za = 0, zb = 0;
            while (za + 1 < na.size() && na[za] == u'0')
                ++za;
            while (zb + 1 < nb.size() && nb[zb] == u'0')
                ++zb;
            const QStringView va = na.mid(za), vb = nb.mid(zb);
            if (va.size() != vb.size())
                return va.size() < vb.size();
            if (const int c = va.compare(vb); c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

namespace {

bool sameDuplicateKey(const Session &a, const Session &b)
{
    // docs/rules.md rule 2: same week, day, start and kind, and same focus or modality.
    if (a.kind != b.kind || a.axisStart() != b.axisStart())
        return false;
    if (a.kind == Kind::Strength)
        return a.focus == b.focus;
    if (a.kind == Kind::Cardio)
        return a.modality == b.modality;
    return true;
}

} // namespace

PlanFacts::PlanFacts(const Plan &p)
    : plan(p)
    , th(Thresholds::forPlan(p))
    , axis(p)
    , dayCount(p.weeks * kDaysPerWeek)
    , pairHorizon(int(std::max({ th.sameDayWindowMin, th.legsHiitBeforeMaxGapMin,
                                 th.legsHiitBeforeEccentricMaxGapMin, th.legsKeyCardioMaxGapMin,
                                 th.splitMinGapMin, th.enduranceOrderGapMin, th.beginnerIntenseFirstGapMin,
                                 th.combinedMaxGapMin, th.warmupMaxGapMin, th.activeRecoveryMaxStartGapMin,
                                 th.ampkHiitMaxMin, th.ampkModerateMaxMin, th.ampkVigorousMaxMin })))
{
    namespace phys = physiology;
    items.reserve(plan.sessions.size());
    for (const Session &s : plan.sessions) {
        SessionFacts f;
        f.s = &s;
        f.start = s.axisStart();
        f.end = s.axisEnd();
        f.dayIndex = TimeAxis::sessionDay(s);
        f.strength = s.kind == Kind::Strength;
        f.cardio = s.kind == Kind::Cardio;
        f.heavy = f.strength && s.load == Load::Heavy;
        f.heavyLower = phys::isHeavyLower(s);
        f.hard = phys::isHardCardio(s);
        f.hiit = f.cardio && s.intensity == Intensity::Hiit;
        f.hiitCounted = f.hiit && s.durationMin >= th.hiitMinDurationMin;
        f.training = f.strength || (f.hard && s.durationMin >= th.cardioMinCountedMin);
        f.legLoading = phys::isLegLoading(s);
        f.eccentric = f.cardio && phys::isEccentric(s.modality);
        f.window = phys::ampkWindowMinutes(s, th);
        f.load = phys::sessionLoad(s);
        maxDuration = std::max(maxDuration, s.durationMin);
        items.append(f);
    }
    std::sort(items.begin(), items.end(), [](const SessionFacts &a, const SessionFacts &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return idLess(a.s->id, b.s->id);
    });

    // Duplicates (rule 2): within a run of equal starts the lowest id stays.
    for (qsizetype i = 0; i < items.size();) {
        qsizetype j = i;
        while (j < items.size() && items[j].start == items[i].start)
            ++j;
        QList<int> keepers; // first session of each distinct key in this run
        for (qsizetype k = i; k < j; ++k) {
            int dupOf = -1;
            for (int kept : std::as_const(keepers)) {
                if (sameDuplicateKey(*items[kept].s, *items[k].s)) {
                    dupOf = kept;
                    break;
                }
            }
            if (dupOf >= 0) {
                items[k].excluded = true;
                items[k].duplicateOf = dupOf;
            } else {
                keepers.append(int(k));
            }
        }
        i = j;
    }

    // Warm-ups: easy, short, ending shortly before the next session, which is strength.
    for (int i = 0; i < items.size(); ++i) {
        SessionFacts &c = items[i];
        if (c.excluded || !c.cardio || c.s->intensity != Intensity::Easy
            || c.s->durationMin > th.warmupLongMaxMin)
            continue;
        const int n = next(i);
        if (n < 0 || !items[n].strength)
            continue;
        const int g = gap(c, items[n]);
        if (g < 0 || g > th.warmupMaxGapMin)
            continue;
        if (c.s->durationMin <= th.warmupMaxMin)
            c.warmup = true;
        else
            c.warmupLong = true;
        c.warmupFor = n;
    }
    // Active recovery: easy walking/cycling/swimming/elliptical of 10–20 min starting 0–60 min
    // after an HL session ends.
    for (int i = 0; i < items.size(); ++i) {
        SessionFacts &c = items[i];
        if (c.excluded || !c.cardio || c.s->intensity != Intensity::Easy)
            continue;
        const Modality m = c.s->modality;
        if (m != Modality::Walking && m != Modality::Cycling && m != Modality::Swimming
            && m != Modality::Elliptical)
            continue;
        if (c.s->durationMin < th.activeRecoveryMinMin || c.s->durationMin > th.activeRecoveryMaxMin)
            continue;
        // Bounded like the pair walk (findings.maxPairNeighbours) so crowded plans stay linear.
        const int maxSteps = std::min(int(items.size()), std::max(1, int(th.findingsMaxPairNeighbours)));
        for (int k = previous(i), steps = 0; k >= 0 && k != i && steps < maxSteps; k = previous(k), ++steps) {
            const SessionFacts &h = items[k];
            const int distance = axis.isCyclic() ? axis.forward(h.start, c.start) : c.start - h.start;
            if (distance > th.activeRecoveryMaxStartGapMin + maxDuration)
                break;
            if (h.excluded || !h.heavyLower)
                continue;
            const int g = gap(h, c);
            if (g >= 0 && g <= th.activeRecoveryMaxStartGapMin) {
                c.activeRecovery = true;
                c.recoveryAfter = k;
                break;
            }
        }
    }

    // Rest days: no strength, no hard cardio, at most rest.maxEasyMin of easy cardio.
    restDay = QList<bool>(dayCount, true);
    trainingSessions = QList<int>(dayCount, 0);
    QList<int> easyMinutes(dayCount, 0);
    for (const SessionFacts &f : std::as_const(items)) {
        if (f.excluded || f.dayIndex < 0 || f.dayIndex >= dayCount)
            continue;
        if (f.training)
            ++trainingSessions[f.dayIndex];
        if (f.strength || f.hard)
            restDay[f.dayIndex] = false;
        else if (f.cardio)
            easyMinutes[f.dayIndex] += f.s->durationMin;
    }
    // Active-rest days (R2): not a rest day, no strength, no hard cardio, and at most
    // rest.activeMaxEasyMin of easy cardio.
    activeRestDay = QList<bool>(dayCount, false);
    for (int d = 0; d < dayCount; ++d) {
        if (easyMinutes[d] > th.restMaxEasyMin) {
            activeRestDay[d] = restDay[d] && easyMinutes[d] <= th.restActiveMaxEasyMin;
            restDay[d] = false;
        }
    }

    // HIIT beside heavy legs: on the pairs the pair rules see, as rules 18–21 find them, so
    // rule 26 does not depend on the leg-day rules having run first.
    const auto anyOf = [this](bool SessionFacts::*flag) {
        return std::any_of(items.cbegin(), items.cend(), [flag](const SessionFacts &f) { return f.*flag; });
    };
    if (anyOf(&SessionFacts::hiit) && anyOf(&SessionFacts::heavyLower)) {
        for (int i = 0; i < items.size(); ++i) {
            SessionFacts &x = items[i];
            if (x.hiit && !x.hiitBesideHeavyLegs) {
                // HIIT first: the first heavy-leg session in its same-day window is enough.
                forEachPairFrom(i, [&](int, int j) {
                    if (items[j].heavyLower && sameDay(x, items[j]))
                        x.hiitBesideHeavyLegs = true;
                    return !x.hiitBesideHeavyLegs;
                });
            } else if (x.heavyLower) {
                forEachPairFrom(i, [&](int, int j) {
                    SessionFacts &y = items[j];
                    if (y.hiit && !y.hiitBesideHeavyLegs && sameDay(x, y))
                        y.hiitBesideHeavyLegs = true;
                });
            }
        }
    }
}

bool PlanFacts::sameDay(const SessionFacts &a, const SessionFacts &b) const
{
    if (a.dayIndex == b.dayIndex)
        return true;
    const int ab = gap(a, b);
    if (ab >= 0 && ab < th.sameDayWindowMin)
        return true;
    const int ba = gap(b, a);
    return ba >= 0 && ba < th.sameDayWindowMin;
}

int PlanFacts::wrapDay(int day) const
{
    if (axis.isCyclic())
        return ((day % dayCount) + dayCount) % dayCount;
    return day >= 0 && day < dayCount ? day : -1;
}

} // namespace ordo
