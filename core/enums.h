// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"
#include "whentext.h"

#include <QString>
#include <QStringView>

#include <optional>

// Stable ASCII ids (as written in plan files and JSON output) and translated display
// names for the plan enums. Used by plan I/O, the command line and every view.
namespace ordo {

QString toId(Day);
QString toId(Kind);
QString toId(Focus);
QString toId(Load);
QString toId(Modality);
QString toId(Intensity);
QString toId(Goal);
QString toId(Experience);
QString toId(Sex);
QString toId(Priority);

template<typename E> std::optional<E> fromId(QStringView id);
template<> std::optional<Day> fromId<Day>(QStringView id);
template<> std::optional<Kind> fromId<Kind>(QStringView id);
template<> std::optional<Focus> fromId<Focus>(QStringView id);
template<> std::optional<Load> fromId<Load>(QStringView id);
template<> std::optional<Modality> fromId<Modality>(QStringView id);
template<> std::optional<Intensity> fromId<Intensity>(QStringView id);
template<> std::optional<Goal> fromId<Goal>(QStringView id);
template<> std::optional<Experience> fromId<Experience>(QStringView id);
template<> std::optional<Sex> fromId<Sex>(QStringView id);
template<> std::optional<Priority> fromId<Priority>(QStringView id);

// All ids of an enum, in declaration order ("mon, tue, …"), for error messages.
template<typename E> QStringList allIds();

QString displayName(Day); // "Mon"
QString displayLongName(Day); // "Monday"
QString displayName(Kind);
QString displayName(Focus);
QString displayName(Load);
QString displayName(Modality);
QString displayName(Intensity);
QString displayName(Goal);
QString displayName(Experience);
QString displayName(Sex);
QString displayName(Priority); // "Key", "Normal", "Optional"

// "07:05" from minutes after midnight (wraps at 24 h): the form of plan files and JSON output.
// Times a person reads go through formatTime (whentext.h), in the user's clock.
QString formatClock(int minuteOfDay);
// "HH:MM" to minutes after midnight; nullopt unless exactly two digits, colon, two digits in range.
std::optional<int> parseClock(QStringView text);

} // namespace ordo
