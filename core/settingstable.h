// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The rule table comes with the settings: the views that list thresholds list the rules too.
#include "rules/ruletable.h"

#include <QList>
#include <QString>
#include <QStringList>

// The named settings of the analysis (docs/rules.md "Precedence and suppression" 6, docs/physiology.md):
// one table with default, unit, range and source. Plan files override values through
// analysis.thresholds; plan I/O validates names and ranges against this table.
namespace ordo {

struct SettingDefinition
{
    QString name; // stable id, e.g. "ampk.hiit.maxMin"
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    QString unit; // "min", "%", "AU", …
    QString source; // seed file or paper behind the default
    QString description;
};

const QList<SettingDefinition> &settingDefinitions();
const SettingDefinition *findSetting(const QString &name);
// The setting's description in the user's language (the table holds it in English).
QString settingDescription(const SettingDefinition &definition);
// The setting's unit in the user's language ("days" → "Tage"); symbols such as "min" stay.
QString settingUnit(const SettingDefinition &definition);
// What a person reads for a setting: its description with the unit, "Longest AMPK window
// after HIIT (min)"; the key stays for files and tooltips.
QString settingLabel(const SettingDefinition &definition);
// The setting's source in words: citations stay, references to Ordo's own documents and
// source notes become "Ordo's physiology model" and the like, and a heuristic says so.
QString settingSourceText(const SettingDefinition &definition);
// A setting name of an earlier rules revision: plan files may still set it (any number); the
// value is kept on save and read by no rule.
bool isRetiredSetting(const QString &name);

} // namespace ordo
