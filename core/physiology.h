// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"
#include "thresholds.h"

#include <QSet>

#include <array>

// The models of docs/physiology.md as small pure functions: AMPK window (2.2), session load,
// fatigue time constants and region weights (2.3), MET values and kcal (2.4). Thresholds
// come from the settings table; tabulated data (region weights, MET codes) carry their
// source next to the table.
namespace ordo::physiology {

// docs/rules.md derived terms.
bool isLegLoading(const Session &s); // LLC, with the loadsLegs override
bool isEccentric(Modality m); // running, jumping, stair climbing
bool isHeavyLower(const Session &s); // strength, heavy, lower or full
bool isHardCardio(const Session &s); // cardio, moderate or hiit

int ampkWindowMinutes(const Session &cardio, const Thresholds &t);
double ampkPeak(const Session &cardio, const Thresholds &t);

double sessionLoad(const Session &s); // rpe × duration; 0 for mobility
double fatigueTauMinutes(const Session &s, const Thresholds &t);
std::array<double, kRegionCount> regionWeights(const Session &s);

double metValue(const Session &s); // Compendium 2011/2024, docs/physiology.md 2.4
double sessionKcal(const Session &s, double bodyMassKg);
// Energy above sitting, (MET − 1) × kg × h, and the afterburn estimate shown separately.
double netKcal(const Session &s, double bodyMassKg);
double epocKcal(const Session &s, double bodyMassKg, const Thresholds &t);
// kcal as people read them (status bar, PDF, `ordo check`): to the nearest 10, the one rounding
// rule, since the estimate is good to about ±20 % (docs/physiology.md 2.4). Files and JSON keep
// the unrounded figure.
qint64 displayedKcal(double kcal);

// Heart rate (docs/physiology.md 2.1): Tanaka estimate, and the plan intensity of a heart rate.
double estimatedHrMax(int age, const Thresholds &t);
Intensity intensityForHeartRate(double bpm, double hrMax, const Thresholds &t);

// Contribution of one session to carried fatigue at time t (before region weights).
double fatigueAt(double load, int start, int durationMin, double tau, double t);

// Carried fatigue F and F_g queried at non-decreasing times, in O(events) overall: sessions
// are folded into decaying accumulators per time constant once they end, and the few still
// running are added linearly. Used for days[].fatigue and rule 25.
class FatigueSweep
{
public:
    struct Entry
    {
        int start = 0;
        int end = 0;
        double load = 0;
        double tau = 1;
        std::array<double, kRegionCount> weights {};
        const Session *session = nullptr; // the session it comes from (a copy for the earlier repetition)
        bool cardio = false;
    };
    struct Value
    {
        double total = 0;
        std::array<double, kRegionCount> region {};
    };

    explicit FatigueSweep(QList<Entry> entries);
    Value at(int t); // t must not decrease between calls

private:
    struct Accumulator
    {
        double tau = 1;
        double total = 0;
        std::array<double, kRegionCount> region {};
    };

    QList<Entry> m_entries; // by start
    QList<int> m_byEnd; // indices by end
    QList<int> m_running; // started, not yet folded
    QList<Accumulator> m_acc; // one per distinct τ
    qsizetype m_nextStart = 0;
    qsizetype m_nextEnd = 0;
    int m_accTime = 0;
    bool m_accTimeSet = false;
};

// Entries for every non-mobility session, plus the previous repetition on cyclic plans.
// Sessions in `skip` (the excluded later duplicates, docs/rules.md 3.10.1) are left out.
QList<FatigueSweep::Entry> fatigueEntries(const Plan &plan, const Thresholds &t, bool strengthOnly,
                                          const QSet<const Session *> &skip = {});

} // namespace ordo::physiology
