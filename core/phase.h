// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plan.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The training phase a plan week may be marked with (docs/plan-format.md, "phases"): its id in
// plan files, its name in the user's language, and the label a week shows.
namespace ordo {

QString toId(Phase phase); // "base", "build", "peak", "deload", "taper", "custom"
std::optional<Phase> phaseFromId(QStringView id);
QStringList phaseIds();
QString displayName(Phase phase); // "Base", …, "Custom"
// What the overview, the PDF and the inspector show for a week: a custom phase's own label,
// else the phase's name.
QString phaseLabel(const WeekPhase &phase);

} // namespace ordo
