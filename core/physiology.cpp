// SPDX-License-Identifier: GPL-3.0-or-later

#include "physiology.h"

#include <algorithm>
#include <cmath>

namespace ordo::physiology {

namespace {

const double kLn10 = std::log(10.0);

} // namespace

bool isEccentric(Modality m)
{
    return m == Modality::Running || m == Modality::Jumping || m == Modality::StairClimbing;
}

bool isLegLoading(const Session &s)
{
    if (s.kind != Kind::Cardio)
        return false;
    if (s.loadsLegs)
        return *s.loadsLegs;
    // docs/rules.md derived terms, "leg-loading cardio".
    switch (s.modality) {
    case Modality::Running:
    case Modality::Jumping:
    case Modality::StairClimbing:
        return true;
    case Modality::Cycling:
    case Modality::Elliptical:
    case Modality::Walking:
        return s.intensity != Intensity::Easy;
    case Modality::Rowing:
        return s.intensity == Intensity::Hiit;
    case Modality::Swimming:
    case Modality::ArmErgometer:
    case Modality::Other:
        return false;
    }
    return false;
}

bool isHeavyLower(const Session &s)
{
    return s.kind == Kind::Strength && s.load == Load::Heavy
        && (s.focus == Focus::Lower || s.focus == Focus::Full);
}

bool isHardCardio(const Session &s)
{
    return s.kind == Kind::Cardio && s.intensity != Intensity::Easy;
}

int ampkWindowMinutes(const Session &c, const Thresholds &t)
{
    if (c.kind != Kind::Cardio)
        return 0;
    const double d = c.durationMin;
    double w = 0;
    switch (c.intensity) {
    case Intensity::Easy:
        return 0;
    case Intensity::Moderate:
        if (c.effectiveRpe() >= t.ampkVigorousMinRpe)
            w = std::min(t.ampkVigorousMaxMin,
                         t.ampkVigorousBaseMin + std::max(0.0, d - t.ampkModerateKneeMin));
        else if (d <= t.ampkModerateKneeMin)
            w = t.ampkModerateBaseMin;
        else
            w = std::min(t.ampkModerateMaxMin, t.ampkModerateBaseMin + (d - t.ampkModerateKneeMin));
        break;
    case Intensity::Hiit:
        w = std::min(t.ampkHiitMaxMin, t.ampkHiitBaseMin + t.ampkHiitPerMin * d);
        break;
    }
    if (t.ampkEnduranceTrained >= 0.5)
        w *= t.ampkTrainedWindowFactor;
    return int(std::lround(w));
}

double ampkPeak(const Session &c, const Thresholds &t)
{
    if (c.kind != Kind::Cardio)
        return 0;
    double a = 0;
    switch (c.intensity) {
    case Intensity::Easy:
        return 0;
    case Intensity::Moderate:
        a = c.effectiveRpe() >= t.ampkVigorousMinRpe ? t.ampkVigorousPeak : t.ampkModeratePeak;
        break;
    case Intensity::Hiit:
        a = t.ampkHiitPeak;
        break;
    }
    if (t.ampkEnduranceTrained >= 0.5)
        a *= t.ampkTrainedPeakFactor;
    return a;
}

double sessionLoad(const Session &s)
{
    // Foster session-RPE; mobility is left out of load and fatigue (docs/physiology.md 2.3).
    if (s.kind == Kind::Mobility)
        return 0;
    return s.effectiveRpe() * s.durationMin;
}

double fatigueTauMinutes(const Session &s, const Thresholds &t)
{
    double t90h = t.fatigueEasyT90H;
    if (s.kind == Kind::Strength) {
        switch (s.load) {
        case Load::Heavy:
            t90h = t.fatigueStrengthHeavyT90H;
            break;
        case Load::Moderate:
            t90h = t.fatigueStrengthModerateT90H;
            break;
        case Load::Light:
            t90h = t.fatigueStrengthLightT90H;
            break;
        }
    } else if (s.kind == Kind::Cardio) {
        const bool ecc = isEccentric(s.modality);
        switch (s.intensity) {
        case Intensity::Hiit:
            t90h = ecc ? t.fatigueHiitEccentricT90H : t.fatigueHiitOtherT90H;
            break;
        case Intensity::Moderate:
            t90h = ecc ? t.fatigueModerateEccentricT90H : t.fatigueModerateOtherT90H;
            break;
        case Intensity::Easy:
            t90h = t.fatigueEasyT90H;
            break;
        }
    }
    return t90h * 60.0 / kLn10;
}

std::array<double, kRegionCount> regionWeights(const Session &s)
{
    // docs/physiology.md 2.3, legs / upper / core; expert estimates [H], each row sums to 1.
    if (s.kind == Kind::Strength) {
        switch (s.focus) {
        case Focus::Lower:
            return { 0.80, 0.05, 0.15 };
        case Focus::Upper:
            return { 0.05, 0.85, 0.10 };
        case Focus::Full:
            return { 0.45, 0.40, 0.15 };
        case Focus::Core:
            return { 0.10, 0.10, 0.80 };
        }
    }
    if (s.kind == Kind::Mobility)
        return { 0, 0, 0 };
    // R2: easy cardio that is not leg-loading (a Zone 1 walk or ride) does not slow recovery, so
    // it has no regional share (docs/physiology.md 2.3, "which sessions count per region").
    if (s.intensity == Intensity::Easy && !isLegLoading(s))
        return { 0, 0, 0 };
    switch (s.modality) {
    case Modality::Walking:
    case Modality::Running:
        return { 0.85, 0.00, 0.15 };
    case Modality::Cycling:
    case Modality::StairClimbing:
        return { 0.95, 0.00, 0.05 };
    case Modality::Elliptical:
        return { 0.75, 0.15, 0.10 };
    case Modality::Rowing:
        return { 0.55, 0.30, 0.15 };
    case Modality::Swimming:
        if (s.loadsLegs.value_or(false))
            return { 0.65, 0.20, 0.15 };
        return { 0.25, 0.60, 0.15 };
    case Modality::ArmErgometer:
        return { 0.00, 0.90, 0.10 };
    case Modality::Jumping:
        return { 0.70, 0.15, 0.15 };
    case Modality::Other:
        return { 0.50, 0.30, 0.20 };
    }
    return { 0.50, 0.30, 0.20 };
}

double metValue(const Session &s)
{
    // docs/physiology.md 2.4: Compendium 2011 codes (2024 where noted there). HIIT is the mean of
    // the work code and the easy code (1:1 work:recovery) [H].
    struct Row
    {
        double easy, moderate, hiit;
    };
    static const Row cardio[] = {
        { 3.5, 5.3, 5.75 }, // walking: 17190, 17210, work 17211
        { 7.0, 9.8, 9.4 }, // running: 12020, 12050, work 12090
        { 4.8, 6.8, 7.9 }, // cycling (stationary): 02017, 02012, work 02014
        { 4.8, 7.0, 8.4 }, // rowing (ergometer): 02071, 02072, work 02074
        { 5.8, 8.3, 7.9 }, // swimming: 18240, 18290, work 18280
        { 4.0, 5.0, 6.5 }, // elliptical: [H], 02048, work 02049 (2024)
        { 4.5, 6.8, 6.9 }, // stair climbing: 17133, 17131, work 17134 (2024)
        { 2.8, 4.3, 4.4 }, // arm ergometer: 02115, 02117, work [H]
        { 3.8, 8.8, 8.0 }, // jumping: 02022, 15552, 02020/02040
        { 3.5, 5.0, 8.0 }, // other: 02030, [H], 02040
    };
    switch (s.kind) {
    case Kind::Strength:
        switch (s.load) {
        case Load::Light:
            return 3.5; // 02054
        case Load::Moderate:
            return 5.0; // 02052
        case Load::Heavy:
            return 6.0; // 02050
        }
        break;
    case Kind::Mobility:
        return 2.5; // 02150, Hatha yoga
    case Kind::Cardio: {
        const Row &r = cardio[int(s.modality)];
        switch (s.intensity) {
        case Intensity::Easy:
            return r.easy;
        case Intensity::Moderate:
            return r.moderate;
        case Intensity::Hiit:
            return r.hiit;
        }
        break;
    }
    }
    return 3.5;
}

double sessionKcal(const Session &s, double bodyMassKg)
{
    return metValue(s) * bodyMassKg * s.durationMin / 60.0;
}

double netKcal(const Session &s, double bodyMassKg)
{
    return std::max(0.0, metValue(s) - 1) * bodyMassKg * s.durationMin / 60.0;
}

qint64 displayedKcal(double kcal)
{
    return std::llround(kcal / 10) * 10;
}

double epocKcal(const Session &s, double bodyMassKg, const Thresholds &t)
{
    double f = 0;
    if (s.kind == Kind::Cardio) {
        f = s.intensity == Intensity::Hiit       ? t.epocHiit
            : s.intensity == Intensity::Moderate ? t.epocModerate
                                                 : 0;
    } else if (s.kind == Kind::Strength) {
        f = s.load == Load::Heavy      ? t.epocStrengthHeavy
            : s.load == Load::Moderate ? t.epocStrengthModerate
                                       : t.epocStrengthLight;
    }
    return f * netKcal(s, bodyMassKg);
}

double estimatedHrMax(int age, const Thresholds &t)
{
    return t.hrTanakaIntercept - t.hrTanakaSlope * age;
}

Intensity intensityForHeartRate(double bpm, double hrMax, const Thresholds &t)
{
    // Half-open bands of %HRmax: easy < 60, moderate 60 – < 80, HIIT ≥ 80.
    const double pct = hrMax > 0 ? 100.0 * bpm / hrMax : 0;
    if (pct < t.zoneEasyMaxPct)
        return Intensity::Easy;
    return pct < t.zoneModerateMaxPct ? Intensity::Moderate : Intensity::Hiit;
}

double fatigueAt(double load, int start, int durationMin, double tau, double t)
{
    if (t <= start)
        return 0;
    const int end = start + durationMin;
    if (t < end)
        return load * (t - start) / durationMin;
    return load * std::exp(-(t - end) / tau);
}

FatigueSweep::FatigueSweep(QList<Entry> entries)
    : m_entries(std::move(entries))
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.start < b.start; });
    m_byEnd.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_byEnd.append(int(i));
        const double tau = m_entries[i].tau;
        const bool known
            = std::any_of(m_acc.cbegin(), m_acc.cend(), [tau](const Accumulator &a) { return a.tau == tau; });
        if (!known)
            m_acc.append(Accumulator { tau, 0, {} });
    }
    // Read through a const reference: the non-const operator[] checks for a detach each time.
    const QList<Entry> &byStart = m_entries;
    std::sort(m_byEnd.begin(), m_byEnd.end(),
              [&byStart](int a, int b) { return byStart[a].end < byStart[b].end; });
}

FatigueSweep::Value FatigueSweep::at(int t)
{
    // Decay the folded sessions to t, then fold in every session that has ended by t.
    if (m_accTimeSet && t != m_accTime) {
        for (Accumulator &a : m_acc) {
            if (a.total == 0)
                continue;
            const double k = std::exp(-(t - m_accTime) / a.tau);
            a.total *= k;
            for (double &r : a.region)
                r *= k;
        }
    }
    m_accTime = t;
    m_accTimeSet = true;
    while (m_nextEnd < m_byEnd.size() && m_entries[m_byEnd[m_nextEnd]].end <= t) {
        const Entry &e = m_entries[m_byEnd[m_nextEnd]];
        ++m_nextEnd;
        for (Accumulator &a : m_acc) {
            if (a.tau != e.tau)
                continue;
            const double v = e.load * std::exp(-(t - e.end) / e.tau);
            a.total += v;
            for (int g = 0; g < kRegionCount; ++g)
                a.region[g] += v * e.weights[g];
            break;
        }
    }
    while (m_nextStart < m_entries.size() && m_entries[m_nextStart].start < t)
        m_running.append(int(m_nextStart++));
    Value v;
    for (const Accumulator &a : m_acc) {
        v.total += a.total;
        for (int g = 0; g < kRegionCount; ++g)
            v.region[g] += a.region[g];
    }
    for (qsizetype i = 0; i < m_running.size();) {
        const Entry &e = m_entries[m_running[i]];
        if (e.end <= t) {
            m_running.removeAt(i); // already folded into its accumulator
            continue;
        }
        const double f = e.load * (t - e.start) / std::max(1, e.end - e.start);
        v.total += f;
        for (int g = 0; g < kRegionCount; ++g)
            v.region[g] += f * e.weights[g];
        ++i;
    }
    return v;
}

QList<FatigueSweep::Entry> fatigueEntries(const Plan &plan, const Thresholds &t, bool strengthOnly,
                                          const QSet<const Session *> &skip)
{
    QList<FatigueSweep::Entry> entries;
    entries.reserve(plan.sessions.size() * (plan.repeat ? 2 : 1));
    const int period = plan.periodMinutes();
    for (const Session &s : plan.sessions) {
        if (s.kind == Kind::Mobility || (strengthOnly && s.kind != Kind::Strength) || skip.contains(&s))
            continue;
        FatigueSweep::Entry e { s.axisStart(),           s.axisEnd(),      physiology::sessionLoad(s),
                                fatigueTauMinutes(s, t), regionWeights(s), &s,
                                s.kind == Kind::Cardio };
        entries.append(e);
        // With repeat, one earlier cycle is enough (docs/physiology.md 2.3).
        if (plan.repeat) {
            e.start -= period;
            e.end -= period;
            entries.append(e);
        }
    }
    return entries;
}

} // namespace ordo::physiology
