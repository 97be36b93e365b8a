// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "availability.h"
#include "unknownkeys.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of a training plan, mirroring docs/plan-format.md (format version 1).
// Owned by whoever holds the Plan (the document in the app, a local in the CLI);
// read by analysis, I/O, views. No behaviour beyond defaults and id lookup.
namespace ordo {

enum class Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun };
enum class Kind { Strength, Cardio, Mobility };
enum class Focus { Lower, Upper, Full, Core };
enum class Load { Heavy, Moderate, Light };
enum class Modality {
    Walking,
    Running,
    Cycling,
    Rowing,
    Swimming,
    Elliptical,
    StairClimbing,
    ArmErgometer,
    Jumping,
    Other
};
enum class Intensity { Easy, Moderate, Hiit };
enum class Goal { FatLoss, MuscleGrowth, Strength, Endurance, GeneralFitness };
enum class Experience { Beginner, Intermediate, Advanced };
enum class Sex { Female, Male, Unspecified };
// A week's place in a training block (docs/plan-format.md, "Phases"); names in phase.h.
enum class Phase { Base, Build, Peak, Deload, Taper, Custom };
// How much a session matters when the week has to be re-planned (docs/plan-format.md, "Session").
enum class Priority { Key, Normal, Optional };

constexpr int kMinutesPerDay = 1440;
constexpr int kDaysPerWeek = 7;
constexpr int kMinutesPerWeek = kMinutesPerDay * kDaysPerWeek;

struct Session
{
    QString id;
    QString title; // empty: derived from kind and modality (displayTitle())
    int week = 0;
    Day day = Day::Mon;
    int startMinute = 0; // minutes after midnight, 0..1439
    int durationMin = 60;
    Kind kind = Kind::Strength;
    std::optional<double> rpe; // absent: default from intensity (defaultRpe())
    QString notes;

    Focus focus = Focus::Full; // strength
    Load load = Load::Moderate; // strength
    bool explosive = false; // strength: mainly jumps, throws, Olympic lifts (docs/plan-format.md)
    Modality modality = Modality::Walking; // cardio
    Intensity intensity = Intensity::Easy; // cardio
    std::optional<bool> loadsLegs; // cardio override
    bool locked = false; // the arranger never moves it (docs/plan-format.md); written only when true
    bool missed
        = false; // did not happen: kept where it was, left out of every figure; written only when true
    Priority priority = Priority::Normal; // written only when not normal

    UnknownKeys unknownKeys; // keys this version does not know, written back unchanged

    // Minutes from plan start: week·10080 + day·1440 + start.
    int axisStart() const { return week * kMinutesPerWeek + int(day) * kMinutesPerDay + startMinute; }
    int axisEnd() const { return axisStart() + durationMin; }
    double defaultRpe() const;
    double effectiveRpe() const { return rpe.value_or(defaultRpe()); }
    QString displayTitle() const;

    bool operator==(const Session &) const = default;
};

struct CycleSettings
{
    int firstWeek = 0;
    Day firstDay = Day::Mon;
    int lengthDays = 28;
    UnknownKeys unknownKeys;
    UnknownKeys firstDayUnknownKeys; // inside "firstDay"
    bool operator==(const CycleSettings &) const = default;
};

struct Profile
{
    Goal goal = Goal::GeneralFitness;
    Experience experience = Experience::Intermediate;
    double bodyMassKg = 75;
    int age = 35;
    Sex sex = Sex::Unspecified;
    std::optional<CycleSettings> cycle;
    UnknownKeys unknownKeys;
    bool operator==(const Profile &) const = default;
};

struct AnalysisSettings
{
    QStringList disabledRules; // rule ids from docs/rules.md
    QMap<QString, double> thresholds; // named settings overriding defaults (settingstable.h)
    UnknownKeys unknownKeys;
    bool isEmpty() const { return disabledRules.isEmpty() && thresholds.isEmpty() && unknownKeys.isEmpty(); }
    bool operator==(const AnalysisSettings &) const = default;
};

// The phase one plan week is marked with.
struct WeekPhase
{
    int week = 0;
    Phase phase = Phase::Base;
    QString label; // a custom phase's own name; empty for the others
    UnknownKeys unknownKeys;
    bool operator==(const WeekPhase &) const = default;
};

struct Plan
{
    QString name = QStringLiteral("Untitled plan");
    QString notes;
    int weeks = 1;
    bool repeat = true;
    Profile profile;
    AnalysisSettings analysis;
    bool hasAnalysisKey = false; // "analysis": {} present in the file; kept so files round-trip
    std::optional<QDate> anchorDate; // the Monday of week 0 (docs/plan-format.md)
    std::optional<Availability> availability; // absent: every time is available
    QList<WeekPhase> phases; // at most one per week, sorted by week; weeks without one are absent
    QList<Session> sessions; // kept sorted by (week, day, start, id): see sortSessions()
    UnknownKeys unknownKeys;

    int periodMinutes() const { return weeks * kMinutesPerWeek; }
    int indexOf(const QString &id) const;
    const WeekPhase *phaseOf(int week) const;
    const Session *find(const QString &id) const;
    Session *find(const QString &id);
    bool hasMissed() const; // any session marked missed
    void sortSessions();
    QString nextSessionId() const; // "s<N>" not yet used

    bool operator==(const Plan &) const = default;
};

} // namespace ordo
