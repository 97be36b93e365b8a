// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The readable title of each rule ("Cardio right before lifting"), for the findings list, the
// plan inspector's rule list and undo texts: a person reads titles, files and `ordo check`
// keep the ids (core/rules/ruletable.h). tests/core/tst_ruletable.cpp checks every rule of the
// table has one.
namespace ordo {

// The translated title of a rule id; empty for an unknown id.
QString ruleTitle(const QString &ruleId);

} // namespace ordo
