// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis.h"

#include <QList>
#include <QString>

// The rule table of docs/rules.md: one row per rule (ruletable.cpp) with everything Ordo knows
// about a rule besides its trigger and its text, which live in the rule's section
// (core/rules/*rules.cpp). Read by the rule engine (ids, default severities, sources, pair
// precedence, badges), plan I/O (disabled rule ids), the findings dock and the plan inspector.
// A new rule is a row there and its number in rule::Number; tests/core/tst_ruletable.cpp
// checks the table against itself and against what the engine emits.
namespace ordo {

// The "No." column of docs/rules.md, named for the sections' code.
namespace rule {
enum Number : int {
    Overlap = 1,
    Duplicate = 2,
    CrossesMidnight = 3,
    CrossesPlanEnd = 4,
    ImplausibleDuration = 5,
    RpeMismatch = 6,
    Warmup = 7,
    WarmupLong = 8,
    WarmupTooHard = 9,
    AmpkWindow = 10,
    SplitGap = 11,
    BeginnerIntenseFirst = 12,
    EnduranceOrder = 13,
    EnduranceLiftDose = 14,
    PostLiftHiit = 15,
    PostLiftLong = 16,
    CombinedTooLong = 17,
    LegDayCardio = 18,
    LegDayHiit = 19,
    LegDayFriendly = 20,
    RowingAfterLegs = 21,
    ActiveRecovery = 22,
    HiitBeforeLegs = 23,
    LegsBeforeKeyCardio = 24,
    MuscleNotRecovered = 25,
    DoubleHiitDay = 26,
    HiitSpacing = 27,
    HiitWeekly = 28,
    HiitHeavyStreak = 29,
    NoRestDay = 30,
    CardioFrequency = 31,
    CardioDuration = 32,
    LiftingFrequency = 33,
    EnduranceVolumeBalance = 34,
    AerobicMinimum = 35,
    BeginnerVolume = 36,
    HighLoadDay = 37,
    LoadSpike = 38,
    Monotony = 39,
    CyclePhase = 40,
    TipPreLiftFuel = 41,
    TipFastedCardio = 42,
    TipSleep = 43,
    UpperDayCardio = 44,
    BeginnerHiit = 45,
    LegsLongEasy = 46,
    ExplosiveAfterCardio = 47,
    OutsideAvailability = 48,
    LoadRamp = 49,
    NoLighterWeek = 50,
};
} // namespace rule

struct RuleInfo
{
    int number = 0; // row number in docs/rules.md
    QString id; // e.g. "ampk-window"; stable, used in files and `ordo check` output
    Severity severity = Severity::Info; // of the base case; sections grade by goal, level or count
    QString grade; // evidence grade A/B/C ("-": engine check, "H": heuristic)
    int pairRank = 0; // docs/rules.md 3.10.3: 1 is the most specific rule of a pair; 0: no pair rule
    bool implemented = true; // 41–43 need data that format 1 lacks
    bool hiddenByDefault = false; // a positive badge left out of the findings list
    bool positive = false; // a positive badge (7, 20, 22): never listed under a caution (3.10.3)
    QString source; // the "Source" column as a finding shows it
};

// Every row, in rule number order.
const QList<RuleInfo> &ruleCatalog();
// The row of a rule number or id, or nullptr.
const RuleInfo *findRule(int number);
const RuleInfo *findRule(const QString &id);
bool isKnownRuleId(const QString &id);

} // namespace ordo
