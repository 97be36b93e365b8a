// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// Every limit of the plan file format (docs/plan-format.md, format version 1) in one place.
// Plan I/O refuses a value outside them, PlanEdit::isValidFor() keeps edits inside them, and
// the inspectors and the week view bound their fields and gestures by them, so a plan the app
// can make is always a plan the app can open again. A new limit of the format goes here.
namespace ordo::PlanLimits {

// The file.
inline constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024; // refused before parsing
inline constexpr int kMaxReportedErrors = 50; // content errors reported per file

// The plan.
inline constexpr int kMaxNameLength = 200;
inline constexpr int kMaxPlanNotesLength = 10000;
inline constexpr int kMinWeeks = 1;
inline constexpr int kMaxWeeks = 52;
inline constexpr int kMaxSessions = 10000;
inline constexpr int kMaxPhaseLabelLength = 40; // a custom phase's name

// The profile.
inline constexpr double kMinBodyMassKg = 30;
inline constexpr double kMaxBodyMassKg = 300;
inline constexpr int kMinAge = 10;
inline constexpr int kMaxAge = 100;
inline constexpr int kMinCycleLengthDays = 20;
inline constexpr int kMaxCycleLengthDays = 45;

// A session.
inline constexpr int kMaxIdLength = 64;
inline constexpr int kMaxTitleLength = 200;
inline constexpr int kMaxSessionNotesLength = 2000;
inline constexpr int kMinDurationMin = 5;
inline constexpr int kMaxDurationMin = 600;
inline constexpr double kMinRpe = 1; // session RPE, Borg CR-10
inline constexpr double kMaxRpe = 10;

// Availability (docs/plan-format.md, "Availability").
inline constexpr int kMaxWindowsPerDay = 48;
inline constexpr int kMaxBusyIntervals = 10000;
inline constexpr int kMaxBusySummaryLength = 200;

// The editing grid: drags, resizes, arrow keys and duplicates land on multiples of it. Not a
// limit of the file (any minute is valid there), but the one step every editor uses.
inline constexpr int kSnapMinutes = 15;

} // namespace ordo::PlanLimits
