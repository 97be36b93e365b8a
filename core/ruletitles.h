// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

// The readable title of each rule ("Cardio right before lifting"), for the findings list, the
// plan inspector's rule list and undo texts: a person reads titles, files and `ordo check`
// keep the ids (core/rules/ruletable.h). tests/core/tst_ruletable.cpp checks every rule of the
// table has one.
namespace ordo {

// The translated title of a rule id; empty for an unknown id.
QString ruleTitle(const QString &ruleId);
// Titles of a list of rule ids ("also:"), joined with commas; an unknown id stays as it is.
QString ruleTitles(const QStringList &ruleIds);
// A "Source" text in words: citations of papers stay; Ordo's own documents (docs/physiology.md,
// docs/rules.md), numbered source notes ("000_….txt") and the heuristic mark "[H]" become
// "Ordo's physiology model", "Ordo's rule definitions", "Ordo's research notes" and "a value
// chosen for Ordo".
QString readableSource(const QString &source);
// The settings (docs/plan-format.md "Analysis settings") that move where a rule fires, by name;
// a person sees each by its label (settingLabel()), never by this name.
QStringList ruleSettings(const QString &ruleId);
// Why a rule's advice can be trusted as far as it can, in one sentence from its evidence grade
// (docs/rules.md, Source column): meta-analyses, controlled studies, the articles and coaching
// practice, Ordo's own estimate, or a check of the plan itself.
QString evidenceSentence(const QString &grade);

} // namespace ordo
